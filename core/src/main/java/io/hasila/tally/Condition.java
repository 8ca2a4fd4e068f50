package io.hasila.tally;

import io.hasila.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A test on one value of a described property: one of a set of values, or a number in a range.
 *
 * <p>A {@link Selector#where} applies it to every value a {@link io.hasila.model.PropertyPath}
 * reaches, and matches when any of them passes. Plain data, immutable and thread safe.
 */
public sealed interface Condition extends Predicate<Object> {

  /** Whether the value passes. */
  @Override
  boolean test(Object value);

  /** Passes a value equal to one of {@code values}: codes, texts, numbers or booleans. */
  static Condition anyOf(Object... values) {
    return new AnyOf(new LinkedHashSet<>(List.of(values)));
  }

  /** Passes a value equal to one of {@code values}. */
  static Condition anyOf(Collection<?> values) {
    return new AnyOf(new LinkedHashSet<>(values));
  }

  /** Passes a number from {@code min} to {@code max}, both included. */
  static Condition range(long min, long max) {
    return new Range(min, max);
  }

  /** Passes a value equal to one of the set's. */
  record AnyOf(Set<Object> values) implements Condition {
    /** Validates and copies the values. */
    public AnyOf {
      Objects.requireNonNull(values, "values");
      Checks.notEmpty("AnyOf", "values", values);
      values.forEach(v -> Objects.requireNonNull(v, "values"));
      values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    @Override
    public boolean test(Object value) {
      return values.contains(value);
    }
  }

  /** Passes a number from {@code min} to {@code max}, both included. */
  record Range(long min, long max) implements Condition {
    /** Validates the bounds. */
    public Range {
      Checks.check(min <= max, "Range", "max", "must not be less than min " + min, max);
    }

    @Override
    public boolean test(Object value) {
      if (!(value instanceof Number)) {
        return false;
      }
      long v = ((Number) value).longValue();
      return min <= v && v <= max;
    }
  }
}
