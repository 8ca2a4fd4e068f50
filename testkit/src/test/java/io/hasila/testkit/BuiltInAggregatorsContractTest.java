package io.hasila.testkit;

import io.hasila.aggregate.AccumulatorCodecs;
import io.hasila.aggregate.Account;
import io.hasila.aggregate.Aggregator;
import io.hasila.aggregate.Aggregators;
import io.hasila.aggregate.Counts;
import io.hasila.aggregate.DistinctEstimate;
import io.hasila.aggregate.Granularity;
import io.hasila.aggregate.PeriodBucket;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.MediaCoverage;
import io.hasila.model.PropertyPath;
import io.hasila.model.CounterpartKind;
import io.hasila.model.OrgUnit;
import io.hasila.model.OutletKind;
import io.hasila.model.Platform;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

@DisplayName("every built-in aggregator passes the aggregator contract, its codec's law included")
final class BuiltInAggregatorsContractTest {

  @Nested
  @DisplayName("count by a key function, with the keys' codec")
  final class ByKeyFunction extends ActivityAggregatorContract<Counts<String>> {
    @Override
    protected Aggregator<Activity, ?, Counts<String>> aggregator() {
      return Aggregators.countBy((Activity a) -> a.unit().id(), AccumulatorCodecs.strings());
    }
  }

  @Nested
  @DisplayName("count by each of several keys, with the keys' codec")
  final class ByEachKey extends ActivityAggregatorContract<Counts<Long>> {
    @Override
    protected Aggregator<Activity, ?, Counts<Long>> aggregator() {
      return Aggregators.countByEach(
          (Activity a) -> List.of((long) a.date().getMonthValue(), (long) a.date().getYear()), AccumulatorCodecs.longs());
    }
  }

  @Nested
  @DisplayName("count by the days of the time recorded, through a property path")
  final class ByRecordedTime extends ActivityAggregatorContract<Counts<Object>> {
    @Override
    protected Aggregator<Activity, ?, Counts<Object>> aggregator() {
      return Aggregators.countBy(PropertyPath.parse("time"));
    }
  }

  @Nested
  @DisplayName("latest snapshots mapped to their followers")
  final class LatestFollowers extends AggregatorContract<AudienceSnapshot, Long> {
    @Override
    protected Aggregator<AudienceSnapshot, ?, Long> aggregator() {
      return Aggregators.latestSnapshots().map(m -> m.values().stream().mapToLong(AudienceSnapshot::followers).sum());
    }

    @Override
    protected Generator<AudienceSnapshot> inputs() {
      return HasilaGenerators.audienceSnapshots();
    }
  }

  @Nested
  @DisplayName("a tally shaped like the 2020 reference")
  final class ReferenceTally extends ActivityAggregatorContract<Tally> {
    @Override
    protected Aggregator<Activity, ?, Tally> aggregator() {
      return Tally.aggregator(
          ReferenceShapedDefinition.definition(),
          ReferenceShapedDefinition.police(),
          DateRange.ofYear(2020),
          List.of(AudienceSnapshot.of(Platform.TWITTER, "@DGSN_MAROC", java.time.LocalDate.of(2020, 12, 31), 225_191)));
    }
  }

  @Nested
  @DisplayName("count")
  final class Count extends ActivityAggregatorContract<Long> {
    @Override
    protected Aggregator<Activity, ?, Long> aggregator() {
      return Aggregators.count();
    }
  }

  @Nested
  @DisplayName("count by type")
  final class ByType extends ActivityAggregatorContract<Counts<ActivityType<?>>> {
    @Override
    protected Aggregator<Activity, ?, Counts<ActivityType<?>>> aggregator() {
      return Aggregators.countByType();
    }
  }

  @Nested
  @DisplayName("count by bulletin kind")
  final class ByBulletinKind extends ActivityAggregatorContract<Counts<BulletinKind>> {
    @Override
    protected Aggregator<Activity, ?, Counts<BulletinKind>> aggregator() {
      return Aggregators.countBy(Bulletin.TYPE, Bulletin.KIND);
    }
  }

  @Nested
  @DisplayName("count by platform")
  final class ByPlatform extends ActivityAggregatorContract<Counts<Platform>> {
    @Override
    protected Aggregator<Activity, ?, Counts<Platform>> aggregator() {
      return Aggregators.countBy(Tweet.TYPE, Tweet.PLATFORM);
    }
  }

  @Nested
  @DisplayName("count by outlet kind")
  final class ByOutletKind extends ActivityAggregatorContract<Counts<OutletKind>> {
    @Override
    protected Aggregator<Activity, ?, Counts<OutletKind>> aggregator() {
      return Aggregators.countBy(MediaCoverage.TYPE, MediaCoverage.OUTLET_KIND);
    }
  }

  @Nested
  @DisplayName("count by the kinds of counterparts met, through a property path")
  final class ByCounterpartKind extends ActivityAggregatorContract<Counts<Object>> {
    @Override
    protected Aggregator<Activity, ?, Counts<Object>> aggregator() {
      return Aggregators.countBy(PropertyPath.parse("community_meeting.counterparts.kind"));
    }
  }

  @Nested
  @DisplayName("count by unit")
  final class ByUnit extends ActivityAggregatorContract<Counts<OrgUnit>> {
    @Override
    protected Aggregator<Activity, ?, Counts<OrgUnit>> aggregator() {
      return Aggregators.countBy(Activity.UNIT);
    }
  }

  @Nested
  @DisplayName("count by theme")
  final class ByTheme extends ActivityAggregatorContract<Counts<Theme>> {
    @Override
    protected Aggregator<Activity, ?, Counts<Theme>> aggregator() {
      return Aggregators.countBy(Activity.THEMES);
    }
  }

