package io.hasila.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a number a report writes reads back as the same number in every locale")
final class NumberRoundTripTest {
  private static final List<ReportLocale> LOCALES =
      List.of(
          ReportLocale.of("ar"),
          ReportLocale.of("ar").withArabicIndicDigits(),
          ReportLocale.of("fr"),
          ReportLocale.of("fr-MA"),
          ReportLocale.of("en"),
          ReportLocale.of("en-GB"));

  @Test
  @DisplayName("formatNumber then ICU's parser of the same locale gives the number back")
  void roundTrip() {
    qt().forAll(longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L), integers().between(0, LOCALES.size() - 1))
        .check((n, i) -> {
          ReportLocale l = LOCALES.get(i);
          String text = l.formatNumber(n);
          ParsePosition pos = new ParsePosition(0);
          Number parsed = NumberFormat.getInstance(ULocale.forLocale(l.locale())).parse(text, pos);
          return parsed != null && pos.getIndex() == text.length() && parsed.longValue() == n;
        });
  }
}
