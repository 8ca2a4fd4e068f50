package io.hasila.tally;

import java.util.List;
import org.immutables.value.Value;

/** The value of one category in a tally, with its {@link Provenance}. */
@Value.Immutable
public abstract class Figure {
  Figure() {}

  /** The value: a count, a sum, a number of distinct counterparts or a running total. */
  @Value.Parameter
  public abstract long value();

  /** Where the value comes from. */
  @Value.Parameter
  public abstract Provenance provenance();

  /** A figure with its provenance. */
  public static Figure of(long value, Provenance provenance) {
    return ImmutableFigure.of(value, provenance);
  }

  /** A figure computed from {@code inputs} records. */
  public static Figure computed(long value, long inputs) {
    return of(value, Provenance.computed(inputs));
  }

  /** A figure published in {@code source}. */
  public static Figure published(long value, Source source) {
    return of(value, Provenance.published(source));
  }

  /** A figure derived from other figures by a formula. */
  public static Figure derived(long value, String formula, List<String> from) {
    return of(value, Provenance.derived(formula, from));
  }

  @Override
  public String toString() {
    return value() + " (" + provenance().kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
