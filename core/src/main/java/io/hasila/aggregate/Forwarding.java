package io.hasila.aggregate;

import io.hasila.model.Projection;
import java.util.Optional;
import java.util.function.Function;

/**
 * An aggregator that accumulates exactly as another one does (inputs, merges, codec) with its own
 * result and its own declaration of what it reads: what {@link Aggregator#reading} and {@link
 * Aggregator#map} return.
 */
final class Forwarding<T, A, R, S> implements Aggregator<T, A, S> {
  private final Aggregator<T, A, R> inner;
  private final Function<? super R, ? extends S> finisher;
  private final Projection reads;

  Forwarding(Aggregator<T, A, R> inner, Function<? super R, ? extends S> finisher, Projection reads) {
    this.inner = inner;
    this.finisher = finisher;
    this.reads = reads;
  }

  @Override
  public A empty() {
    return inner.empty();
  }

  @Override
  public A add(A accumulator, T input) {
    return inner.add(accumulator, input);
  }

  @Override
  public A merge(A left, A right) {
    return inner.merge(left, right);
  }

  @Override
  public S result(A accumulator) {
    return finisher.apply(inner.result(accumulator));
  }

  @Override
  public Optional<AccumulatorCodec<A>> codec() {
    return inner.codec();
  }

  @Override
  public Projection reads() {
    return reads;
  }
}