  @Nested
  @DisplayName("count by ISO week in Casablanca")
  final class ByWeek extends ActivityAggregatorContract<Counts<PeriodBucket>> {
    @Override
    protected Aggregator<Activity, ?, Counts<PeriodBucket>> aggregator() {
      return Aggregators.countByPeriod(Granularity.ISO_WEEK, ZoneId.of("Africa/Casablanca"));
    }
  }

  @Nested
  @DisplayName("count by quarter in UTC")
  final class ByQuarter extends ActivityAggregatorContract<Counts<PeriodBucket>> {
    @Override
    protected Aggregator<Activity, ?, Counts<PeriodBucket>> aggregator() {
      return Aggregators.countByPeriod(Granularity.QUARTER, ZoneId.of("UTC"));
    }
  }

  @Nested
  @DisplayName("top 3 units")
  final class TopUnits extends ActivityAggregatorContract<List<Map.Entry<OrgUnit, Long>>> {
    @Override
    protected Aggregator<Activity, ?, List<Map.Entry<OrgUnit, Long>>> aggregator() {
      return Aggregators.topN(3, Activity::unit, AccumulatorCodecs.values(Activity.UNIT.type()));
    }
  }

  @Nested
  @DisplayName("distinct civil associations")
  final class DistinctAssociations extends ActivityAggregatorContract<Long> {
    @Override
    protected Aggregator<Activity, ?, Long> aggregator() {
      return Aggregators.distinctCounterparts(CounterpartKind.CIVIL_ASSOCIATION);
    }
  }

  @Nested
  @DisplayName("distinct counterparts by kind")
  final class DistinctByKind extends ActivityAggregatorContract<Map<CounterpartKind, Long>> {
    @Override
    protected Aggregator<Activity, ?, Map<CounterpartKind, Long>> aggregator() {
      return Aggregators.distinctCounterpartsByKind();
    }
  }

  @Nested
  @DisplayName("approximate distinct union bodies")
  final class ApproximateDistinct extends ActivityAggregatorContract<DistinctEstimate> {
    @Override
    protected Aggregator<Activity, ?, DistinctEstimate> aggregator() {
      return Aggregators.approximateDistinctCounterparts(CounterpartKind.UNION_BODY);
    }
  }

  @Nested
  @DisplayName("approximate distinct activity ids beyond the exact range of the sketch")
  final class ApproximateDistinctLarge extends AggregatorContract<Integer, DistinctEstimate> {
    @Override
    protected Aggregator<Integer, ?, DistinctEstimate> aggregator() {
      return Aggregators.approximateDistinct((Integer i) -> List.of("k" + i, "j" + i), 6);
    }

    @Override
    protected Generator<Integer> inputs() {
      return r -> r.nextInt(5_000);
    }

    @Override
    protected int examples() {
      return 100;
    }
  }

  @Nested
  @DisplayName("sum of participants")
  final class SumOfParticipants extends ActivityAggregatorContract<Long> {
    @Override
    protected Aggregator<Activity, ?, Long> aggregator() {
      return Aggregators.sum(PropertyPath.parse("campaign.participants"));
    }
  }

  @Nested
  @DisplayName("sum of tweet views")
  final class SumOfViews extends ActivityAggregatorContract<Long> {
    @Override
    protected Aggregator<Activity, ?, Long> aggregator() {
      return Aggregators.sum(PropertyPath.parse("tweet.views"));
    }
  }

  @Nested
  @DisplayName("health-emergency activities grouped by unit, counted by theme")
  final class FilteredGroups extends ActivityAggregatorContract<Map<OrgUnit, Counts<Theme>>> {
    @Override
    protected Aggregator<Activity, ?, Map<OrgUnit, Counts<Theme>>> aggregator() {
      return Aggregators.filtering(
          (Activity a) -> a.hasTheme(Theme.HEALTH_EMERGENCY),
          Aggregators.groupingBy(Activity::unit, AccumulatorCodecs.values(Activity.UNIT.type()), Aggregators.countBy(Activity.THEMES)));
    }
  }

  @Nested
  @DisplayName("bulletins only, counted by unit and mapped to unit ids")
  final class OnlyBulletins extends ActivityAggregatorContract<Map<String, Long>> {
    @Override
    protected Aggregator<Activity, ?, Map<String, Long>> aggregator() {
      return Aggregators.<Activity, Bulletin, Counts<OrgUnit>>onlyOfType(
              Bulletin.class, Aggregators.countBy(Bulletin::unit, AccumulatorCodecs.values(Activity.UNIT.type())))
          .map(counts -> counts.byKey().entrySet().stream()
              .collect(Collectors.toUnmodifiableMap(e -> e.getKey().id(), Map.Entry::getValue)));
    }
  }

  @Nested
  @DisplayName("latest audience snapshots")
  final class Latest extends AggregatorContract<AudienceSnapshot, Map<Account, AudienceSnapshot>> {
    @Override
    protected Aggregator<AudienceSnapshot, ?, Map<Account, AudienceSnapshot>> aggregator() {
      return Aggregators.latestSnapshots();
    }

    @Override
    protected Generator<AudienceSnapshot> inputs() {
      return HasilaGenerators.audienceSnapshots();
    }
  }

  @Nested
  @DisplayName("earliest audience snapshots")
  final class Earliest extends AggregatorContract<AudienceSnapshot, Map<Account, AudienceSnapshot>> {
    @Override
    protected Aggregator<AudienceSnapshot, ?, Map<Account, AudienceSnapshot>> aggregator() {
      return Aggregators.earliestSnapshots();
    }

    @Override
    protected Generator<AudienceSnapshot> inputs() {
      return HasilaGenerators.audienceSnapshots();
    }
  }
}
