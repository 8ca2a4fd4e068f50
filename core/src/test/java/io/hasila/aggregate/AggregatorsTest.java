package io.hasila.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.Activity;
import io.hasila.model.PropertyPath;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CampaignKind;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.OrgUnit;
import io.hasila.model.Platform;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the built-in aggregators")
final class AggregatorsTest {
  private static final OrgUnit CASABLANCA = OrgUnit.of("casablanca", "Préfecture de police de Casablanca");
  private static final OrgUnit RABAT = OrgUnit.of("rabat", "ولاية أمن الرباط");
  private static final ZoneId CASABLANCA_ZONE = ZoneId.of("Africa/Casablanca");

  private static Bulletin bulletin(String id, BulletinKind kind, LocalDate date, Theme... themes) {
    return Bulletin.builder().id(id).date(date).unit(CASABLANCA).kind(kind).addThemes(themes).build();
  }

  private static Tweet tweet(String id, Platform platform, LocalDate date) {
    return Tweet.builder().id(id).date(date).unit(RABAT).platform(platform).account("@DGSN_MAROC").build();
  }

  private static CommunityMeeting meeting(String id, Counterpart... counterparts) {
    return CommunityMeeting.builder()
        .id(id)
        .date(LocalDate.of(2020, 5, 1))
        .unit(CASABLANCA)
        .addCounterparts(counterparts)
        .build();
  }

  private static final List<Activity> SAMPLE =
      List.of(
          bulletin("b1", BulletinKind.REBUTTAL, LocalDate.of(2020, 3, 20), Theme.HEALTH_EMERGENCY, Theme.FAKE_NEWS),
          bulletin("b2", BulletinKind.COMMUNIQUE, LocalDate.of(2020, 3, 21), Theme.HEALTH_EMERGENCY),
          bulletin("b3", BulletinKind.NEWS, LocalDate.of(2020, 7, 1)),
          tweet("t1", Platform.TWITTER, LocalDate.of(2020, 1, 1)),
          tweet("t2", Platform.FACEBOOK, LocalDate.of(2020, 12, 31)),
          meeting(
              "m1",
              Counterpart.of("a1", "جمعية الأمل", CounterpartKind.CIVIL_ASSOCIATION),
              Counterpart.of("u1", "نقابة", CounterpartKind.UNION_BODY)),
          meeting(
              "m2",
              Counterpart.of("a1", "جمعية الأمل", CounterpartKind.CIVIL_ASSOCIATION),
              Counterpart.of("a2", "Association Espoir", CounterpartKind.CIVIL_ASSOCIATION)),
          Campaign.builder()
              .id("c1")
              .date(LocalDate.of(2020, 6, 14))
              .unit(RABAT)
              .kind(CampaignKind.BLOOD_DONATION)
              .participants(3_683)
              .build());

  @Test
  @DisplayName("a multi-theme activity counts once under each of its themes and once in the total")
  void themesCountOnceEach() {
    Counts<Theme> byTheme = Aggregators.countBy(Activity.THEMES).aggregate(SAMPLE);
    assertEquals(SAMPLE.size(), byTheme.total());
    assertEquals(2, byTheme.get(Theme.HEALTH_EMERGENCY));
    assertEquals(1, byTheme.get(Theme.FAKE_NEWS));
    assertEquals(0, byTheme.get(Theme.PROXIMITY_POLICING));
  }

