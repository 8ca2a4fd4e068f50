package io.hasila.tally;

import io.hasila.internal.Checks;
import io.hasila.model.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One row of a {@link Comparison}: a line of the later tally against the line (or lines) it
 * corresponds to in the earlier one, with its {@link Outcome}, and when both values exist the
 * absolute change and the growth rate.
 *
 * <p>The growth rate is {@code (current - previous) / previous} in percent, rounded to one decimal
 * place, half up (away from zero on a tie): 20,010 to 191,903 is {@code +859.0%}. From a zero or
 * missing base there is no rate: the outcome is {@link Outcome#NEW} (or {@link
 * Outcome#UNCHANGED_ZERO} if the current value is zero too), never a division error or NaN. A
 * comparison also says when a line is new or discontinued in the later definition, defined in one
 * definition only, or defined in both but not published in one of the tallies.
 */
@Value.Immutable
public abstract class Change {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Change() {}

  /** What a row of a comparison states. */
  public enum Outcome {
    /** Compared: both values exist and the base is positive; the growth rate is defined (possibly negative or zero). */
    GROWTH(null),
    /** No base: the line is new in the later definition, or its base is zero or missing and the current value is positive. */
    NEW(Labels.of("جديد", "nouveau", "new")),
    /** Compared: the base is zero or missing and the current value is zero. */
    UNCHANGED_ZERO(Labels.of("دون تغيير (0)", "inchangé (0)", "unchanged (0)")),
    /** The line is in the earlier definition only, and the mapping says it was discontinued. */
    DISCONTINUED(Labels.of("ملغى", "supprimé", "discontinued")),
    /** The line is in one definition only, and no mapping says it is new or discontinued. */
    NOT_DEFINED(Labels.of("غير معرّف", "non défini", "not defined")),
    /** The line is in both definitions, but one of the tallies (or both) has no figure for it. */
    NOT_PUBLISHED(Labels.of("غير منشور", "non publié", "not published"));

    private final Labels words;

    Outcome(Labels words) {
      this.words = words;
    }
  }

  /** The row's name: the later definition's category id (ids joined by {@code " + "}), or the earlier one's if the later has none. */
  public abstract String path();

  /** The ids of the categories of the earlier definition the row adds up; empty when it has none. */
  @Value.Default
  public List<String> previousPaths() {
    return List.of(path());
  }

  /** The ids of the categories of the later definition the row adds up; empty when it has none. */
  @Value.Default
  public List<String> currentPaths() {
    return List.of(path());
  }

  /** The value in the earlier tally, if any. */
  public abstract OptionalLong previous();

  /** The value in the later tally, if any. */
  public abstract OptionalLong current();

  /**
   * Whether the row is a running total (an audience snapshot), compared end of period against end
   * of period (or date against date), rather than a count over each period.
   */
  @Value.Default
  public boolean runningTotal() {
    return false;
  }

  /**
   * What the row states; decides whether {@link #growthPercent()} exists. Computed from the values
   * unless the comparison knows more (a line new, discontinued, not defined or not published).
   */
  @Value.Default
  public Outcome outcome() {
    return fromValues(previous(), current());
  }

  /** The change between two values. */
  public static Change between(String path, OptionalLong previous, OptionalLong current) {
    return ImmutableChange.builder().path(path).previous(previous).current(current).build();
  }

  /** The change from one known value to another. */
  public static Change between(String path, long previous, long current) {
    return between(path, OptionalLong.of(previous), OptionalLong.of(current));
  }

  /** A builder for a change, e.g. a row a comparison through a mapping states. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Change}. */
  public static final class Builder extends ImmutableChange.Builder {
    Builder() {}
  }

  /** The outcome two values give: growth from a positive base, else new or unchanged, or not published when a value is missing. */
  static Outcome fromValues(OptionalLong previous, OptionalLong current) {
    if (current.isEmpty()) {
      return Outcome.NOT_PUBLISHED;
    }
    if (previous.isPresent() && previous.getAsLong() > 0) {
      return Outcome.GROWTH;
    }
    return current.getAsLong() > 0 ? Outcome.NEW : Outcome.UNCHANGED_ZERO;
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
   * The growth rate as a report shows it: {@code +859.0%}, {@code -12.5%}, {@code 0.0%}; otherwise
   * the outcome in English: {@code new}, {@code unchanged (0)}, {@code discontinued}, {@code not
   * defined}, {@code not published}.
   */
  public String growthText() {
    return growthText(Locale.ENGLISH);
  }

  /** The growth rate, or the outcome in Arabic, French or English (any other language); see {@link #growthText()}. */
  public String growthText(Locale locale) {
    if (outcome() == Outcome.GROWTH) {
      BigDecimal p = growthPercent().orElseThrow();
      return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }
    return outcome().words.get(locale);
  }

  @Value.Check
  void check() {
    Checks.check(
        outcome() != Outcome.GROWTH || (previous().isPresent() && previous().getAsLong() > 0 && current().isPresent()),
        "Change",
        "outcome",
        "must be GROWTH only with a positive previous value and a current value",
        previous() + " -> " + current());
  }

  @Override
  public String toString() {
    return path() + ": " + text(previous()) + " -> " + text(current()) + " (" + growthText() + ")";
  }

  private static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "-";
  }
}
