package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hasila.model.Activity;
import io.hasila.model.Dataset;
import io.hasila.model.Platform;
import io.hasila.model.Tweet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the busiest-month aggregator")
final class BusiestMonthTest {
  @Test
  @DisplayName("agrees with a plain group-by on the 2020 log")
  void agreesWithGroupBy() {
    Dataset log = SyntheticLog2020.generate(SyntheticLog2020.DEFAULT_SEED);
    ZoneId zone = log.institution().zone();
    Map<String, BusiestMonth.Peak> peaks = new BusiestMonth(zone).aggregate(log.activities());
    Map<String, Map<YearMonth, Long>> byUnit =
        log.activities().stream()
            .collect(Collectors.groupingBy(a -> a.unit().id(), Collectors.groupingBy(a -> YearMonth.from(a.date()), Collectors.counting())));
    assertEquals(byUnit.keySet(), peaks.keySet());
    byUnit.forEach((unit, months) -> {
      long max = months.values().stream().mapToLong(Long::longValue).max().orElseThrow();
      YearMonth first = months.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
      assertEquals(new BusiestMonth.Peak(first, max), peaks.get(unit), unit);
    });
  }

  @Test
  @DisplayName("a post at 23:30 UTC on 31 January counts in February in Casablanca")
  void readsMonthsInTheInstitutionsZone() {
    Activity post =
        Tweet.builder()
            .id("late-post")
            .date(LocalDate.of(2020, 1, 31))
            .time(ZonedDateTime.of(2020, 1, 31, 23, 30, 0, 0, ZoneOffset.UTC))
            .unit(SyntheticLog2020.CENTRAL_MEDIA)
            .platform(Platform.TWITTER)
            .account("@DGSN_MAROC")
            .build();
    assertEquals(
        new BusiestMonth.Peak(YearMonth.of(2020, 2), 1),
        new BusiestMonth(ZoneId.of("Africa/Casablanca")).aggregate(List.of(post)).get("dgsn.communication"));
    assertEquals(
        new BusiestMonth.Peak(YearMonth.of(2020, 1), 1),
        new BusiestMonth(ZoneOffset.UTC).aggregate(List.of(post)).get("dgsn.communication"));
  }
}
