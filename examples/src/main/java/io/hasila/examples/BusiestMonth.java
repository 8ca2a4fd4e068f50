package io.hasila.examples;

import io.hasila.aggregate.Aggregator;
import io.hasila.aggregate.Aggregators;
import io.hasila.model.Activity;
import io.hasila.model.OrgUnit;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A user-written aggregator: the busiest month of each unit, with its number of activities.
 *
 * <p>This is what writing your own aggregator looks like: four methods, one mutable accumulator,
 * and a merge that adds partial counts so the result does not depend on how the activities were
 * split. Ties go to the earlier month, so the result is the same in any order. Its contract test
 * ({@code BusiestMonthContractTest}) is ten lines on top of the test kit. Run it on the bundled
 * 2020 log with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.hasila.examples.BusiestMonth}.
 */
public final class BusiestMonth
    implements Aggregator<Activity, Map<OrgUnit, Map<YearMonth, Long>>, Map<String, BusiestMonth.Peak>> {

  /** A unit's busiest month and how many activities it carried out then. */
  public record Peak(YearMonth month, long activities) {}

  private final ZoneId zone;

  /** An aggregator that reads each activity's month in {@code zone}, the institution's time zone. */
  public BusiestMonth(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public Map<OrgUnit, Map<YearMonth, Long>> empty() {
    return new HashMap<>();
  }

  @Override
  public Map<OrgUnit, Map<YearMonth, Long>> add(Map<OrgUnit, Map<YearMonth, Long>> counts, Activity activity) {
    YearMonth month = YearMonth.from(Aggregators.dayOf(activity, zone));
    counts.computeIfAbsent(activity.unit(), u -> new HashMap<>()).merge(month, 1L, Long::sum);
    return counts;
  }

  @Override
  public Map<OrgUnit, Map<YearMonth, Long>> merge(
      Map<OrgUnit, Map<YearMonth, Long>> left, Map<OrgUnit, Map<YearMonth, Long>> right) {
    right.forEach((unit, months) -> {
      Map<YearMonth, Long> target = left.computeIfAbsent(unit, u -> new HashMap<>());
      months.forEach((month, n) -> target.merge(month, n, Long::sum));
    });
    return left;
  }

  /** The busiest month per unit id, in unit id order. */
  @Override
  public Map<String, Peak> result(Map<OrgUnit, Map<YearMonth, Long>> counts) {
    Map<String, Peak> peaks = new TreeMap<>();
    counts.forEach((unit, months) -> {
      Map.Entry<YearMonth, Long> best =
          months.entrySet().stream()
              .max(Comparator.comparingLong((Map.Entry<YearMonth, Long> e) -> e.getValue())
                  .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
              .orElseThrow();
      peaks.put(unit.id(), new Peak(best.getKey(), best.getValue()));
    });
    return Collections.unmodifiableMap(peaks);
  }

  /** Prints each unit's busiest month in the bundled 2020 log. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Map<String, Peak> peaks;
    try (Records<Activity> log = Records.activities(Tally2020.Options.parse(args), new java.util.ArrayList<>())) {
      peaks = new BusiestMonth(SyntheticLog2020.INSTITUTION.zone()).aggregate(log.stream().parallel());
    }
    out.println("Busiest month of each unit in the 2020 log (synthetic records)");
    peaks.forEach((unit, peak) -> out.printf("  %-22s %s  %,6d activities%n", unit, peak.month(), peak.activities()));
  }
}
