package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.aggregate.Aggregator;
import io.hasila.aggregate.Aggregators;
import io.hasila.aggregate.Granularity;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.model.Activity;
import io.hasila.model.Institution;
import io.hasila.model.Projection;
import io.hasila.model.PropertyPath;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import io.hasila.testkit.TallyGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("projection in the CSV reader")
final class ProjectionTest {
  private static final long SEED = 16_2027L;
  private static final CsvRecordReader<Activity> READER =
      HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader();
  private static final Institution INSTITUTION = Institution.of("dgsn", "DGSN", ZoneId.of("Africa/Casablanca"));
  private static final DateRange ANY_DAY = DateRange.of(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31));

  @TempDir Path dir;

  /** The activities as CSV in a dialect (quoted line breaks included), with extra rows spread among them. */
  private Path write(List<Activity> activities, CsvDialect dialect, String name, List<String> extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HasilaCsv.create().withDialect(dialect).writeActivities(out, activities);
    String text = out.toString(StandardCharsets.UTF_8);
    if (!extra.isEmpty()) {
      int header = text.indexOf('\n') + 1;
      StringBuilder sb = new StringBuilder(text.substring(0, header));
      extra.forEach(row -> sb.append(row).append(dialect == CsvDialect.EXCEL ? "\r\n" : "\n"));
      sb.append(text.substring(header));
      text = sb.toString();
    }
    try {
      return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Aggregator<Activity, ?, ?>> figures() {
    return List.of(
        Aggregators.countByType(),
        Aggregators.countBy(PropertyPath.parse("bulletin.kind")),
        Aggregators.countBy(Activity.THEMES),
        Aggregators.countByPeriod(Granularity.MONTH, INSTITUTION),
        Aggregators.sum(PropertyPath.parse("campaign.participants")),
        Aggregators.distinctCounterpartsByKind());
  }

  private static <A, R> void sameWithAndWithout(Path file, Aggregator<Activity, A, R> aggregator, String what) {
    R full = aggregator.aggregate(READER.read(file).accepted());
    for (int threads = 1; threads <= 2; threads++) {
      for (long piece : new long[] {1, 1 << 20}) {
        CsvRecordReader<Activity> reader = READER.withParallelism(threads);
        Aggregated<R> projected = reader.aggregate(file, aggregator, piece);
        Aggregated<R> validated = reader.withProjection(Projection.all()).aggregate(file, aggregator, piece);
        String where = what + " on " + threads + " thread(s), pieces of " + piece + " bytes";
        assertEquals(full, projected.result(), where);
        assertEquals(full, validated.result(), where);
        assertEquals(validated.read(), projected.read(), where);
      }
    }
  }

  @Test
  @DisplayName("the figures with and without projection are equal on generated activities, both dialects, sequential and parallel")
  void figuresEqualWithAndWithoutProjection() {
    int[] n = {0};
    qt().withFixedSeed(SEED)
        .withExamples(12)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activityLists(120)))
        .checkAssert(
            activities -> {
              CsvDialect dialect = CsvDialect.values()[n[0] % 2];
              Path file = write(activities, dialect, "figures-" + n[0]++ + ".csv", List.of());
              for (Aggregator<Activity, ?, ?> a : figures()) {
                sameWithAndWithout(file, a, a.reads() + " in " + dialect);
              }
            });
  }

  @Test
  @DisplayName("a tally of a generated definition is the same whether the reader decodes what the definition reads or everything")
  void talliesEqualWithAndWithoutProjection() {
    int[] n = {0};
    qt().withFixedSeed(SEED + 1)
        .withExamples(12)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activityLists(120)), QuickTheoriesGens.of(TallyGenerators.tallyDefinitions()))
        .checkAssert(
            (activities, definition) -> {
              Path file = write(activities, CsvDialect.PLAIN, "tally-" + n[0]++ + ".csv", List.of());
              Aggregator<Activity, ?, Tally> tally = Tally.aggregator(definition, INSTITUTION, ANY_DAY, List.of());
              sameWithAndWithout(file, tally, "the tally of " + definition.id() + " reading " + tally.reads());
            });
  }

  @Test
  @DisplayName("a projected read leaves the optional properties outside the projection empty and keeps the required ones")
  void projectedRecordsLeaveOthersEmpty() {
    List<Activity> activities = HasilaGenerators.activityLists(200).next(new Random(SEED));
    Path file = write(activities, CsvDialect.EXCEL, "records.csv", List.of());
    List<Activity> projected = READER.withProjection(Projection.none()).read(file).accepted();
    assertEquals(activities.size(), projected.size());
    for (int i = 0; i < activities.size(); i++) {
      Activity full = activities.get(i);
      Activity p = projected.get(i);
      assertEquals(full.type(), p.type());
      assertEquals(full.id(), p.id());
      assertEquals(full.date(), p.date());
      assertEquals(full.unit(), p.unit());
      assertTrue(p.title().isEmpty() && p.url().isEmpty() && p.time().isEmpty() && p.themes().isEmpty(), p.toString());
    }
    List<Activity> withThemes = READER.withProjection(Projection.ofCommon(Activity.THEMES)).read(file).accepted();
    for (int i = 0; i < activities.size(); i++) {
      assertEquals(activities.get(i).themes(), withThemes.get(i).themes());
      assertTrue(withThemes.get(i).title().isEmpty());
    }
  }

  /** A campaign row with {@code cells} set by column name, every other column blank. */
  private static String row(Map<String, String> cells) {
    List<String> out = new ArrayList<>();
    for (CsvColumn c : HasilaCsv.activityColumns()) {
      out.add(cells.getOrDefault(c.name(), ""));
    }
    return String.join(",", out);
  }

  private static final Map<String, String> CAMPAIGN =
      Map.of("type", "campaign", "id", "c-bad", "date", "2020-03-02", "unit_id", "u1", "unit_name", "Unit", "kind", "awareness", "participants", "10");

  @Test
  @DisplayName("a row whose skipped cell is malformed: accepted when projected, rejected (lenient) or thrown (strict) when validated")
  void malformedSkippedCellPerMode() {
    List<Activity> activities = HasilaGenerators.activityLists(40).next(new Random(SEED + 2));
    Map<String, String> cells = new java.util.HashMap<>(CAMPAIGN);
    cells.put("language", "not a language tag!");
    Path file = write(activities, CsvDialect.PLAIN, "bad-language.csv", List.of(row(cells)));
    Aggregator<Activity, ?, Long> count = Aggregators.count();
    long total = activities.size() + 1;

    assertEquals(total, READER.aggregate(file, count).result());
    Aggregated<Long> lenientProjected = READER.withMode(ReadMode.LENIENT).aggregate(file, count);
    assertEquals(total, lenientProjected.read());
    assertEquals(0, lenientProjected.rejected());
    assertEquals(lenientProjected.read(), lenientProjected.accepted() + lenientProjected.rejected());

    CsvRecordReader<Activity> validating = READER.withProjection(Projection.all());
    HasilaCsvException strict = assertThrows(HasilaCsvException.class, () -> validating.aggregate(file, count));
    assertEquals("language", strict.field().orElse(null), strict.getMessage());
    Aggregated<Long> lenient = validating.withMode(ReadMode.LENIENT).aggregate(file, count);
    assertEquals(total, lenient.read());
    assertEquals(1, lenient.rejected());
    assertEquals(total - 1, lenient.result());
    assertEquals(lenient.read(), lenient.accepted() + lenient.rejected());
    assertThrows(HasilaCsvException.class, () -> READER.read(file));
    assertEquals(total, READER.withProjection(Projection.none()).read(file).accepted().size());
  }

  @Test
  @DisplayName("a row with the wrong number of fields fails in both modes whether projected or not")
  void brokenRowAlwaysFails() {
    List<Activity> activities = HasilaGenerators.activityLists(40).next(new Random(SEED + 3));
    Path file = write(activities, CsvDialect.PLAIN, "bad-row.csv", List.of("campaign,c-short", row(CAMPAIGN) + ",extra"));
    Aggregator<Activity, ?, Long> count = Aggregators.count();
    for (Projection p : List.of(Projection.none(), Projection.all())) {
      CsvRecordReader<Activity> reader = READER.withProjection(p);
      assertThrows(HasilaCsvException.class, () -> reader.aggregate(file, count), p.toString());
      Aggregated<Long> lenient = reader.withMode(ReadMode.LENIENT).aggregate(file, count);
      assertEquals(2, lenient.rejected(), p.toString());
      assertEquals(lenient.read(), lenient.accepted() + lenient.rejected());
      assertEquals(activities.size(), lenient.result());
    }
  }

  /** The lenient rejections of a read without their raw text (a projected read shows skipped cells blank). */
  private static List<String> rejections(CsvRecordReader<Activity> reader, Path file) {
    List<String> out = new ArrayList<>();
    reader.withMode(ReadMode.LENIENT).withRejectionHandler(r -> out.add(r.line() + " " + r.record() + " " + r.field() + " " + r.reason()))
        .aggregate(file, Aggregators.count(), 1);
    return out;
  }

  private static String strictFault(CsvRecordReader<Activity> reader, Path file) {
    HasilaCsvException e = assertThrows(HasilaCsvException.class, () -> reader.aggregate(file, Aggregators.count(), 1 << 20));
    return e.line() + " " + e.record() + " " + e.field() + " " + e.getMessage();
  }

  @Test
  @DisplayName("bad bytes, bare CRs and a quote left open in skipped cells are found at the same lines as in a full read")
  void faultsInSkippedCellsAtTheSameLines() throws IOException {
    List<Activity> activities = HasilaGenerators.activityLists(60).next(new Random(SEED + 4));
    Map<String, String> multiLine = new java.util.HashMap<>(CAMPAIGN);
    multiLine.put("title", "\"two\nlines\r\nand a bare\rCR\"");
    Map<String, String> badBytes = new java.util.HashMap<>(CAMPAIGN);
    badBytes.put("id", "c-bytes");
    badBytes.put("title", "\"bad \u0001BAD\u0001 bytes\nhere\"");
    Path file = write(activities, CsvDialect.PLAIN, "faults.csv", List.of(row(multiLine), row(badBytes), row(multiLine)));
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 1) {
        bytes[i] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
      }
    }
    Map<String, String> open = new java.util.HashMap<>(CAMPAIGN);
    open.put("id", "c-open");
    open.put("title", "\"never closed\nat the end");
    byte[] tail = row(open).getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + tail.length);
    System.arraycopy(tail, 0, all, bytes.length, tail.length);
    Files.write(file, all);
    CsvRecordReader<Activity> full = READER.withProjection(Projection.all());
    CsvRecordReader<Activity> projected = READER.withProjection(Projection.none());
    List<String> expected = rejections(full, file);
    assertEquals(2, expected.size(), expected.toString()); // the bad bytes, the quote left open
    assertEquals(expected, rejections(projected, file));
    assertEquals(strictFault(full, file), strictFault(projected, file));
  }
}
