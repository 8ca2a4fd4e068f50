package io.hasila.beam;

import io.hasila.aggregate.AccumulatorCodec;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A Beam coder that writes values with an {@link AccumulatorCodec}, made on each machine from a
 * serializable recipe. The codec's encoding is self-delimiting, so the coder is the same in nested
 * and outer contexts. Coders with equal names and recipes' keys are equal.
 */
final class CodecCoder<V> extends CustomCoder<V> {
  private static final long serialVersionUID = 1L;

  /** Makes the codec on the machine that uses it. */
  @FunctionalInterface
  interface Recipe<V> extends Serializable {
    AccumulatorCodec<V> codec();
  }

  private final String name;
  private final Object key;
  private final Recipe<V> recipe;
  private final boolean deterministic;
  private transient AccumulatorCodec<V> codec;

  CodecCoder(String name, Object key, Recipe<V> recipe, boolean deterministic) {
    this.name = name;
    this.key = key;
    this.recipe = recipe;
    this.deterministic = deterministic;
  }

  private AccumulatorCodec<V> codec() {
    AccumulatorCodec<V> c = codec;
    if (c == null) {
      c = recipe.codec();
      codec = c;
    }
    return c;
  }

  @Override
  public void encode(V value, OutputStream out) throws IOException {
    Objects.requireNonNull(value, name + " cannot encode null");
    DataOutputStream data = new DataOutputStream(out);
    codec().encode(value, data);
    data.flush();
  }

  @Override
  public V decode(InputStream in) throws IOException {
    return codec().decode(new DataInputStream(in));
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    if (!deterministic) {
      throw new NonDeterministicException(this, name + " writes codes with their labels, whose order is not fixed: give the coder the vocabularies");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CodecCoder && ((CodecCoder<?>) other).name.equals(name) && Objects.equals(((CodecCoder<?>) other).key, key);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Objects.hashCode(key);
  }

  @Override
  public String toString() {
    return name;
  }
}
