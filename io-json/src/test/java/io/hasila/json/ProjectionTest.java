package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.aggregate.Aggregator;
import io.hasila.aggregate.Aggregators;
import io.hasila.aggregate.Granularity;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.model.Activity;
import io.hasila.model.Institution;
import io.hasila.model.Projection;
import io.hasila.model.PropertyPath;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import io.hasila.testkit.TallyGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("projection in the JSON Lines reader")
final class ProjectionTest {
  private static final long SEED = 16_2026L;
  private static final JsonRecordReader<Activity> READER =
      HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader();
  private static final Institution INSTITUTION = Institution.of("dgsn", "DGSN", ZoneId.of("Africa/Casablanca"));
  private static final DateRange ANY_DAY = DateRange.of(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31));

  @TempDir Path dir;

  private Path write(List<Activity> activities, String name, List<String> extra) {
    HasilaJson json = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);
    List<String> lines = new ArrayList<>();
    activities.forEach(a -> lines.add(json.toJson(a)));
    for (int i = 0; i < extra.size(); i++) {
      lines.add((i + 1) * lines.size() / (extra.size() + 1), extra.get(i));
    }
    try {
      return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in aggregators the figures and tallies are made of, each declaring what it reads. */
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
        JsonRecordReader<Activity> reader = READER.withParallelism(threads).withMinPieceBytes(piece);
        Aggregated<R> projected = reader.aggregate(file, aggregator);
        Aggregated<R> validated = reader.withProjection(Projection.all()).aggregate(file, aggregator);
        String where = what + " on " + threads + " thread(s), pieces of " + piece + " bytes";
        assertEquals(full, projected.result(), where);
        assertEquals(full, validated.result(), where);
        assertEquals(validated.read(), projected.read(), where);
      }
    }
  }

  @Test
  @DisplayName("the figures with and without projection are equal on generated activities, sequential and parallel")
  void figuresEqualWithAndWithoutProjection() {
    int[] n = {0};
    qt().withFixedSeed(SEED)
        .withExamples(12)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activityLists(120)))
        .checkAssert(
            activities -> {
              Path file = write(activities, "figures-" + n[0]++ + ".jsonl", List.of());
              for (Aggregator<Activity, ?, ?> a : figures()) {
                sameWithAndWithout(file, a, a.reads().toString());
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
              Path file = write(activities, "tally-" + n[0]++ + ".jsonl", List.of());
              Aggregator<Activity, ?, Tally> tally = Tally.aggregator(definition, INSTITUTION, ANY_DAY, List.of());
              sameWithAndWithout(file, tally, "the tally of " + definition.id() + " reading " + tally.reads());
            });
  }

  @Test
  @DisplayName("a projected read leaves the optional properties outside the projection empty and keeps the required ones")
  void projectedRecordsLeaveOthersEmpty() {
    List<Activity> activities = HasilaGenerators.activityLists(200).next(new java.util.Random(SEED));
    Path file = write(activities, "records.jsonl", List.of());
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

  private static final String GOOD =
      "{\"type\":\"campaign\",\"id\":\"c-%s\",\"date\":\"2020-03-02\",\"unit\":{\"id\":\"u1\",\"name\":\"Unit\"},"
          + "\"kind\":\"awareness\",\"participants\":10,\"title\":%s}";

  @Test
  @DisplayName("a record whose skipped value is malformed: accepted when projected, rejected (lenient) or thrown (strict) when validated")
  void malformedSkippedValuePerMode() {
    List<Activity> activities = HasilaGenerators.activityLists(40).next(new java.util.Random(SEED + 2));
    // A blank title breaks a rule of every activity; the count by type never reads the title.
    Path file = write(activities, "bad-title.jsonl", List.of(String.format(GOOD, "1", "\"   \"")));
    Aggregator<Activity, ?, Long> count = Aggregators.count();
    long total = activities.size() + 1;

    assertEquals(total, READER.aggregate(file, count).result());
    Aggregated<Long> lenientProjected = READER.withMode(ReadMode.LENIENT).aggregate(file, count);
    assertEquals(total, lenientProjected.read());
    assertEquals(0, lenientProjected.rejected());
    assertEquals(lenientProjected.read(), lenientProjected.accepted() + lenientProjected.rejected());

    JsonRecordReader<Activity> validating = READER.withProjection(Projection.all());
    HasilaJsonException strict = assertThrows(HasilaJsonException.class, () -> validating.aggregate(file, count));
    assertTrue(strict.getMessage().contains("title"), strict.getMessage());
    Aggregated<Long> lenient = validating.withMode(ReadMode.LENIENT).aggregate(file, count);
    assertEquals(total, lenient.read());
    assertEquals(1, lenient.rejected());
    assertEquals(total - 1, lenient.result());
    assertEquals(lenient.read(), lenient.accepted() + lenient.rejected());
    // read() and open() validate every value unless told otherwise.
    assertThrows(HasilaJsonException.class, () -> READER.read(file));
    ReadResult<Activity> projectedRead = READER.withProjection(Projection.none()).read(file);
    assertEquals(total, projectedRead.accepted().size());
  }

  @Test
  @DisplayName("a skipped value that is not JSON fails the record in both modes whether projected or not")
  void brokenSyntaxInSkippedValueAlwaysFails() {
    List<Activity> activities = HasilaGenerators.activityLists(40).next(new java.util.Random(SEED + 3));
    Path file = write(activities, "bad-syntax.jsonl", List.of(String.format(GOOD, "2", "\"unterminated"), String.format(GOOD, "3", "[1,}")));
    Aggregator<Activity, ?, Long> count = Aggregators.count();
    for (Projection p : List.of(Projection.none(), Projection.all())) {
      JsonRecordReader<Activity> reader = READER.withProjection(p);
      assertThrows(HasilaJsonException.class, () -> reader.aggregate(file, count), p.toString());
      Aggregated<Long> lenient = reader.withMode(ReadMode.LENIENT).aggregate(file, count);
      assertEquals(2, lenient.rejected(), p.toString());
      assertEquals(lenient.read(), lenient.accepted() + lenient.rejected());
      assertEquals(activities.size(), lenient.result());
      assertFalse(lenient.read() < activities.size() + 2);
    }
  }
}
