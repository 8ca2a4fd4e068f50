package io.hasila.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.Activity;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.CounterpartKind;
import io.hasila.model.OrgUnit;
import io.hasila.model.Platform;
import io.hasila.model.Projection;
import io.hasila.model.PropertyPath;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("accumulator codecs")
final class AccumulatorCodecsTest {

  @Test
  @DisplayName("whole numbers round-trip at their extremes, small ones in one byte")
  void longs() {
    AccumulatorCodec<Long> codec = AccumulatorCodecs.longs();
    for (long v : new long[] {0, 1, -1, 63, -64, 64, 1L << 35, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertEquals(v, codec.fromBytes(codec.toBytes(v)));
    }
    assertEquals(1, codec.toBytes(42L).length);
    assertEquals(10, codec.toBytes(Long.MIN_VALUE).length);
  }

  @Test
  @DisplayName("bytes that are not one whole value are refused, saying how many are left over")
  void leftOverBytes() {
    AccumulatorCodec<String> codec = AccumulatorCodecs.strings();
    byte[] two = new byte[] {1, 'a', 1, 'b'};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.fromBytes(two));
    assertEquals("AccumulatorCodec.bytes must be one encoded value but was: 2 bytes left over of 4", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> codec.fromBytes(new byte[] {5, 'a'}));
  }

  @Test
  @DisplayName("date-times keep their offset and their zone, a region or an offset")
  void dateTimes() {
    AccumulatorCodec<ZonedDateTime> codec = AccumulatorCodecs.values(Activity.TIME.type());
    for (ZonedDateTime t :
        List.of(
            ZonedDateTime.of(2020, 3, 20, 10, 15, 0, 0, ZoneId.of("Africa/Casablanca")),
            ZonedDateTime.of(2020, 10, 25, 2, 30, 0, 123_456_789, ZoneId.of("Europe/Paris")).withLaterOffsetAtOverlap(),
            ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")),
            ZonedDateTime.parse("2020-01-01T00:00:00+01:00"))) {
      ZonedDateTime back = codec.fromBytes(codec.toBytes(t));
      assertEquals(t, back);
      assertEquals(t.getZone(), back.getZone());
    }
  }

  @Test
  @DisplayName("every built-in aggregator over activities states a codec")
  void builtInsStateCodecs() {
    List<Aggregator<Activity, ?, ?>> builtIns =
        List.of(
            Aggregators.count(),
            Aggregators.countByType(),
            Aggregators.countBy(Activity.THEMES),
            Aggregators.countBy(Tweet.TYPE, Tweet.PLATFORM),
            Aggregators.countBy(PropertyPath.parse("community_meeting.counterparts.kind")),
            Aggregators.countByPeriod(Granularity.MONTH, ZoneId.of("UTC")),
            Aggregators.countBy(Activity::id, AccumulatorCodecs.strings()),
            Aggregators.topN(3, Activity::unit, AccumulatorCodecs.values(Activity.UNIT.type())),
            Aggregators.distinctCounterparts(CounterpartKind.CIVIL_ASSOCIATION),
            Aggregators.distinctCounterpartsByKind(),
            Aggregators.approximateDistinctCounterparts(CounterpartKind.CIVIL_ASSOCIATION),
            Aggregators.sum(PropertyPath.parse("campaign.participants")),
            Aggregators.filtering(a -> true, Aggregators.<Activity>count()),
            Aggregators.onlyOfType(Bulletin.class, Aggregators.<Bulletin>count()),
            Aggregators.groupingBy(Activity::unit, AccumulatorCodecs.values(Activity.UNIT.type()), Aggregators.<Activity>count()),
            Aggregators.<Activity>count().map(n -> n * 2));
    for (Aggregator<Activity, ?, ?> a : builtIns) {
      assertTrue(a.codec().isPresent(), a.toString());
    }
    assertTrue(Aggregators.latestSnapshots().codec().isPresent());
    assertTrue(Aggregators.earliestSnapshots().codec().isPresent());
  }

