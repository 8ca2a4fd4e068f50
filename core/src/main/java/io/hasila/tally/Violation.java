package io.hasila.tally;

import java.util.List;
import org.immutables.value.Value;

/**
 * A total whose parts do not add up, found by {@link Tally#check()}: the path, the expected total
 * and the sum found.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /** The id of the total, e.g. {@code communication}. */
  public abstract String path();

  /** The total's value in the tally. */
  public abstract long expected();

  /** The sum of the parts that have a figure. */
  public abstract long found();

  /** The ids of the parts, in definition order. */
  public abstract List<String> parts();

  /** The ids of the parts without a figure; the sum found leaves them out. */
  public abstract List<String> missingParts();

  /** A builder for a violation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}; {@code build()} validates it. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }

  /** A sentence for a report, naming the total, the values and the parts. */
  public String message() {
    String base =
        path() + " is " + expected() + " but its parts " + String.join(" + ", parts()) + " add up to " + found();
    return missingParts().isEmpty() ? base : base + " (without a figure: " + String.join(", ", missingParts()) + ")";
  }
}
