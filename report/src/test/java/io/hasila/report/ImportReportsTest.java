package io.hasila.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.press.ImportReport;
import io.hasila.press.PressImport;
import io.hasila.tally.TallyDefinition;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("an import report is rendered with each figure's evidence in the words and numbers of its language")
final class ImportReportsTest {
  private static final String TEXT =
      "Rabat, le 30 décembre 2020. En 2020, 3 683 fonctionnaires de police ont participé aux campagnes de don de sang, "
          + "puis 12 donneurs de sang. Renseignements : 05 37 71 18 90.";

  private static ImportReport report() {
    TallyDefinition d = Fixtures.DEFINITION;
    return PressImport.of(d).read(TEXT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ar", "fr", "en"})
  @DisplayName("text, Markdown and HTML name the figure kept, its span and sentence, the figure for review and the numbers left")
  void everyLanguage(String language) {
    ImportReport r = report();
    assertEquals(1, r.figures().size(), r::toText);
    assertEquals(1, r.forReview().size(), r::toText);
    ReportLocale locale = ReportLocale.of(language);
    int at = TEXT.indexOf("3 683");
    String span = locale.word("import.span", Integer.toString(at), Integer.toString(at + 5));
    for (ReportFormat f : new ReportFormat[] {ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML}) {
      String out = ImportReports.renderToString(r, f, locale);
      assertTrue(out.contains(locale.formatNumber(3683)), f + "\n" + out);
      assertTrue(out.contains(span), f + "\n" + out);
      assertTrue(out.contains(locale.word("import.kept", 1L)), f + "\n" + out);
      assertTrue(out.contains(locale.word("import.review", 1L)), f + "\n" + out);
      assertTrue(out.contains(locale.word("import.kind.date")), f + "\n" + out);
      assertTrue(out.contains("campagnes de don de sang"), f + "\n" + out);
      assertFalse(out.contains("{0"), f + "\n" + out);
    }
  }

  @Test
  @DisplayName("JSON is the draft's tally document; CSV is refused")
  void jsonAndCsv() {
    ImportReport r = report();
    String json = ImportReports.renderToString(r, ReportFormat.JSON, ReportLocale.of("en"));
    assertTrue(json.contains("\"value\": " + r.figures().get(0).value() + ","), json);
    assertFalse(json.contains("\"value\": " + r.forReview().get(0).value() + ","), json);
    assertThrows(IllegalArgumentException.class, () -> ImportReports.render(r, ReportFormat.CSV, ReportLocale.of("en"), new ByteArrayOutputStream()));
  }
}
