package io.hasila.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * How one category changed between two tallies: the absolute change and the growth rate, with a
 * defined {@link Outcome} when the rate does not exist.
 *
 * <p>The growth rate is {@code (current - previous) / previous} in percent, rounded to one decimal
 * place, half up (away from zero on a tie): 20,010 to 191,903 is {@code +859.0%}. From a zero or
 * missing base there is no rate: the outcome is {@link Outcome#NEW} (or {@link
 * Outcome#UNCHANGED_ZERO} if the current value is zero too), never a division error or NaN.
 */
@Value.Immutable
public abstract class Change {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Change() {}

  /** What happened to a category between two tallies. */
  public enum Outcome {
    /** Both values exist and the base is positive: the growth rate is defined (possibly negative or zero). */
    GROWTH,
    /** The base is zero or missing and the current value is positive. */
    NEW,
    /** The base is zero or missing and the current value is zero. */
    UNCHANGED_ZERO,
    /** The base exists but the current value is missing. */
    MISSING_CURRENT,
    /** Neither value exists. */
    MISSING_BOTH
  }

  /** The category id. */
  public abstract String path();

  /** The value in the earlier tally, if any. */
  public abstract OptionalLong previous();

  /** The value in the later tally, if any. */
  public abstract OptionalLong current();

  /**
   * Whether the category is a running total (an audience snapshot), compared end of period against
   * end of period, rather than a count over each period.
   */
  @Value.Default
  public boolean runningTotal() {
    return false;
  }

  /** The change between two values. */
  public static Change between(String path, OptionalLong previous, OptionalLong current) {
    return ImmutableChange.builder().path(path).previous(previous).current(current).build();
  }

  /** The change from one known value to another. */
  public static Change between(String path, long previous, long current) {
    return between(path, OptionalLong.of(previous), OptionalLong.of(current));
  }

  /** What happened; decides whether {@link #growthPercent()} exists. */
  @Value.Derived
  public Outcome outcome() {
    if (previous().isPresent() && previous().getAsLong() > 0) {
      return current().isPresent() ? Outcome.GROWTH : Outcome.MISSING_CURRENT;
    }
    if (current().isEmpty()) {
      return previous().isPresent() ? Outcome.MISSING_CURRENT : Outcome.MISSING_BOTH;
    }
    return current().getAsLong() > 0 ? Outcome.NEW : Outcome.UNCHANGED_ZERO;
  }

  /** {@code current - previous}, if both values exist. */
  public OptionalLong absoluteChange() {
    return previous().isPresent() && current().isPresent()
        ? OptionalLong.of(Math.subtractExact(current().getAsLong(), previous().getAsLong()))
        : OptionalLong.empty();
  }

  /** The growth rate in percent, one decimal place, half up; present only when the outcome is {@link Outcome#GROWTH}. */
  public Optional<BigDecimal> growthPercent() {
    if (outcome() != Outcome.GROWTH) {
      return Optional.empty();
    }
    long base = previous().getAsLong();
    return Optional.of(
        BigDecimal.valueOf(absoluteChange().getAsLong())
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP));
  }

  /**
   * The growth rate as a report shows it: {@code +859.0%}, {@code -12.5%}, {@code 0.0%}; {@code new}
   * from a zero or missing base, {@code unchanged (0)} from zero to zero, {@code n/a} when the
   * current value is missing.
   */
  public String growthText() {
    switch (outcome()) {
      case GROWTH:
        BigDecimal p = growthPercent().orElseThrow();
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
      case NEW:
        return "new";
      case UNCHANGED_ZERO:
        return "unchanged (0)";
      default:
        return "n/a";
    }
  }

  @Override
  public String toString() {
    return path() + ": " + text(previous()) + " -> " + text(current()) + " (" + growthText() + ")";
  }

  private static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "-";
  }
}
