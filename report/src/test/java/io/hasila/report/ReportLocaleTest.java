package io.hasila.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.tally.Change;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a report locale writes numbers, percentages and words as its language does")
final class ReportLocaleTest {
  private static final ReportLocale AR = ReportLocale.of("ar");
  private static final ReportLocale AR_ARAB = ReportLocale.of("ar").withArabicIndicDigits();
  private static final ReportLocale FR = ReportLocale.of("fr");
  private static final ReportLocale EN = ReportLocale.of("en");

  @Test
  @DisplayName("French groups digits with a narrow no-break space and writes +574,0 % with a no-break space before the sign")
  void french() {
    assertEquals("4\u202F202", FR.formatNumber(4202));
    assertEquals("191\u202F903", FR.formatNumber(191_903));
    assertEquals("+574,0\u00A0%", FR.formatChange(Change.between("social.twitter_followers", 33_411, 225_191)));
    assertEquals("-12,5\u00A0%", FR.formatPercent(new BigDecimal("-12.5")));
    assertEquals("0,0\u00A0%", FR.formatChange(Change.between("x", 10, 10)));
  }

  @Test
  @DisplayName("English writes 4,202 and +859.0%, the growth rounded half up as Change computes it")
  void english() {
    assertEquals("4,202", EN.formatNumber(4202));
    assertEquals("+859.0%", EN.formatChange(Change.between("social.facebook_subscribers", 20_010, 191_903)));
    // 1 -> 2 is +100.0%; 3 -> 4 is +33.333...% -> +33.3%; 8 -> 9 is 12.5% exactly
    assertEquals("+33.3%", EN.formatChange(Change.between("x", 3, 4)));
    assertEquals("+12.5%", EN.formatChange(Change.between("x", 8, 9)));
  }

  @Test
  @DisplayName("Arabic is written as in Morocco: Latin digits by default, Arabic-Indic digits on request")
  void arabicDigits() {
    assertEquals("ar-MA", AR.locale().toLanguageTag());
    assertTrue(AR.rightToLeft());
    assertEquals("4.202", AR.formatNumber(4202));
    assertEquals("٤٬٢٠٢", AR_ARAB.formatNumber(4202));
    assertTrue(AR_ARAB.formatChange(Change.between("x", 33_411, 225_191)).contains("٥٧٤٫٠"));
    assertFalse(FR.rightToLeft());
  }

  @Test
  @DisplayName("Arabic unit words take the plural form of each count: zero, one, two, few, many, other")
  void arabicPlurals() {
    assertEquals("لا سجل", AR.formatCount("unit.records", 0));
    assertEquals("سجل واحد", AR.formatCount("unit.records", 1));
    assertEquals("سجلان", AR.formatCount("unit.records", 2));
    assertEquals("3 سجلات", AR.formatCount("unit.records", 3));
    assertEquals("11 سجلا", AR.formatCount("unit.records", 11));
    assertEquals("100 سجل", AR.formatCount("unit.records", 100));
    assertEquals("١١ سجلا", AR_ARAB.formatCount("unit.records", 11));
    assertEquals("1 record", EN.formatCount("unit.records", 1));
    assertEquals("4\u202F202 enregistrements", FR.formatCount("unit.records", 4202));
  }

  @Test
  @DisplayName("an outcome without a rate is written with core's words in the report's language")
  void outcomes() {
    Change notPublished = Change.builder().path("x").outcome(Change.Outcome.NOT_PUBLISHED).build();
    assertEquals("non publié", FR.formatChange(notPublished));
    assertEquals("غير منشور", AR.formatChange(notPublished));
    assertEquals("new", EN.formatChange(Change.between("x", 0, 5)));
  }

  @Test
  @DisplayName("the three bundles hold the same keys, each with a non-blank word")
  void bundles() throws IOException {
    Set<String> keys = ReportLocale.wordKeys();
    assertTrue(keys.size() > 50, "keys: " + keys.size());
    for (String lang : new String[] {"ar", "fr", "en"}) {
      Properties p = new Properties();
      try (InputStream in = ReportLocale.class.getResourceAsStream("/io/hasila/report/internal/words_" + lang + ".properties")) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertEquals(keys, p.stringPropertyNames(), lang);
      ReportLocale l = ReportLocale.of(lang);
      for (String k : keys) {
        assertFalse(l.word(k, 3L, "b", "c").isBlank(), lang + " " + k);
      }
    }
  }

  @Test
  @DisplayName("a language other than Arabic, French or English, or an unknown word, is refused with what was found")
  void refused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportLocale.of("de"));
    assertTrue(e.getMessage().contains("de"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EN.word("no.such.key"));
    assertEquals(ReportLocale.of("fr-FR").formatNumber(4202), FR.formatNumber(4202));
  }
}
