package io.hasila.io;

import org.immutables.value.Value;

/**
 * What aggregating a whole source gave: the aggregator's result over the accepted records, and the
 * accounting of every record read.
 *
 * <p>{@code accepted() + rejected() == read()} always; in strict mode {@code rejected()} is 0 (the
 * first bad record throws instead). Returned by the formats' parallel readers, which never hold
 * the records themselves.
 *
 * @param <R> the aggregator's result type
 */
@Value.Immutable
public abstract class Aggregated<R> {
  Aggregated() {}

  /** The aggregator's result over the accepted records. */
  public abstract R result();

  /** How many records were read in all. */
  public abstract long read();

  /** How many of them were rejected (lenient mode). */
  public abstract long rejected();

  /** How many of them were accepted: {@link #read()} minus {@link #rejected()}. */
  public long accepted() {
    return read() - rejected();
  }

  /** A result from its parts; fails unless {@code 0 <= rejected <= read}. */
  public static <R> Aggregated<R> of(R result, long read, long rejected) {
    return ImmutableAggregated.<R>builder().result(result).read(read).rejected(rejected).build();
  }

  @Value.Check
  void check() {
    if (rejected() < 0 || rejected() > read()) {
      throw new IllegalStateException(
          "Aggregated.rejected must be from 0 to read (" + read() + ") but was: " + rejected());
    }
  }
}
