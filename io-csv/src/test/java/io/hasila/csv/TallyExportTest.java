package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import io.hasila.tally.Category;
import io.hasila.tally.DateRange;
import io.hasila.tally.Figure;
import io.hasila.tally.Measure;
import io.hasila.tally.Selector;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import io.hasila.testkit.QuickTheoriesGens;
import io.hasila.testkit.TallyGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tally export. After a deliberate format change, regenerate the golden files with
 * {@code ./mvnw -pl io-csv -am verify -Dtest=TallyExportTest -Dsurefire.failIfNoSpecifiedTests=false -Dhasila.regenerate=true}.
 */
@DisplayName("tallies export as a flat table")
final class TallyExportTest {
  private static final boolean UPDATE = Boolean.getBoolean("hasila.regenerate");
  private static final String PUBLISHED_2020 = "tally-2020-published-plain.csv";

  private static String export(Tally tally, CsvDialect dialect, char delimiter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HasilaCsv.create().withDialect(dialect).withDelimiter(delimiter).writeTally(out, tally);
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

  private static String golden(String name) throws IOException {
    try (InputStream in = TallyExportTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void matchesGolden(String name, String actual) throws IOException {
    if (UPDATE) {
      Files.writeString(Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
    }
    assertEquals(golden(name), actual, name);
  }

  /** A mutable category while the tree of the published tally is rebuilt. */
  private static final class Node {
    final NamedCsvRecord row;
    final List<Node> children = new ArrayList<>();

    Node(NamedCsvRecord row) {
      this.row = row;
    }

    Category category() {
      Category.Builder b =
          Category.builder()
              .id(row.getField("category"))
              .labels(
                  Labels.of(
                      Cells.restore(row.getField("label_ar")),
                      Cells.restore(row.getField("label_fr")),
                      Cells.restore(row.getField("label_en"))))
              .measure(row.getField("value").isEmpty() ? Measure.none() : Measure.count(Selector.all()));
      if (!row.getField("note").isEmpty()) {
        b.note(Cells.restore(row.getField("note")));
      }
      children.forEach(c -> b.addChildren(c.category()));
      return b.build();
    }
  }

  /** The published 2020 tally, rebuilt from its golden export: categories, labels, notes, figures and their sources. */
  static Tally published2020() throws IOException {
    List<NamedCsvRecord> rows = parse(golden(PUBLISHED_2020), ',');
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Node> roots = new ArrayList<>();
    Tally.Builder tally = Tally.builder();
    for (NamedCsvRecord row : rows) {
      Node node = new Node(row);
      String id = row.getField("category");
      nodes.put(id, node);
      int dot = id.lastIndexOf('.');
      (dot < 0 ? roots : nodes.get(id.substring(0, dot)).children).add(node);
      if (!row.getField("value").isEmpty()) {
        assertEquals("published", row.getField("provenance"));
        Source.Builder source = Source.builder().title(Cells.restore(row.getField("source_title")));
        if (!row.getField("source_publisher").isEmpty()) {
          source.publisher(Cells.restore(row.getField("source_publisher")));
        }
        if (!row.getField("source_date").isEmpty()) {
          source.date(LocalDate.parse(row.getField("source_date")));
        }
        if (!row.getField("source_url").isEmpty()) {
          source.url(URI.create(row.getField("source_url")));
        }
        if (!row.getField("source_note").isEmpty()) {
          source.note(Cells.restore(row.getField("source_note")));
        }
        tally.putFigures(id, Figure.published(Long.parseLong(row.getField("value")), source.build()));
      }
    }
    TallyDefinition.Builder definition =
        TallyDefinition.builder().id("csv.rebuilt.2020").labels(Labels.of("حصيلة 2020", "bilan 2020", "2020 tally"));
    roots.forEach(r -> definition.addCategories(r.category()));
    NamedCsvRecord first = rows.get(0);
    return tally
        .definition(definition.build())
        .institution(Institution.of(first.getField("institution"), "DGSN", ZoneId.of("Africa/Casablanca")))
        .period(DateRange.of(LocalDate.parse(first.getField("period_from")), LocalDate.parse(first.getField("period_to"))))
        .build();
  }

  /** A small tally with a figure of each provenance and a category without one. */
  private static Tally everyProvenance() {
    Category posts = Category.of("reach.posts", Labels.of("منشورات", "publications", "posts"), Measure.count(Selector.all()));
    Category followers =
        Category.of("reach.followers", Labels.of("متابعون", "abonnés", "followers"), Measure.count(Selector.all()));
    Category reach =
        Category.builder()
            .id("reach")
            .labels(Labels.of("الانتشار", "portée", "reach"))
            .measure(Measure.none())
            .addChildren(posts, followers)
            .note("=not a formula")
            .build();
    Category total =
        Category.of("total", Labels.of("المجموع", "total", "total"), Measure.count(Selector.all()));
    return Tally.builder()
        .definition(
            TallyDefinition.builder()
                .id("test")
                .labels(Labels.of("اختبار", "test", "test"))
                .addCategories(reach, total)
                .build())
        .institution(Institution.of("dgsn", "DGSN", ZoneId.of("Africa/Casablanca")))
        .period(DateRange.ofYear(2020))
        .putFigures("reach.posts", Figure.computed(12, 40))
        .putFigures(
            "reach.followers",
            Figure.published(
                33_411,
                Source.builder().title("Annual report").publisher("DGSN").date(LocalDate.of(2020, 12, 31)).build()))
        .putFigures("total", Figure.derived(33_423, "posts + followers", List.of("reach.posts", "reach|followers")))
        .build();
  }

  @Test
  @DisplayName("the published 2020 tally, byte for byte in both dialects")
  void published2020Golden() throws IOException {
    Tally tally = published2020();
    matchesGolden(PUBLISHED_2020, export(tally, CsvDialect.PLAIN, ','));
    matchesGolden("tally-2020-published-excel-fr.csv", export(tally, CsvDialect.EXCEL, ';'));
  }

  @Test
  @DisplayName("one row per category in display order, with labels, value and provenance")
  void oneRowPerCategory() {
    Tally tally = everyProvenance();
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
    assertEquals(
        List.of("reach", "0", "", "'=not a formula"),
        List.of(rows.get(0).getField("category"), rows.get(0).getField("depth"), rows.get(0).getField("provenance"), rows.get(0).getField("note")));
    assertEquals(
        List.of("computed", "40", "1"),
        List.of(rows.get(1).getField("provenance"), rows.get(1).getField("inputs"), rows.get(1).getField("depth")));
    assertEquals(
        List.of("published", "Annual report", "DGSN", "2020-12-31"),
        List.of(
            rows.get(2).getField("provenance"),
            rows.get(2).getField("source_title"),
            rows.get(2).getField("source_publisher"),
            rows.get(2).getField("source_date")));
    assertEquals(
        List.of("derived", "posts + followers", "reach.posts|reach\\|followers"),
        List.of(rows.get(3).getField("provenance"), rows.get(3).getField("formula"), rows.get(3).getField("derived_from")));
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
    HasilaCsv.create().writeTally(file, published2020());
    assertEquals(golden(PUBLISHED_2020), Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }
}