  @Test
  @DisplayName("keyed counts cover types, bulletin kinds, platforms and units")
  void keyedCounts() {
    assertEquals(3, Aggregators.countByType().aggregate(SAMPLE).get(Bulletin.TYPE));
    Counts<BulletinKind> kinds = Aggregators.countBy(Bulletin.TYPE, Bulletin.KIND).aggregate(SAMPLE);
    assertEquals(3, kinds.total());
    assertEquals(1, kinds.get(BulletinKind.REBUTTAL));
    assertEquals(Map.of(Platform.TWITTER, 1L, Platform.FACEBOOK, 1L), Aggregators.countBy(Tweet.TYPE, Tweet.PLATFORM).aggregate(SAMPLE).byKey());
    assertEquals(Map.of(CASABLANCA, 5L, RABAT, 3L), Aggregators.countBy(Activity.UNIT).aggregate(SAMPLE).byKey());
    Counts<Object> byPath = Aggregators.countBy(PropertyPath.parse("bulletin.kind")).aggregate(SAMPLE);
    assertEquals(kinds.byKey(), byPath.byKey());
    assertEquals(3, byPath.total());
    assertEquals(SAMPLE.size(), Aggregators.<Activity>count().aggregate(SAMPLE));
  }

  @Test
  @DisplayName("distinct counterparts are counted once per id across meetings")
  void distinctCounterparts() {
    assertEquals(2, Aggregators.distinctCounterparts(CounterpartKind.CIVIL_ASSOCIATION).aggregate(SAMPLE));
    assertEquals(
        Map.of(CounterpartKind.CIVIL_ASSOCIATION, 2L, CounterpartKind.UNION_BODY, 1L),
        Aggregators.distinctCounterpartsByKind().aggregate(SAMPLE));
  }

  @Test
  @DisplayName("quantities are summed, filtered and grouped without a new class")
  void sumsFiltersAndGroups() {
    assertEquals(3_683, Aggregators.sum(PropertyPath.parse("campaign.participants")).aggregate(SAMPLE));
    assertEquals(
        2L,
        Aggregators.filtering((Activity a) -> a.hasTheme(Theme.HEALTH_EMERGENCY), Aggregators.<Activity>count())
            .aggregate(SAMPLE));
    Map<OrgUnit, Long> perUnit = Aggregators.groupingBy(Activity::unit, Aggregators.<Activity>count()).aggregate(SAMPLE);
    assertEquals(Map.of(CASABLANCA, 5L, RABAT, 3L), perUnit);
    assertEquals(
        List.of(Map.<ActivityType<?>, Long>entry(Bulletin.TYPE, 3L), Map.<ActivityType<?>, Long>entry(CommunityMeeting.TYPE, 2L)),
        Aggregators.topN(2, Activity::type).aggregate(SAMPLE));
  }

  @Test
  @DisplayName("an activity with a time is bucketed in the institution's zone, not in its own")
  void periodsUseTheInstitutionsZone() {
    // 23:30 on December 31 in New York is January 1 in Casablanca.
    ZonedDateTime late = ZonedDateTime.of(2020, 12, 31, 23, 30, 0, 0, ZoneId.of("America/New_York"));
    Activity a =
        Bulletin.builder().id("late").date(LocalDate.of(2020, 12, 31)).time(late).unit(CASABLANCA).kind(BulletinKind.NEWS).build();
    assertEquals(
        "2021",
        Aggregators.countByPeriod(Granularity.YEAR, CASABLANCA_ZONE).aggregate(List.of(a)).byKey().keySet().iterator().next().toString());
    assertEquals(
        "2020",
        Aggregators.countByPeriod(Granularity.YEAR, ZoneId.of("America/New_York")).aggregate(List.of(a)).byKey().keySet().iterator().next().toString());
  }

  @Test
  @DisplayName("periods are named by their conventional labels")
  void periodLabels() {
    LocalDate d = LocalDate.of(2021, 1, 3); // a Sunday in ISO week 53 of 2020
    assertEquals("2021-01-03", PeriodBucket.containing(Granularity.DAY, d).toString());
    assertEquals("2020-W53", PeriodBucket.containing(Granularity.ISO_WEEK, d).toString());
    assertEquals("2021-01", PeriodBucket.containing(Granularity.MONTH, d).toString());
    assertEquals("2021-Q1", PeriodBucket.containing(Granularity.QUARTER, d).toString());
    assertEquals(LocalDate.of(2021, 3, 31), PeriodBucket.containing(Granularity.QUARTER, d).end());
    Counts<PeriodBucket> months = Aggregators.countByPeriod(Granularity.QUARTER, CASABLANCA_ZONE).aggregate(SAMPLE);
    assertEquals(3, months.get(PeriodBucket.containing(Granularity.QUARTER, LocalDate.of(2020, 1, 1))));
  }

