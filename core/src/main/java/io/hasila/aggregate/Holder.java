package io.hasila.aggregate;

/** The mutable cell a collector needs around an accumulator that {@code add} may replace. */
final class Holder<A> {
  A value;

  Holder(A value) {
    this.value = value;
  }
}
