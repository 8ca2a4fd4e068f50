package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.tally.Comparison;
import io.hasila.tally.DateRange;
import io.hasila.tally.Figure;
import io.hasila.tally.Tally;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a tally export can be laid out for readers in one language, with a comparison")
final class TallyExportOptionsTest {
  private static String export(Tally tally, TallyExport export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HasilaCsv.create().withDialect(CsvDialect.EXCEL).withDelimiter(';').writeTally(out, tally, export);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("one label column in French, the comparison's columns, words for names and codes, a decimal comma, negative numbers kept as numbers")
  void localized() throws IOException {
    Tally now = TallyExportTest.published2020();
    Tally before =
        Tally.builder()
            .definition(now.definition())
            .institution(now.institution())
            .period(DateRange.ofYear(2019))
            .putFigures("police_magazine_issues", Figure.computed(8, 8))
            .putFigures("blood_donors", Figure.computed(3000, 3000))
            .build();
    Map<String, String> words = Map.of("label", "catégorie", "growth_percent", "évolution (%)", "growth", "évolution", "published", "publié");
    String csv =
        export(
            now,
            TallyExport.standard().inLanguage(Locale.FRENCH).comparedWith(Comparison.of(before, now)).withWords(words::get).withDecimalSeparator(','));
    String[] lines = csv.substring(1).split("\r\n");
    assertEquals(
        "institution;period_from;period_to;category;depth;catégorie;value;provenance;inputs;source_title;source_publisher;source_date;"
            + "source_url;source_note;formula;derived_from;note;previous_value;change;évolution (%);outcome",
        lines[0]);
    String magazine = java.util.Arrays.stream(lines).filter(l -> l.contains(";police_magazine_issues;")).findFirst().orElseThrow();
    assertTrue(magazine.contains(";numéros de la revue de la police;4;publié;"), magazine);
    assertTrue(magazine.endsWith(";8;-4;-50,0;évolution"), magazine);
    String donors = java.util.Arrays.stream(lines).filter(l -> l.contains(";blood_donors;")).findFirst().orElseThrow();
    assertTrue(donors.endsWith(";3000;683;22,8;évolution"), donors);
    String rebuttals = java.util.Arrays.stream(lines).filter(l -> l.contains(";communication.rebuttals;")).findFirst().orElseThrow();
    assertTrue(rebuttals.endsWith(";;;;not_published"), rebuttals);
  }

  @Test
  @DisplayName("the standard layout is the tally export's, and a decimal separator other than '.' or ',' is refused")
  void standard() throws IOException {
    Tally now = TallyExportTest.published2020();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HasilaCsv.create().withDialect(CsvDialect.EXCEL).withDelimiter(';').writeTally(out, now);
    assertEquals(out.toString(StandardCharsets.UTF_8), export(now, TallyExport.standard()));
    assertThrows(IllegalArgumentException.class, () -> TallyExport.standard().withDecimalSeparator(';'));
  }
}
