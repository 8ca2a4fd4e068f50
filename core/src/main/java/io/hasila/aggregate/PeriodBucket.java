package io.hasila.aggregate;

import io.hasila.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One period of a {@link Granularity}, such as the month of March 2020: the key of counts by period.
 *
 * <p>Buckets of the same granularity order by their start day.
 */
@Value.Immutable
public abstract class PeriodBucket implements Comparable<PeriodBucket> {
  PeriodBucket() {}

  /** The period's length. */
  @Value.Parameter
  public abstract Granularity granularity();

  /** The period's first day. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The period of {@code granularity} that contains {@code day}. */
  public static PeriodBucket containing(Granularity granularity, LocalDate day) {
    return ImmutablePeriodBucket.of(granularity, granularity.start(day));
  }

  /** The period's last day. */
  public LocalDate end() {
    return granularity().end(start());
  }

  /** Whether the period contains the day. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /** The conventional name of the period: {@code 2020-03-05}, {@code 2020-W10}, {@code 2020-03}, {@code 2020-Q1}, {@code 2020}. */
  @Override
  public String toString() {
    return granularity().label(start());
  }

  @Override
  public int compareTo(PeriodBucket other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : granularity().compareTo(other.granularity());
  }

  @Value.Check
  void check() {
    Checks.check(
        granularity().start(start()).equals(start()),
        "PeriodBucket",
        "start",
        "must be the first day of a " + granularity().code(),
        start());
  }
}
