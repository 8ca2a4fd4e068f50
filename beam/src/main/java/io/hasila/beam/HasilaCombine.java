package io.hasila.beam;

import io.hasila.aggregate.AccumulatorCodec;
import io.hasila.aggregate.Aggregator;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Hasila's {@link Aggregator}s as Beam {@code CombineFn}s, globally or per key, with a real coder
 * for their accumulators: the one the aggregator's {@link Aggregator#codec() codec} states.
 *
 * <p>An aggregator travels as the serializable recipe that makes it ({@link AggregatorRecipe}, a
 * lambda such as {@code () -> Aggregators.count()}), made again on each machine. An aggregator
 * without a codec is refused when the transform is built: Hasila does not fall back to Java
 * serialization, whose bytes are neither compact nor stable; state a codec by overriding {@link
 * Aggregator#codec()} or with {@link Aggregator#of(java.util.function.Supplier,
 * java.util.function.BiFunction, java.util.function.BinaryOperator, java.util.function.Function,
 * AccumulatorCodec)}. When Beam cannot infer the coder of the result from its type, set it on the
 * output with {@code setCoder}.
 */
public final class HasilaCombine {
  private HasilaCombine() {}

  /** Makes an aggregator on the machine that runs it: a serializable lambda or class. */
  @FunctionalInterface
  public interface AggregatorRecipe<T, R> extends Serializable {
    /** A new aggregator; called once per machine and per transform. */
    Aggregator<T, ?, R> aggregator();
  }

  /**
   * The aggregator the recipe makes as a {@code CombineFn}.
   *
   * @throws IllegalArgumentException if the aggregator states no codec
   */
  public static <T, R> AggregatorFn<T, R> fn(AggregatorRecipe<T, R> recipe) {
    return new AggregatorFn<>(recipe, false);
  }

  /**
   * Aggregates a whole {@code PCollection} into one result.
   *
   * @throws IllegalArgumentException if the aggregator states no codec
   */
  public static <T, R> Combine.Globally<T, R> globally(AggregatorRecipe<T, R> recipe) {
    return Combine.globally(fn(recipe));
  }

  /**
   * Aggregates the values of each key of a {@code PCollection<KV<K, T>>} into one result per key.
   *
   * @throws IllegalArgumentException if the aggregator states no codec
   */
  public static <K, T, R> Combine.PerKey<K, T, R> perKey(AggregatorRecipe<T, R> recipe) {
    return Combine.perKey(fn(recipe));
  }

  /**
   * Like {@link #fn}, but its output is the accumulator itself, encoded by its codec, for a result
   * made later (with a side input); bytes, so that the default value of an empty input travels too.
   */
  static <T> AggregatorFn<T, byte[]> accumulating(AggregatorRecipe<T, ?> recipe) {
    @SuppressWarnings("unchecked")
    AggregatorRecipe<T, byte[]> r = (AggregatorRecipe<T, byte[]>) recipe;
    return new AggregatorFn<>(r, true);
  }

  /** The accumulator an {@link #accumulating} function put out. */
  static Object accumulator(AggregatorRecipe<?, ?> recipe, byte[] bytes) {
    return codecOf(recipe.aggregator()).fromBytes(bytes);
  }

  /** The coder of the accumulators of the aggregator a recipe makes. */
  static Coder<Object> accumulatorCoder(AggregatorRecipe<?, ?> recipe) {
    codecOf(recipe.aggregator());
    return new CodecCoder<>("HasilaCombine.accumulators", recipe, () -> codecOf(recipe.aggregator()), false);
  }

  @SuppressWarnings("unchecked")
  private static AccumulatorCodec<Object> codecOf(Aggregator<?, ?, ?> aggregator) {
    return (AccumulatorCodec<Object>)
        aggregator
            .codec()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "HasilaCombine.aggregator must state an AccumulatorCodec (override Aggregator.codec() or make it with"
                            + " Aggregator.of(..., codec)) to run on Beam but was: "
                            + aggregator
                            + ", which states none"));
  }

  /**
   * A Hasila aggregator as a Beam {@code CombineFn}: accumulators are the aggregator's, encoded by
   * its codec.
   *
   * @param <T> the input type
   * @param <R> the result type
   */
  public static final class AggregatorFn<T, R> extends Combine.CombineFn<T, Object, R> {
    private static final long serialVersionUID = 1L;

    private final AggregatorRecipe<T, R> recipe;
    private final boolean accumulatorOut;
    private transient Aggregator<T, Object, R> aggregator;
    private transient AccumulatorCodec<Object> codec;

    AggregatorFn(AggregatorRecipe<T, R> recipe, boolean accumulatorOut) {
      this.recipe = recipe;
      this.accumulatorOut = accumulatorOut;
      codecOf(recipe.aggregator());
    }

    @SuppressWarnings("unchecked")
    private Aggregator<T, Object, R> aggregator() {
      Aggregator<T, Object, R> a = aggregator;
      if (a == null) {
        a = (Aggregator<T, Object, R>) recipe.aggregator();
        aggregator = a;
      }
      return a;
    }

    /** A new, empty accumulator. */
    @Override
    public Object createAccumulator() {
      return aggregator().empty();
    }

    /** Adds one input. */
    @Override
    public Object addInput(Object accumulator, T input) {
      return aggregator().add(accumulator, input);
    }

    /** Merges accumulators in the order given. */
    @Override
    public Object mergeAccumulators(Iterable<Object> accumulators) {
      Iterator<Object> it = accumulators.iterator();
      if (!it.hasNext()) {
        return createAccumulator();
      }
      Object total = it.next();
      while (it.hasNext()) {
        total = aggregator().merge(total, it.next());
      }
      return total;
    }

    /** The aggregator's result (or the accumulator's encoding, for a result made later). */
    @Override
    @SuppressWarnings("unchecked")
    public R extractOutput(Object accumulator) {
      return accumulatorOut ? (R) codec().toBytes(accumulator) : aggregator().result(accumulator);
    }

    private AccumulatorCodec<Object> codec() {
      AccumulatorCodec<Object> c = codec;
      if (c == null) {
        c = codecOf(aggregator());
        codec = c;
      }
      return c;
    }

    /** The coder the aggregator's codec makes. */
    @Override
    public Coder<Object> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder) {
      return accumulatorCoder(recipe);
    }

    /**
     * Bytes when the output is the accumulator's encoding; otherwise what Beam infers.
     *
     * @throws org.apache.beam.sdk.coders.CannotProvideCoderException if Beam cannot infer a coder for the result type
     */
    @Override
    @SuppressWarnings("unchecked")
    public Coder<R> getDefaultOutputCoder(CoderRegistry registry, Coder<T> inputCoder)
        throws org.apache.beam.sdk.coders.CannotProvideCoderException {
      return accumulatorOut ? (Coder<R>) ByteArrayCoder.of() : super.getDefaultOutputCoder(registry, inputCoder);
    }
  }
}
