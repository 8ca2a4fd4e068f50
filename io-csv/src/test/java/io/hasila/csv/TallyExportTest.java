package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.hasila.tally.Category;
import io.hasila.tally.ReferenceDefinitions;
import io.hasila.tally.Tally;
import io.hasila.testkit.QuickTheoriesGens;
import io.hasila.testkit.TallyGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tally export. After a deliberate format change, regenerate the golden files with
 * {@code ./mvnw -pl io-csv -am verify -Dtest=TallyExportTest -Dsurefire.failIfNoSpecifiedTests=false -Dhasila.golden.update=true}.
 */
@DisplayName("tallies export as a flat table")
final class TallyExportTest {
  private static final boolean UPDATE = Boolean.getBoolean("hasila.golden.update");

  private static String export(Tally tally, CsvDialect dialect, char delimiter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      HasilaCsv.tallyWriter().dialect(dialect).delimiter(delimiter).write(out, tally);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<NamedCsvRecord> parse(String csv, char delimiter) {
    List<NamedCsvRecord> rows = new ArrayList<>();
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).ofNamedCsvRecord(text)) {
      reader.forEach(rows::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static void matchesGolden(String name, String actual) throws IOException {
    if (UPDATE) {
      Files.writeString(Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = TallyExportTest.class.getResourceAsStream("/golden/" + name)) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
    }
  }

  @Test
  @DisplayName("the published 2020 tally, byte for byte in both dialects")
  void published2020Golden() throws IOException {
    matchesGolden("tally-2020-published-plain.csv", export(ReferenceDefinitions.published2020(), CsvDialect.PLAIN, ','));
    matchesGolden("tally-2020-published-excel-fr.csv", export(ReferenceDefinitions.published2020(), CsvDialect.EXCEL, ';'));
  }

  @Test
  @DisplayName("one row per category in display order, with labels, value and provenance")
  void oneRowPerCategory() {
    Tally tally = ReferenceDefinitions.published2019();
    List<NamedCsvRecord> rows = parse(export(tally, CsvDialect.PLAIN, ','), ',');
    List<Category> categories = tally.definition().allCategories();
    assertEquals(categories.size(), rows.size());
    assertEquals(HasilaCsv.tallyColumns(), rows.get(0).getHeader());
    for (int i = 0; i < rows.size(); i++) {
      NamedCsvRecord row = rows.get(i);
      Category c = categories.get(i);
      assertEquals(c.id(), row.getField("category"));
      assertEquals(c.labels().ar(), Cells.restore(row.getField("label_ar")));
      assertEquals(tally.value(c.id()).isPresent() ? Long.toString(tally.value(c.id()).getAsLong()) : "", row.getField("value"));
    }
    NamedCsvRecord followers =
        rows.stream().filter(r -> r.getField("category").equals(ReferenceDefinitions.TWITTER_FOLLOWERS)).findFirst().orElseThrow();
    assertEquals("derived", followers.getField("provenance"));
    assertEquals("33411", followers.getField("value"));
    assertFalse(followers.getField("formula").isEmpty());
  }

  @Test
  @DisplayName("generated tallies: no cell starts like a formula, and every label reads back exactly")
  void generatedTalliesAreSafe() {
    qt().withFixedSeed(5L)
        .withExamples(1_000)
        .forAll(QuickTheoriesGens.of(TallyGenerators.tallies()))
        .checkAssert(
            tally -> {
              List<NamedCsvRecord> rows = parse(export(tally, CsvDialect.EXCEL, ';'), ';');
              List<Category> categories = tally.definition().allCategories();
              assertEquals(categories.size(), rows.size());
              for (int i = 0; i < rows.size(); i++) {
                for (String cell : rows.get(i).getFields()) {
                  assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
                }
                assertEquals(categories.get(i).labels().fr(), Cells.restore(rows.get(i).getField("label_fr")));
              }
            });
  }

  @Test
  @DisplayName("writing to a file is atomic and leaves no temporary file")
  void writesFilesAtomically(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tally.csv");
    HasilaCsv.tallyWriter().write(file, ReferenceDefinitions.published2020());
    assertTrue(Files.readString(file).startsWith(String.join(",", HasilaCsv.tallyColumns())));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }
}