  @Test
  @DisplayName("the latest snapshot of each account wins, never a sum over time")
  void latestSnapshots() {
    AudienceSnapshot end2019 = AudienceSnapshot.of(Platform.FACEBOOK, "DGSN", LocalDate.of(2019, 12, 31), 20_010);
    AudienceSnapshot end2020 = AudienceSnapshot.of(Platform.FACEBOOK, "DGSN", LocalDate.of(2020, 12, 31), 191_903);
    Map<Account, AudienceSnapshot> latest = Aggregators.latestSnapshots().aggregate(List.of(end2020, end2019));
    assertEquals(Map.of(Account.of(Platform.FACEBOOK, "DGSN"), end2020), latest);
    assertEquals(end2019, Aggregators.earliestSnapshots().aggregate(List.of(end2020, end2019)).values().iterator().next());
  }

  @Test
  @DisplayName("an aggregator works as a collector on a parallel stream, and a collector works as an aggregator")
  void collectorInterop() {
    List<Activity> many = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      many.addAll(SAMPLE);
    }
    Counts<Theme> sequential = Aggregators.countBy(Activity.THEMES).aggregate(many);
    assertEquals(sequential, many.parallelStream().collect(Aggregators.countBy(Activity.THEMES).asCollector()));
    assertEquals(sequential, Aggregators.countBy(Activity.THEMES).aggregate(many.parallelStream()));

    Aggregator<Activity, ?, Map<ActivityType<?>, Long>> fromCollector =
        Aggregator.from(Collectors.groupingBy(Activity::type, Collectors.counting()));
    assertEquals(many.stream().collect(Collectors.groupingBy(Activity::type, Collectors.counting())), fromCollector.aggregate(many));
    assertEquals(fromCollector.aggregate(many), fromCollector.aggregate(many.parallelStream()));
  }

  @Test
  @DisplayName("the approximate distinct count is within its documented error of the exact count, and merges without loss")
  void approximateDistinctIsClose() {
    Aggregator<Integer, ?, DistinctEstimate> hll =
        Aggregators.approximateDistinct((Integer i) -> List.of("id-" + (i % 50_000)), Aggregators.DEFAULT_LG_K);
    List<Integer> inputs = IntStream.range(0, 120_000).boxed().collect(Collectors.toList());

    DistinctEstimate sequential = hll.aggregate(inputs);
    DistinctEstimate parallel = hll.aggregate(inputs.parallelStream());

    assertEquals(sequential, parallel);
    double relativeError = Math.abs(sequential.estimate() - 50_000) / 50_000.0;
    assertTrue(relativeError < 0.05, "relative error " + relativeError); // 3 standard errors at lgK 12
    assertTrue(sequential.lowerBound() <= 50_000 && 50_000 <= sequential.upperBound(), sequential.toString());
    DistinctEstimate small =
        Aggregators.approximateDistinct((Integer i) -> List.of("k" + (i % 3)), 12).aggregate(inputs.subList(0, 30));
    assertEquals(3, small.estimate());
    assertTrue(small.lowerBound() >= 2 && small.upperBound() <= 4, small.toString());
  }

  @Test
  @DisplayName("approximate distinct counterparts agree with the exact count on small inputs")
  void approximateCounterparts() {
    assertEquals(2, Aggregators.approximateDistinctCounterparts(CounterpartKind.CIVIL_ASSOCIATION).aggregate(SAMPLE).estimate());
  }
}
