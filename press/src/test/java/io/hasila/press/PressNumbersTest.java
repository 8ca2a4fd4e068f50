package io.hasila.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("numbers in Arabic and French prose")
final class PressNumbersTest {
  private static final char[] SEPARATORS = {0, '.', ',', ' ', '\u00A0', '\u202F'};

  /** The one number found in {@code text}, which must start at offset 0 and be a count. */
  private static long readAlone(String text, String written) {
    List<PressNumber> found = PressNumbers.find(text);
    assertEquals(1, found.size(), () -> text + " => " + found);
    PressNumber n = found.get(0);
    assertEquals(PressNumber.Kind.COUNT, n.kind(), () -> text + " => " + found);
    assertEquals(written, n.text(), () -> text + " => " + found);
    return n.longValue();
  }

  @Test
  @DisplayName("a number written in Arabic words reads back as itself")
  void arabicWords() {
    qt().forAll(longs().between(2, 999_999_999)).checkAssert(n -> assertEquals(n, readAlone(Formats.arabic(n) + " جمعية", Formats.arabic(n))));
  }

  @Test
  @DisplayName("a number written in French words reads back as itself")
  void frenchWords() {
    qt().forAll(longs().between(2, 999_999_999)).checkAssert(n -> assertEquals(n, readAlone(Formats.french(n) + " associations", Formats.french(n))));
  }

  @Test
  @DisplayName("a number in digits, grouped with dots, commas, spaces, no-break spaces or U+202F or not at all, reads back as itself")
  void groupedDigits() {
    qt().forAll(longs().between(1, 999_999_999_999L), integers().between(0, SEPARATORS.length - 1))
        .checkAssert((n, s) -> {
          String d = Formats.digits(n, SEPARATORS[s]);
          assertEquals(n, readAlone(d + " تغطية إعلامية", d));
        });
  }

  @Test
  @DisplayName("a number in Arabic-Indic or Extended Arabic-Indic digits, glued to its noun or not, reads back as itself")
  void indicDigitsAndGlued() {
    qt().forAll(longs().between(1, 999_999_999L), integers().between(0, 3))
        .checkAssert((n, style) -> {
          String d = Formats.digits(n, style % 2 == 0 ? 0 : '.');
          String written = style < 2 ? Formats.indic(d, '٠') : Formats.indic(d, '۰');
          String text = written + (style % 2 == 0 ? "بلاغا" : " بلاغا");
          assertEquals(n, readAlone(text, written));
        });
  }

  @Test
  @DisplayName("a number glued to its noun after the conjunction reads as a count without the conjunction")
  void glued() {
    qt().forAll(longs().between(1, 99_999)).checkAssert(n -> assertEquals(n, readAlone("و" + n + "بلاغا وخبرا", Long.toString(n))));
  }

  @ParameterizedTest(name = "{0} => {2} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "مع 11 ألفا و25 جمعية مدنية|11025|COUNT|11 ألفا و25",
        "بلغ 225.191 مستخدما|225191|COUNT|225.191",
        "إصدار أربع نسخ|4|COUNT|أربع",
        "أربعة عشر عددا|14|COUNT|أربعة عشر",
        "عشرين بلاغا|20|COUNT|عشرين",
        "مئة بلاغ|100|COUNT|مئة",
        "مائتين وخمسين زيارة|250|COUNT|مائتين وخمسين",
        "سبعا وثلاثين حملة|37|COUNT|سبعا وثلاثين",
        "11 025 associations|11025|COUNT|11 025",
        "2,3 millions de visites|2300000|COUNT|2,3 millions",
        "deux mille visites|2000|COUNT|deux mille",
        "soit 574 % de plus|574|PERCENT|574 %",
        "+574%|574|GROWTH|574%",
        "ارتفاع بنسبة 574 في المائة|574|GROWTH|574 في المائة",
        "بنسبة زيادة ناهزت 574 بالمائة|574|GROWTH|574 بالمائة",
        "une hausse de 12 %|12|GROWTH|12 %",
        "une baisse de 6 %|-6|GROWTH|6 %",
        "خلال سنة 2020|2020|YEAR|2020",
        "en 2021, la|2021|YEAR|2021",
        "le 12 mars|12|DATE|12",
        "le 12/03/2021|12032021|DATE|12/03/2021",
        "tél. 05 37 71 18 90|537711890|OTHER|05 37 71 18 90",
        "المرسوم رقم 2.20.293|220293|OTHER|2.20.293",
        "كوفيد-19|19|OTHER|19",
        "la 3e édition|3|OTHER|3e",
        "à 10h30|1030|OTHER|10h30"
      })
  @DisplayName("each form is read with its value and kind")
  void forms(String text, String value, PressNumber.Kind kind, String written) {
    PressNumber n = PressNumbers.find(text).stream().filter(x -> x.text().equals(written)).findFirst().orElseThrow(() -> new AssertionError(text + " => " + PressNumbers.find(text)));
    assertEquals(new java.math.BigDecimal(value), n.value());
    assertEquals(kind, n.kind());
    assertEquals(written, text.substring(n.start(), n.end()));
  }

  @Test
  @DisplayName("a year glued to its noun is a count, a year after سنة or en is a year")
  void yearsAndCounts() {
    assertEquals(PressNumber.Kind.COUNT, PressNumbers.find("و1976بلاغا").get(0).kind());
    assertEquals(List.of(PressNumber.Kind.COUNT, PressNumber.Kind.YEAR), PressNumbers.find("1985 communiqués en 2019").stream().map(PressNumber::kind).toList());
    assertEquals(List.of(PressNumber.Kind.COUNT), PressNumbers.counts("1985 communiqués en 2019").stream().map(PressNumber::kind).toList());
  }
}
