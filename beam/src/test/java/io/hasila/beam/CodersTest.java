package io.hasila.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.aggregate.AccumulatorCodecs;
import io.hasila.aggregate.Aggregator;
import io.hasila.aggregate.Aggregators;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.CounterpartKind;
import io.hasila.model.PropertyPath;
import io.hasila.model.Tweet;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

@DisplayName("Hasila's Beam coders")
final class CodersTest {
  private static final Coder<Activity> ACTIVITIES = HasilaCoders.activities(HasilaGenerators.VOCABULARIES);

  @Test
  @DisplayName("every activity type round-trips through the activity coder, deterministically")
  void activities() throws Exception {
    CoderProperties.coderSerializable(ACTIVITIES);
    ACTIVITIES.verifyDeterministic();
    for (ActivityType<?> type : ActivityType.all()) {
      qt().withExamples(60)
          .forAll(QuickTheoriesGens.of(HasilaGenerators.activities(type)))
          .checkAssert(
              a -> {
                try {
                  CoderProperties.coderDecodeEncodeEqual(ACTIVITIES, (Activity) a);
                  CoderProperties.coderDeterministic(ACTIVITIES, (Activity) a, HasilaGenerators.withId((Activity) a, ((Activity) a).id()));
                } catch (Exception e) {
                  throw new AssertionError(e);
                }
              });
    }
  }

  @Test
  @DisplayName("audience snapshots and rejections round-trip through their coders")
  void snapshotsAndRejections() throws Exception {
    Coder<AudienceSnapshot> snapshots = HasilaCoders.snapshots(HasilaGenerators.VOCABULARIES);
    snapshots.verifyDeterministic();
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.audienceSnapshots()))
        .checkAssert(s -> equalAfterRoundTrip(snapshots, s));
    Gen<Rejection> rejections =
        SourceDSL.longs().between(1, Long.MAX_VALUE).zip(SourceDSL.strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(1, 40), SourceDSL.booleans().all(),
            (line, text, field) -> Rejection.builder().source("a.jsonl").line(line).record(line).field(field ? Optional.of("$.date") : Optional.empty())
                .raw(text).reason("expected a date but found " + text).build());
    qt().withExamples(200).forAll(rejections).checkAssert(r -> equalAfterRoundTrip(HasilaCoders.rejections(), r));
  }

  @Test
  @DisplayName("an activity whose code the coder's vocabularies do not hold is refused")
  void undeclaredCode() {
    Activity declared =
        HasilaGenerators.activities(HasilaGenerators.VOCABULARIES).list(new java.util.Random(7), 500).stream()
            .filter(CodersTest::failsWithStandard)
            .findFirst()
            .orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> CoderUtils.encodeToByteArray(HasilaCoders.activities(), declared));
  }

  @Test
  @DisplayName("the accumulators of built-in aggregators round-trip through their coders: merging decoded ones gives the same result")
  void accumulators() {
    accumulatorLaw(Aggregators::count);
    accumulatorLaw(Aggregators::countByType);
    accumulatorLaw(() -> Aggregators.countBy(Tweet.TYPE, Tweet.PLATFORM));
    accumulatorLaw(() -> Aggregators.countBy(PropertyPath.parse("community_meeting.counterparts.kind")));
    accumulatorLaw(() -> Aggregators.countByEach((Activity a) -> List.of((long) a.date().getYear()), AccumulatorCodecs.longs()));
    accumulatorLaw(() -> Aggregators.distinctCounterparts(CounterpartKind.CIVIL_ASSOCIATION));
    accumulatorLaw(Aggregators::distinctCounterpartsByKind);
    accumulatorLaw(() -> Aggregators.approximateDistinctCounterparts(CounterpartKind.CIVIL_ASSOCIATION));
    accumulatorLaw(() -> Tally.aggregator(Fixtures.definition(), Fixtures.institution(), DateRange.ofYear(2020), List.of()));
  }

  @Test
  @DisplayName("an aggregator without a codec is refused when the transform is built, saying how to state one")
  void withoutCodec() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HasilaCombine.globally(() -> Aggregator.<Activity, long[], Long>of(() -> new long[1], (c, a) -> c, (x, y) -> x, c -> c[0])));
    assertTrue(e.getMessage().contains("AccumulatorCodec"), e.getMessage());
  }

  private static <R> void accumulatorLaw(HasilaCombine.AggregatorRecipe<Activity, R> recipe) {
    HasilaCombine.AggregatorFn<Activity, R> fn = HasilaCombine.fn(recipe);
    Coder<Object> coder = fn.getAccumulatorCoder(null, ACTIVITIES);
    Gen<List<Activity>> lists = QuickTheoriesGens.of(HasilaGenerators.activityLists(30));
    qt().withExamples(40)
        .forAll(lists, lists)
        .checkAssert(
            (left, right) -> {
              Object a = accumulate(fn, left);
              Object b = accumulate(fn, right);
              Object a2 = roundTrip(coder, accumulate(fn, left));
              Object b2 = roundTrip(coder, accumulate(fn, right));
              assertEquals(fn.extractOutput(fn.mergeAccumulators(List.of(a, b))), fn.extractOutput(fn.mergeAccumulators(List.of(a2, b2))));
            });
  }

  private static <R> Object accumulate(HasilaCombine.AggregatorFn<Activity, R> fn, List<Activity> inputs) {
    Object acc = fn.createAccumulator();
    for (Activity a : inputs) {
      acc = fn.addInput(acc, a);
    }
    return acc;
  }

  private static <T> T roundTrip(Coder<T> coder, T value) {
    try {
      return CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static <T> void equalAfterRoundTrip(Coder<T> coder, T value) {
    try {
      CoderProperties.coderDecodeEncodeEqual(coder, value);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static boolean failsWithStandard(Activity a) {
    try {
      CoderUtils.encodeToByteArray(HasilaCoders.activities(), a);
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