  @Test
  @DisplayName("declaring what an aggregator reads keeps its codec, and a mapped result keeps both")
  void readingAndMapKeepTheCodec() {
    Projection units = Projection.ofCommon(Activity.UNIT);
    Aggregator<Activity, ?, Long> declared = Aggregators.<Activity>count().reading(units);
    assertTrue(declared.codec().isPresent());
    assertEquals(units, declared.reads());
    Aggregator<Activity, ?, Long> mapped = declared.map(n -> n * 2);
    assertTrue(mapped.codec().isPresent());
    assertEquals(units, mapped.reads());
    assertFalse(Aggregators.countBy(Activity::unit).reading(units).codec().isPresent(), "no codec is made up");
  }

  @Test
  @DisplayName("groupings by a key function state no codec unless given the keys' codec")
  void keyFunctionsWithoutCodecs() {
    assertFalse(Aggregators.countBy(Activity::unit).codec().isPresent());
    assertFalse(Aggregators.countByEach(Activity::themes).codec().isPresent());
    assertFalse(Aggregators.topN(3, Activity::unit).codec().isPresent());
    assertFalse(Aggregators.groupingBy(Activity::unit, Aggregators.<Activity>count()).codec().isPresent());
    assertFalse(
        Aggregators.groupingBy(Activity::id, AccumulatorCodecs.strings(), Aggregators.countBy(Activity::unit)).codec().isPresent(),
        "a downstream without a codec leaves the grouping without one");
    assertFalse(Aggregator.from(Collectors.<Activity>counting()).codec().isPresent());
  }

  @Test
  @DisplayName("the HyperLogLog sketch survives its serialisation with the same estimate, beyond its exact range")
  void sketches() {
    Aggregator<Integer, ?, DistinctEstimate> agg = Aggregators.approximateDistinct(i -> List.of("k" + i), 6);
    List<Integer> inputs = IntStream.range(0, 5_000).boxed().collect(Collectors.toList());
    assertEquals(agg.aggregate(inputs), roundTripThenResult(agg, inputs));
  }

  private static <T, A, R> R roundTripThenResult(Aggregator<T, A, R> agg, List<T> inputs) {
    A left = agg.empty();
    A right = agg.empty();
    for (int i = 0; i < inputs.size(); i++) {
      if (i % 3 == 0) {
        left = agg.add(left, inputs.get(i));
      } else {
        right = agg.add(right, inputs.get(i));
      }
    }
    AccumulatorCodec<A> codec = agg.codec().orElseThrow();
    return agg.result(agg.merge(codec.fromBytes(codec.toBytes(left)), codec.fromBytes(codec.toBytes(right))));
  }

  @Test
  @DisplayName("counts by platform keep a declared platform's labels, and decoded accumulators stay mutable")
  void countsByDeclaredPlatform() {
    Platform x = Platform.of("x", io.hasila.model.Labels.of("إكس", "X", "X"));
    OrgUnit rabat = OrgUnit.of("rabat", "Rabat");
    List<Activity> tweets =
        List.of(
            Tweet.builder().id("t1").date(LocalDate.of(2020, 1, 1)).unit(rabat).platform(x).account("@a").build(),
            Tweet.builder().id("t2").date(LocalDate.of(2020, 1, 2)).unit(rabat).platform(Platform.TWITTER).account("@a").build(),
            Bulletin.builder().id("b1").date(LocalDate.of(2020, 1, 2)).unit(rabat).kind(BulletinKind.NEWS).addThemes(Theme.HEALTH_EMERGENCY).build());
    Counts<Platform> counts = roundTripThenResult(Aggregators.countBy(Tweet.TYPE, Tweet.PLATFORM), tweets);
    assertEquals(Map.of(x, 1L, Platform.TWITTER, 1L), counts.byKey());
    assertEquals("X", counts.byKey().keySet().stream().filter(p -> p.code().equals("x")).findFirst().orElseThrow().labels().fr());
    Set<String> ids = AccumulatorCodecs.setsOf(AccumulatorCodecs.strings()).fromBytes(
        AccumulatorCodecs.setsOf(AccumulatorCodecs.strings()).toBytes(Set.of("a", "b")));
    ids.add("c");
    assertEquals(Set.of("a", "b", "c"), ids);
    assertArrayEquals(
        AccumulatorCodecs.periodBuckets().toBytes(PeriodBucket.containing(Granularity.MONTH, LocalDate.of(2020, 3, 5))),
        AccumulatorCodecs.periodBuckets().toBytes(PeriodBucket.containing(Granularity.MONTH, LocalDate.of(2020, 3, 31))));
  }
}
