package io.hasila.aggregate;

import io.hasila.model.Projection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * A mergeable aggregation of inputs of type {@code T} into an immutable result {@code R}: the
 * extension point behind every figure of a tally.
 *
 * <p><b>The law:</b> merging partial results gives exactly the result of adding all the inputs to
 * one accumulator, whatever the split and whatever the order of the inputs. In symbols, for any
 * lists {@code xs} and {@code ys}: {@code result(merge(addAll(empty(), xs), addAll(empty(), ys)))}
 * equals {@code result(addAll(empty(), xs ++ ys))}, and {@code empty()} is an identity of {@code
 * merge}. This is what lets one aggregation run sequentially, on a parallel stream or on a
 * distributed engine with the same result. The test kit's {@code AggregatorContract} checks it.
 *
 * <p>The accumulator {@code A} may be mutable: {@link #add} and {@link #merge} may update their
 * first argument and return it. Callers must always continue with the returned accumulator and
 * must not reuse an accumulator after passing it to {@code merge}. An accumulator is confined to
 * one thread at a time; an aggregator itself is stateless and thread safe.
 *
 * <p><b>What it reads.</b> {@link #reads()} says which described properties of an activity the
 * aggregator looks at, so that a reader can skip the others without decoding them ({@code
 * RecordReader.aggregate} does by default). The built-ins of {@link Aggregators} and {@code
 * Tally.aggregator} say it themselves; an aggregator of one's own reads {@link Projection#all()}
 * unless it declares less with {@link #reading(Projection)}. An aggregator that declares less than
 * it reads sees the properties it left out empty.
 *
 * <p>Use the built-ins of {@link Aggregators} where they fit, and implement this interface for a
 * figure they cannot express. A {@link Collector} converts both ways with {@link #asCollector()}
 * and {@link #from(Collector)}.
 *
 * <p>To travel between machines, an accumulator is encoded by the aggregator's {@link #codec()}:
 * every built-in states one (a grouping by a key function needs the key's codec, given to the
 * overloads that take one); a custom aggregator states its own by overriding {@link #codec()} or
 * through {@link #of(Supplier, BiFunction, BinaryOperator, Function, AccumulatorCodec)}. An
 * aggregator without a codec still runs anywhere its accumulators need not be encoded.
 *
 * @param <T> the input type, e.g. {@link io.hasila.model.Activity} or {@link
 *     io.hasila.model.AudienceSnapshot}; fixing it keeps snapshots out of activity counts
 * @param <A> the accumulator type, an implementation detail
 * @param <R> the immutable result type
 */
public interface Aggregator<T, A, R> {

  /** A new, empty accumulator: the identity of {@link #merge}. */
  A empty();

  /** Adds one input to the accumulator and returns the accumulator to continue with. */
  A add(A accumulator, T input);

  /** Merges two accumulators and returns the accumulator to continue with; neither argument may be reused. */
  A merge(A left, A right);

  /** The immutable result of an accumulator; the accumulator is not changed. */
  R result(A accumulator);

  /**
   * The described properties of an activity this aggregator reads: {@link Projection#all()} unless
   * it says less. Readers decode at least these when they aggregate into it.
   */
  default Projection reads() {
    return Projection.all();
  }

  /**
   * The same aggregator declaring that it reads only {@code projection}, e.g. {@code
   * Aggregator.of(...).reading(Projection.ofCommon(Activity.UNIT))}; the declaration is the
   * caller's promise. The codec stays the same.
   */
  default Aggregator<T, A, R> reading(Projection projection) {
    Objects.requireNonNull(projection, "projection");
    return new Forwarding<>(this, Function.identity(), projection);
  }

  /**
   * How the accumulators are encoded to travel between machines, if the aggregator states it; empty
   * unless overridden. A decoded accumulator must merge, take inputs and finish exactly like the
   * original (the law of {@link AccumulatorCodec}).
   */
  default Optional<AccumulatorCodec<A>> codec() {
    return Optional.empty();
  }

  /** Aggregates the inputs in iteration order, in the calling thread. */
  default R aggregate(Iterable<? extends T> inputs) {
    A accumulator = empty();
    for (T input : inputs) {
      accumulator = add(accumulator, input);
    }
    return result(accumulator);
  }

  /** Aggregates a stream, in parallel if the stream is parallel; the result is the same either way. */
  default R aggregate(Stream<? extends T> inputs) {
    return inputs.collect(asCollector());
  }

  /** This aggregator as a {@link Collector}, usable on sequential and parallel streams. */
  default Collector<T, ?, R> asCollector() {
    return toCollector(this);
  }

  /** An aggregator with the same accumulation, the same codec and the same {@link #reads()}, whose result is transformed by {@code finisher}. */
  default <R2> Aggregator<T, A, R2> map(Function<? super R, ? extends R2> finisher) {
    Objects.requireNonNull(finisher, "finisher");
    return new Forwarding<>(this, finisher, reads());
  }

  /**
   * An aggregator from four functions, for a custom figure without a class of its own.
   *
   * <p>The functions must obey the law stated on {@link Aggregator}; {@code add} and {@code merge}
   * may mutate and return their first argument.
   */
  static <T, A, R> Aggregator<T, A, R> of(
      Supplier<A> empty,
      BiFunction<A, ? super T, A> add,
      BinaryOperator<A> merge,
      Function<? super A, ? extends R> result) {
    return of0(empty, add, merge, result, null);
  }

  /**
   * An aggregator from four functions and the codec of its accumulators, so that it can run on a
   * distributed engine; see {@link #of(Supplier, BiFunction, BinaryOperator, Function)}.
   */
  static <T, A, R> Aggregator<T, A, R> of(
      Supplier<A> empty,
      BiFunction<A, ? super T, A> add,
      BinaryOperator<A> merge,
      Function<? super A, ? extends R> result,
      AccumulatorCodec<A> codec) {
    return of0(empty, add, merge, result, Objects.requireNonNull(codec, "codec"));
  }

  private static <T, A, R> Aggregator<T, A, R> of0(
      Supplier<A> empty,
      BiFunction<A, ? super T, A> add,
      BinaryOperator<A> merge,
      Function<? super A, ? extends R> result,
      AccumulatorCodec<A> codec) {
    Objects.requireNonNull(empty, "empty");
    Objects.requireNonNull(add, "add");
    Objects.requireNonNull(merge, "merge");
    Objects.requireNonNull(result, "result");
    Optional<AccumulatorCodec<A>> stated = Optional.ofNullable(codec);
    return new Aggregator<>() {
      @Override
      public Optional<AccumulatorCodec<A>> codec() {
        return stated;
      }

      @Override
      public A empty() {
        return empty.get();
      }

      @Override
      public A add(A accumulator, T input) {
        return add.apply(accumulator, input);
      }

      @Override
      public A merge(A left, A right) {
        return merge.apply(left, right);
      }

      @Override
      public R result(A accumulator) {
        return result.apply(accumulator);
      }
    };
  }

  /** An aggregator as a {@link Collector}; the collector's combiner is the aggregator's merge. */
  static <T, A, R> Collector<T, ?, R> toCollector(Aggregator<T, A, R> aggregator) {
    Objects.requireNonNull(aggregator, "aggregator");
    return Collector.<T, Holder<A>, R>of(
        () -> new Holder<>(aggregator.empty()),
        (holder, input) -> holder.value = aggregator.add(holder.value, input),
        (left, right) -> {
          left.value = aggregator.merge(left.value, right.value);
          return left;
        },
        holder -> aggregator.result(holder.value));
  }

  /**
   * A {@link Collector} as an aggregator.
   *
   * <p>The result obeys the aggregator law only if the collector's combiner does: merging two
   * partial containers must give what accumulating every element into one would. The JDK's
   * grouping, counting and summing collectors do; a collector that keeps the first element seen
   * or builds an ordered list does not (its result depends on the split). The collector's
   * characteristics are ignored.
   */
  static <T, A, R> Aggregator<T, A, R> from(Collector<T, A, R> collector) {
    Objects.requireNonNull(collector, "collector");
    boolean identityFinish = collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH);
    return new Aggregator<>() {
      @Override
      public A empty() {
        return collector.supplier().get();
      }

      @Override
      public A add(A accumulator, T input) {
        collector.accumulator().accept(accumulator, input);
        return accumulator;
      }

      @Override
      public A merge(A left, A right) {
        return collector.combiner().apply(left, right);
      }

      @Override
      @SuppressWarnings("unchecked")
      public R result(A accumulator) {
        return identityFinish ? (R) accumulator : collector.finisher().apply(accumulator);
      }
    };
  }
}
