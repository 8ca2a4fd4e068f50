package io.hasila.aggregate;

import io.hasila.internal.Checks;
import org.immutables.value.Value;

/**
 * An approximate number of distinct keys with bounds, from {@link Aggregators#approximateDistinct}.
 *
 * <p>The bounds hold with about 95% confidence (two standard errors); for counts up to a few
 * hundred the estimate is exact or nearly so. Use the exact {@link Aggregators#distinctCounterparts}
 * when memory for every key is affordable.
 */
@Value.Immutable
public abstract class DistinctEstimate {
  DistinctEstimate() {}

  /** The estimated number of distinct keys, rounded to the nearest integer. */
  @Value.Parameter
  public abstract long estimate();

  /** The lower bound of the estimate at about 95% confidence. */
  @Value.Parameter
  public abstract long lowerBound();

  /** The upper bound of the estimate at about 95% confidence. */
  @Value.Parameter
  public abstract long upperBound();

  /** An estimate from its value and bounds. */
  public static DistinctEstimate of(long estimate, long lowerBound, long upperBound) {
    return ImmutableDistinctEstimate.of(estimate, lowerBound, upperBound);
  }

  @Value.Check
  void check() {
    Checks.notNegative("DistinctEstimate", "lowerBound", lowerBound());
    Checks.check(
        lowerBound() <= estimate() && estimate() <= upperBound(),
        "DistinctEstimate",
        "estimate",
        "must lie between the bounds " + lowerBound() + " and " + upperBound(),
        estimate());
  }
}
