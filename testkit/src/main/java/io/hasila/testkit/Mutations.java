package io.hasila.testkit;

import io.hasila.model.Property;
import io.hasila.model.RecordBuilder;
import io.hasila.model.RecordType;
import io.hasila.model.ValueType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * Seeded mutations of byte inputs: what the build feeds the readers between fuzzing runs. Not
 * coverage-guided (that is the fuzzer's job, in the {@code fuzz} profile): each input is a seed
 * of the committed corpus changed a few times at random, with the bytes and tokens that break
 * readers (quotes, delimiters, line breaks, braces, escapes, byte order marks, bytes that are not
 * UTF-8, lone surrogate escapes, long runs). The same seed gives the same inputs. Not thread safe.
 */
public final class Mutations {
  private static final byte[][] TOKENS = tokens(
      "\"", ",", ";", "\n", "\r", "\r\n", "{", "}", "[", "]", ":", "\\", "\\u", "\\uD800", "\\uDC00", "\\uD83D\\uDE00", "'", "=",
      "|", "-", "+", "@", "\t", " ", "0", "9", "-1", "99999999999999999999", "1e400", "null", "true", "\"\"", "\",\"", "\";\"",
      "T", "Z", "+10000-01-01", "2020-02-30", "[Africa/Casablanca]", "\"type\":", "\"id\":", "\"date\":", "type,id,date",
      "é", "ال", "\uD83D\uDE00");

  private static final byte[][] BYTES = {
    {(byte) 0xE9}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC3}, {(byte) 0x80}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
  };

  private final List<byte[]> seeds;
  private final Random random;
  private final int maxLength;

  /**
   * Mutations of {@code seeds}, drawn from {@code seed}, each at most {@code maxLength} bytes.
   *
   * @throws IllegalArgumentException if {@code seeds} is empty
   */
  public Mutations(List<byte[]> seeds, long seed, int maxLength) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("Mutations.seeds must not be empty");
    }
    this.seeds = List.copyOf(Objects.requireNonNull(seeds, "seeds"));
    this.random = new Random(seed);
    this.maxLength = maxLength;
  }

  /** The next input: a seed changed one to eight times. */
  public byte[] next() {
    byte[] b = seeds.get(random.nextInt(seeds.size()));
    for (int n = 1 + random.nextInt(8); n > 0; n--) {
      b = mutate(b);
    }
    return b.length > maxLength ? java.util.Arrays.copyOf(b, maxLength) : b;
  }

  private byte[] mutate(byte[] b) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 16);
    switch (random.nextInt(10)) {
      case 0: // flip a bit
        if (b.length == 0) {
          return b;
        }
        byte[] flipped = b.clone();
        int i = random.nextInt(b.length);
        flipped[i] ^= (byte) (1 << random.nextInt(8));
        return flipped;
      case 1: // insert a token
      case 2:
        out.write(b, 0, at);
        out.writeBytes(TOKENS[random.nextInt(TOKENS.length)]);
        out.write(b, at, b.length - at);
        return out.toByteArray();
      case 3: // replace a few bytes with a token
        int end = Math.min(b.length, at + random.nextInt(4));
        out.write(b, 0, at);
        out.writeBytes(TOKENS[random.nextInt(TOKENS.length)]);
        out.write(b, end, b.length - end);
        return out.toByteArray();
      case 4: // insert bytes that are not UTF-8, or a byte order mark
        out.write(b, 0, at);
        out.writeBytes(BYTES[random.nextInt(BYTES.length)]);
        out.write(b, at, b.length - at);
        return out.toByteArray();
      case 5: // delete a range
        int cut = Math.min(b.length - at, random.nextInt(32));
        out.write(b, 0, at);
        out.write(b, at + cut, b.length - at - cut);
        return out.toByteArray();
      case 6: // repeat a range
        int len = Math.min(b.length - at, 1 + random.nextInt(64));
        out.write(b, 0, at + len);
        for (int k = 1 + random.nextInt(random.nextInt(10) == 0 ? 2_000 : 4); k > 0 && out.size() < maxLength; k--) {
          out.write(b, at, len);
        }
        out.write(b, at + len, b.length - at - len);
        return out.toByteArray();
      case 7: // splice with another seed
        byte[] other = seeds.get(random.nextInt(seeds.size()));
        int from = other.length == 0 ? 0 : random.nextInt(other.length);
        out.write(b, 0, at);
        out.write(other, from, Math.min(other.length - from, 1 + random.nextInt(256)));
        return out.toByteArray();
      case 8: // truncate
        return java.util.Arrays.copyOf(b, at);
      default: // a random byte
        out.write(b, 0, at);
        out.write(random.nextInt(256));
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }
  }

  /**
   * A copy of {@code record} whose single-valued text properties hold what {@code text} gives for
   * them (null keeps a value): how a round-trip fuzz test puts arbitrary text into valid records.
   * The model may refuse the result, as it refuses a blank id.
   */
  public static <R> R withTexts(RecordType<R> type, R record, Function<Property<? super R, ?>, String> text) {
    RecordBuilder<R> builder = type.builder().from(record);
    for (Property<? super R, ?> p : type.properties()) {
      if (p.type().kind() == ValueType.Kind.TEXT && p.cardinality() != Property.Cardinality.MANY) {
        String value = text.apply(p);
        if (value != null) {
          setText(builder, p, value);
        }
      }
    }
    return builder.build();
  }

  @SuppressWarnings("unchecked")
  private static <R> void setText(RecordBuilder<R> builder, Property<? super R, ?> p, String value) {
    builder.set((Property<? super R, String>) p, value);
  }

  private static byte[][] tokens(String... tokens) {
    byte[][] bytes = new byte[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      bytes[i] = tokens[i].getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }
}
