package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.io.ReadResult;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("CSV round trips")
final class RoundTripPropertiesTest {
  private static final long SEED = 20_201_231L;
  private static final int CASES = 1_000;

  static Stream<Arguments> dialects() {
    return Stream.of(
        Arguments.of(CsvDialect.PLAIN, ','),
        Arguments.of(CsvDialect.EXCEL, ','),
        Arguments.of(CsvDialect.EXCEL, ';'));
  }

  /** The format writing in {@code dialect} with {@code delimiter}, reading the generators' declared themes. */
  private static HasilaCsv csv(CsvDialect dialect, char delimiter) {
    return HasilaCsv.create()
        .withDialect(dialect)
        .withDelimiter(delimiter)
        .withVocabularies(HasilaGenerators.VOCABULARIES);
  }

  private static byte[] activities(HasilaCsv csv, List<? extends Activity> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.writeActivities(out, values);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0} dialect, delimiter {1}")
  @MethodSource("dialects")
  @DisplayName("1,000 activities of every type read back equal to what was written")
  void activitiesOfEveryTypeSurviveARoundTrip(CsvDialect dialect, char delimiter) {
    HasilaCsv csv = csv(dialect, delimiter);
    for (int i = 0; i < ActivityType.all().size(); i++) {
      ActivityType<?> type = ActivityType.all().get(i);
      qt().withFixedSeed(SEED + i)
          .withExamples(CASES)
          .forAll(QuickTheoriesGens.of(HasilaGenerators.activities(type)))
          .checkAssert(
              a -> {
                byte[] bytes = activities(csv, List.of(a));
                assertEquals(
                    List.of(a), csv.activityReader().read(new ByteArrayInputStream(bytes), "round-trip.csv").accepted());
              });
    }
  }

  @ParameterizedTest(name = "{0} dialect, delimiter {1}")
  @MethodSource("dialects")
  @DisplayName("a file of mixed generated activities reads back equal, in order, with every record accounted for")
  void oneLargeMixedFileSurvivesARoundTrip(CsvDialect dialect, char delimiter) {
    HasilaCsv csv = csv(dialect, delimiter);
    Random random = new Random(SEED);
    List<Activity> activities = new ArrayList<>();
    for (ActivityType<?> type : ActivityType.all()) {
      activities.addAll(HasilaGenerators.activities(type).list(random, CASES));
    }
    activities.addAll(HasilaGenerators.activities().list(random, CASES));
    Collections.shuffle(activities, random);
    ReadResult<Activity> back =
        csv.activityReader().read(new ByteArrayInputStream(activities(csv, activities)), "round-trip.csv");
    assertEquals(activities, back.accepted());
    assertEquals(activities.size(), back.read());
    assertEquals(List.of(), back.rejected());
  }

  @ParameterizedTest(name = "{0} dialect, delimiter {1}")
  @MethodSource("dialects")
  @DisplayName("1,000 audience snapshots read back equal to what was written")
  void snapshotsSurviveARoundTrip(CsvDialect dialect, char delimiter) {
    HasilaCsv csv = csv(dialect, delimiter);
    qt().withFixedSeed(SEED)
        .withExamples(CASES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.audienceSnapshots()))
        .checkAssert(
            s -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              csv.writeSnapshots(out, List.of(s));
              List<AudienceSnapshot> back =
                  csv.snapshotReader().read(new ByteArrayInputStream(out.toByteArray()), "round-trip.csv").accepted();
              assertEquals(List.of(s), back);
            });
  }
}
