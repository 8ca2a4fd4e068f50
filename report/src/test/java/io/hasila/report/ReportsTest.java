package io.hasila.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.tally.Tally;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five formats in the three languages on the bundled 2020 files. After a deliberate change,
 * regenerate the golden files (text, Markdown, CSV) with {@code ./mvnw -o -pl report -am verify
 * -Dtest=ReportsTest -Dsurefire.failIfNoSpecifiedTests=false -Dhasila.regenerate=true} and review
 * the diff.
 */
@DisplayName("reports render the 2020 files in five formats and three languages")
final class ReportsTest {
  private static final boolean UPDATE = Boolean.getBoolean("hasila.regenerate");

  /** Every content, locale and golden format: published 2020 against 2019, and computed 2020 against published. */
  static Stream<Arguments> goldens() {
    List<Arguments> out = new ArrayList<>();
    List<ReportLocale> locales = new ArrayList<>(Fixtures.locales());
    locales.add(ReportLocale.of("ar").withArabicIndicDigits());
    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.CSV)) {
      for (ReportLocale l : locales) {
        String lang = l.language() + (l.locale().toLanguageTag().contains("nu-arab") ? "-arab" : "");
        out.add(Arguments.of("published-2020-vs-2019-" + lang + "." + format.extension(), Fixtures.published(), format, l));
        out.add(Arguments.of("computed-2020-" + lang + "." + format.extension(), Fixtures.computed2020(), format, l));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  @DisplayName("text, Markdown and CSV reports are byte for byte the golden files")
  void golden(String name, ReportContent content, ReportFormat format, ReportLocale locale) throws IOException {
    String actual = Reports.renderToString(content, format, locale);
    if (UPDATE) {
      Files.writeString(Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
    }
    assertEquals(golden(name), actual, name);
  }

  @Test
  @DisplayName("the French text shows 4 202 with U+202F and +574,0 %, the English one 4,202 and +574.0%")
  void frenchFigures() {
    String fr = Reports.renderToString(Fixtures.published(), ReportFormat.TEXT, ReportLocale.of("fr"));
    assertTrue(fr.contains("4\u202F202 P"), fr);
    assertTrue(fr.contains("33\u202F411 D → +574,0\u00A0%"), fr);
    assertTrue(fr.contains("non publié"), fr);
    String en = Reports.renderToString(Fixtures.published(), ReportFormat.TEXT, ReportLocale.of("en"));
    assertTrue(en.contains("4,202 P") && en.contains("+574.0%") && en.contains("not published"), en);
  }

  @Test
  @DisplayName("the Arabic text with Arabic-Indic digits writes every figure in them, right to left marks on each line")
  void arabicIndicDigits() {
    String ar = Reports.renderToString(Fixtures.published(), ReportFormat.TEXT, ReportLocale.of("ar").withArabicIndicDigits());
    assertTrue(ar.contains("٤٬٢٠٢"), ar);
    assertTrue(ar.contains("٥٧٤٫٠"), ar);
    assertFalse(ar.contains("4.202"), ar);
    for (String line : ar.split("\n")) {
      assertTrue(line.isEmpty() || line.charAt(0) == '\u200F', line);
    }
    assertTrue(Reports.renderToString(Fixtures.published(), ReportFormat.TEXT, ReportLocale.of("ar")).contains("4.202"));
  }

  @Test
  @DisplayName("the CSV report is Excel's: byte order mark, CRLF, ';' and a decimal comma in French, one label column in the language")
  void csv() {
    String fr = Reports.renderToString(Fixtures.published(), ReportFormat.CSV, ReportLocale.of("fr"));
    assertTrue(fr.startsWith("\uFEFF"), "BOM");
    assertTrue(fr.contains("\r\n"), "CRLF");
    String header = fr.substring(1, fr.indexOf("\r\n"));
    assertTrue(header.contains(";catégorie;valeur;provenance;") && header.endsWith(";évolution (%);résultat"), header);
    assertTrue(fr.contains(";574,0;évolution"), fr);
    assertTrue(fr.contains(";non publié"), fr);
    String en = Reports.renderToString(Fixtures.published(), ReportFormat.CSV, ReportLocale.of("en"));
    assertTrue(en.contains(",574.0,growth"), en);
  }

  @Test
  @DisplayName("the JSON report is io-json's tally document: read back, it is the same tally")
  void json() {
    for (ReportLocale l : Fixtures.locales()) {
      for (ReportContent c : List.of(Fixtures.published(), Fixtures.computed2020())) {
        String json = Reports.renderToString(c, ReportFormat.JSON, l);
        Tally back = Fixtures.JSON.tallyFromJson(json);
        assertEquals(c.tally(), back);
      }
    }
  }

  @Test
  @DisplayName("the HTML report is one self-contained page: lang and dir, inline CSS and SVG, no script, nothing fetched")
  void htmlSelfContained() {
    for (ReportLocale l : Fixtures.locales()) {
      String html = Reports.renderToString(Fixtures.published(), ReportFormat.HTML, l);
      assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
      assertTrue(html.contains("<html lang=\"" + l.locale().toLanguageTag() + "\" dir=\"" + (l.rightToLeft() ? "rtl" : "ltr") + "\">"));
      assertFalse(html.contains("<script"), "no script");
      assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*") && html.contains("<link"), "nothing fetched");
      assertFalse(html.contains("<link") || html.contains("<img") || html.contains("@import") || html.contains("url("), "nothing fetched");
      assertTrue(html.contains("@media print"), "print stylesheet");
      long charts = html.split("role=\"img\"", -1).length - 1L;
      assertEquals(7, charts, "charts: four groups, other figures, comparison, followers");
      assertEquals(charts, html.split("<table class=\"chart-table\"", -1).length - 1L, "a table beside each chart");
      assertTrue(html.contains("<bdi dir=\"ltr\" class=\"figure\">" + l.formatNumber(4202) + "</bdi>"), "figures isolated left to right");
    }
  }

  @Test
  @DisplayName("a broken rule and figures that differ from the published ones are highlighted in the HTML page")
  void htmlChecks() {
    String html = Reports.renderToString(Fixtures.computed2020(), ReportFormat.HTML, ReportLocale.of("fr"));
    assertTrue(html.contains("class=\"checks failed\""), "failed checks");
    assertTrue(html.contains("non respectée pour communication.rebuttals"), "the violation's message from core");
    assertTrue(html.contains("class=\"depth-1 differs\""), "a figure that differs");
    String published = Reports.renderToString(Fixtures.published(), ReportFormat.HTML, ReportLocale.of("fr"));
    assertTrue(published.contains("class=\"checks ok\""), "checks pass");
  }

  @Test
  @DisplayName("rendering to a file replaces it atomically, and a file that cannot be written is named in the error")
  void toFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.md");
    Files.writeString(target, "old");
    Reports.render(Fixtures.published(), ReportFormat.MARKDOWN, ReportLocale.of("en"), target);
    assertTrue(Files.readString(target).startsWith("# Tally 2020 compared with 2019"));
    Path missing = dir.resolve("no-such-dir/report.html");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> Reports.render(Fixtures.published(), ReportFormat.HTML, ReportLocale.of("en"), missing));
    assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("expected a writable file"), e.getMessage());
  }

  @Test
  @DisplayName("formats are parsed by name or extension, and an unknown one is refused naming it")
  void formats() {
    assertEquals(ReportFormat.MARKDOWN, ReportFormat.parse("md"));
    assertEquals(ReportFormat.HTML, ReportFormat.parse("HTML"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("pdf"));
    assertTrue(e.getMessage().contains("pdf"));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = ReportsTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IOException("missing golden file src/test/resources/golden/" + name + " (regenerate with -Dhasila.regenerate=true)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
