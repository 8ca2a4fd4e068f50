package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

  static <T> byte[] write(CsvWriterBuilder<T> writer, List<? extends T> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(out, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static <T> List<T> read(CsvReaderBuilder<T> reader, byte[] bytes) {
    try {
      ReadResult<T> result = reader.mode(ReadMode.STRICT).readAll(new ByteArrayInputStream(bytes), "round-trip.csv");
      return result.accepted();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} dialect, delimiter {1}")
  @MethodSource("dialects")
  @DisplayName("1,000 activities of every type read back equal to what was written")
  void activitiesOfEveryTypeSurviveARoundTrip(CsvDialect dialect, char delimiter) {
    for (ActivityType type : ActivityType.values()) {
      qt().withFixedSeed(SEED + type.ordinal())
          .withExamples(CASES)
          .forAll(QuickTheoriesGens.of(HasilaGenerators.activities(type)))
          .checkAssert(
              a -> {
                byte[] bytes = write(HasilaCsv.activityWriter().dialect(dialect).delimiter(delimiter), List.of(a));
                assertEquals(List.of(a), read(HasilaCsv.activityReader(), bytes));
              });
    }
  }

  @ParameterizedTest(name = "{0} dialect, delimiter {1}")
  @MethodSource("dialects")
  @DisplayName("a file of 8,000 mixed activities reads back equal, in order, with every record accounted for")
  void oneLargeMixedFileSurvivesARoundTrip(CsvDialect dialect, char delimiter) {
    Random random = new Random(SEED);
    List<Activity> activities = new ArrayList<>();
    Map<ActivityType, Integer> perType = new EnumMap<>(ActivityType.class);
    for (ActivityType type : ActivityType.values()) {
      activities.addAll(HasilaGenerators.activities(type).list(random, CASES));
      perType.put(type, CASES);
    }
    java.util.Collections.shuffle(activities, random);
    byte[] bytes = write(HasilaCsv.activityWriter().dialect(dialect).delimiter(delimiter), activities);
    assertEquals(activities, read(HasilaCsv.activityReader(), bytes));
    assertEquals(8, perType.size());
  }

  @ParameterizedTest(name = "{0} dialect, delimiter {1}")
  @MethodSource("dialects")
  @DisplayName("1,000 audience snapshots read back equal to what was written")
  void snapshotsSurviveARoundTrip(CsvDialect dialect, char delimiter) {
    qt().withFixedSeed(SEED)
        .withExamples(CASES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.audienceSnapshots()))
        .checkAssert(
            s -> {
              byte[] bytes = write(HasilaCsv.snapshotWriter().dialect(dialect).delimiter(delimiter), List.of(s));
              List<AudienceSnapshot> back = read(HasilaCsv.snapshotReader(), bytes);
              assertEquals(List.of(s), back);
            });
  }
}
