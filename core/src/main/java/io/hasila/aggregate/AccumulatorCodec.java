package io.hasila.aggregate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How an {@link Aggregator}'s accumulator, or a value kept in one such as a key, is written to
 * bytes and read back: what lets partial results travel between machines (the shuffle of a
 * distributed engine such as Apache Beam) and be merged there.
 *
 * <p><b>The law:</b> an accumulator decoded from its encoding merges, takes further inputs and
 * finishes exactly like the original: {@code result(merge(decode(encode(a)), decode(encode(b))))}
 * equals {@code result(merge(a, b))}. The test kit's {@code AggregatorContract} checks it for every
 * aggregator that states a codec ({@link Aggregator#codec()}). A decoded accumulator is a new one,
 * as mutable as one from {@link Aggregator#empty()}.
 *
 * <p>{@link AccumulatorCodecs} has codecs for numbers, strings, every described value and record,
 * period buckets, sets and maps; a built-in aggregator states its own. Implementations are
 * stateless and thread safe.
 *
 * @param <V> the type of the values encoded: an accumulator, or a value held in one
 */
public interface AccumulatorCodec<V> {

  /**
   * Writes {@code value} to {@code out}.
   *
   * @throws IOException if {@code out} fails
   */
  void encode(V value, DataOutput out) throws IOException;

  /**
   * Reads back a value written by {@link #encode}.
   *
   * @throws IOException if {@code in} fails or ends before the value does
   */
  V decode(DataInput in) throws IOException;

  /**
   * The encoding of {@code value} as an array of bytes.
   *
   * @throws UncheckedIOException never in practice: writing to an array does not fail
   */
  default byte[] toBytes(V value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      encode(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * The value an array of bytes written by {@link #toBytes} encodes.
   *
   * @throws IllegalArgumentException if the bytes are not one whole encoded value
   */
  default V fromBytes(byte[] bytes) {
    ByteArrayInputStream buffer = new ByteArrayInputStream(bytes);
    V value;
    try {
      value = decode(new DataInputStream(buffer));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "AccumulatorCodec.bytes must be one encoded value but was: " + bytes.length + " bytes that do not decode (" + e + ")", e);
    }
    if (buffer.available() > 0) {
      throw new IllegalArgumentException(
          "AccumulatorCodec.bytes must be one encoded value but was: " + buffer.available() + " bytes left over of " + bytes.length);
    }
    return value;
  }
}
