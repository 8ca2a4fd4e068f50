package io.hasila.aggregate;

import io.hasila.model.Labels;
import io.hasila.model.Property;
import io.hasila.model.RecordBuilder;
import io.hasila.model.RecordType;
import io.hasila.model.Term;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The binary encoding of described values, derived from the model's descriptions: every {@link
 * ValueType} kind, and records property by property in the order of their {@link RecordType}.
 *
 * <p>Numbers are variable-length (zig-zag), texts UTF-8 with their length, dates their epoch day,
 * date-times their local date-time, offset and zone. A record writes its properties in order with
 * no name: a value for one with one value, a presence byte then the value for an optional one, a
 * count then the values for a many-valued one (sorted by their encodings when they are a set, so
 * that equal records encode to the same bytes). A code is either self-contained (its code, then
 * its labels unless they are those of the well-known term) or, when {@code vocabularies} are given,
 * its code alone, resolved against them on decoding. Not public API of the package.
 */
final class Described {
  private Described() {}

  /** Writes and reads the values of one type. */
  interface Encoding {
    void write(Object value, DataOutput out) throws IOException;

    Object read(DataInput in) throws IOException;
  }

  /** The encoding of the values of {@code type}; codes resolved against {@code vocabularies}, or self-contained if null. */
  static Encoding of(ValueType<?> type, Vocabularies vocabularies) {
    switch (type.kind()) {
      case TEXT:
      case LANGUAGE:
        return STRING;
      case BOOLEAN:
        return BOOLEAN;
      case INTEGER:
        return INTEGER;
      case LONG:
        return LONG;
      case DATE:
        return DATE;
      case DATE_TIME:
        return DATE_TIME;
      case URI:
        return URI_VALUE;
      case CODE:
        return term(type.vocabulary().orElseThrow(), vocabularies);
      case RECORD:
      default:
        return record(type.recordType().orElseThrow(), vocabularies);
    }
  }

  /** The encoding of records of {@code type}. */
  static <R> Encoding record(RecordType<R> type, Vocabularies vocabularies) {
    return new RecordEncoding<>(type, vocabularies);
  }

  /** The encoding of the terms of {@code vocabulary}. */
  static Encoding term(Vocabulary<?> vocabulary, Vocabularies vocabularies) {
    return vocabularies == null ? new SelfContainedTerm(vocabulary) : new ResolvedTerm(vocabulary, vocabularies);
  }

  // ---------------------------------------------------------------- primitives

  static void writeVarLong(DataOutput out, long value) throws IOException {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  static long readVarLong(DataInput in) throws IOException {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = in.readByte();
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new IOException("malformed variable-length number: more than 10 bytes");
  }

  static void writeSigned(DataOutput out, long value) throws IOException {
    writeVarLong(out, (value << 1) ^ (value >> 63));
  }

  static long readSigned(DataInput in) throws IOException {
    long n = readVarLong(in);
    return (n >>> 1) ^ -(n & 1);
  }

  /** A count of elements read back: not negative, and at most what fits an array. */
  static int readCount(DataInput in) throws IOException {
    long n = readVarLong(in);
    if (n < 0 || n > Integer.MAX_VALUE - 8) {
      throw new IOException("malformed count of elements: " + n);
    }
    return (int) n;
  }

  static void writeString(DataOutput out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeVarLong(out, bytes.length);
    out.write(bytes);
  }

  static String readString(DataInput in) throws IOException {
    byte[] bytes = new byte[readCount(in)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static final Encoding STRING =
      new Encoding() {
        @Override
        public void write(Object value, DataOutput out) throws IOException {
          writeString(out, (String) value);
        }

        @Override
        public Object read(DataInput in) throws IOException {
          return readString(in);
        }
      };

  private static final Encoding BOOLEAN =
      new Encoding() {
        @Override
        public void write(Object value, DataOutput out) throws IOException {
          out.writeBoolean((Boolean) value);
        }

        @Override
        public Object read(DataInput in) throws IOException {
          return in.readBoolean();
        }
      };

  private static final Encoding INTEGER =
      new Encoding() {
        @Override
        public void write(Object value, DataOutput out) throws IOException {
          writeSigned(out, (Integer) value);
        }

        @Override
        public Object read(DataInput in) throws IOException {
          return Math.toIntExact(readSigned(in));
        }
      };

  private static final Encoding LONG =
      new Encoding() {
        @Override
        public void write(Object value, DataOutput out) throws IOException {
          writeSigned(out, (Long) value);
        }

        @Override
        public Object read(DataInput in) throws IOException {
          return readSigned(in);
        }
      };

  private static final Encoding DATE =
      new Encoding() {
        @Override
        public void write(Object value, DataOutput out) throws IOException {
          writeSigned(out, ((LocalDate) value).toEpochDay());
        }

        @Override
        public Object read(DataInput in) throws IOException {
          try {
            return LocalDate.ofEpochDay(readSigned(in));
          } catch (DateTimeException e) {
            throw new IOException("malformed date: " + e.getMessage(), e);
          }
        }
      };

  private static final Encoding DATE_TIME =
      new Encoding() {
        @Override
        public void write(Object value, DataOutput out) throws IOException {
          ZonedDateTime t = (ZonedDateTime) value;
          LocalDateTime local = t.toLocalDateTime();
          writeSigned(out, local.toLocalDate().toEpochDay());
          writeVarLong(out, local.toLocalTime().toNanoOfDay());
          writeSigned(out, t.getOffset().getTotalSeconds());
          if (t.getZone() instanceof ZoneOffset) {
            out.writeBoolean(false);
          } else {
            out.writeBoolean(true);
            writeString(out, t.getZone().getId());
          }
        }

        @Override
        public Object read(DataInput in) throws IOException {
          try {
            LocalDate day = LocalDate.ofEpochDay(readSigned(in));
            LocalTime time = LocalTime.ofNanoOfDay(readVarLong(in));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(Math.toIntExact(readSigned(in)));
            ZoneId zone = in.readBoolean() ? ZoneId.of(readString(in)) : offset;
            return ZonedDateTime.ofStrict(LocalDateTime.of(day, time), offset, zone);
          } catch (DateTimeException | ArithmeticException e) {
            throw new IOException("malformed date-time: " + e.getMessage(), e);
          }
        }
      };

  private static final Encoding URI_VALUE =
      new Encoding() {
        @Override
        public void write(Object value, DataOutput out) throws IOException {
          writeString(out, value.toString());
        }

        @Override
        public Object read(DataInput in) throws IOException {
          String text = readString(in);
          try {
            return new URI(text);
          } catch (URISyntaxException e) {
            throw new IOException("malformed URI: " + e.getMessage(), e);
          }
        }
      };

  // ---------------------------------------------------------------- codes

  /** A code with its labels, unless they are the well-known term's: decodes without any vocabulary declared. */
  private static final class SelfContainedTerm implements Encoding {
    private final Vocabulary<?> vocabulary;

    SelfContainedTerm(Vocabulary<?> vocabulary) {
      this.vocabulary = vocabulary;
    }

    @Override
    public void write(Object value, DataOutput out) throws IOException {
      Term t = vocabulary.termType().cast(value);
      writeString(out, t.code());
      boolean wellKnown = vocabulary.wellKnown(t.code()).map(w -> w.labels().equals(t.labels())).orElse(false);
      out.writeBoolean(!wellKnown);
      if (!wellKnown) {
        writeString(out, t.labels().ar());
        writeString(out, t.labels().fr());
        writeString(out, t.labels().en());
      }
    }

    @Override
    public Object read(DataInput in) throws IOException {
      String code = readString(in);
      if (!in.readBoolean()) {
        return vocabulary.wellKnown(code)
            .orElseThrow(() -> new IOException("malformed " + vocabulary.name() + ": " + code + " is not a well-known code"));
      }
      Labels labels = Labels.of(readString(in), readString(in), readString(in));
      try {
        return vocabulary.term(code, labels);
      } catch (IllegalArgumentException e) {
        throw new IOException("malformed " + vocabulary.name() + ": " + e.getMessage(), e);
      }
    }
  }

  /** A code alone, resolved against vocabularies on decoding: compact, and equal terms encode alike. */
  private static final class ResolvedTerm implements Encoding {
    private final Vocabulary<?> vocabulary;
    private final Vocabularies vocabularies;

    ResolvedTerm(Vocabulary<?> vocabulary, Vocabularies vocabularies) {
      this.vocabulary = vocabulary;
      this.vocabularies = vocabularies;
    }

    @Override
    public void write(Object value, DataOutput out) throws IOException {
      Term t = vocabulary.termType().cast(value);
      if (vocabularies.find(vocabulary, t.code()).isEmpty()) {
        throw new IllegalArgumentException(
            "AccumulatorCodecs.vocabularies must declare every code encoded but was: without the "
                + vocabulary.name() + " " + t.code() + " (declare it with Vocabularies.with where the codec is made)");
      }
      writeString(out, t.code());
    }

    @Override
    public Object read(DataInput in) throws IOException {
      String code = readString(in);
      return vocabularies.find(vocabulary, code)
          .orElseThrow(
              () -> new IOException(
                  "the " + vocabulary.name() + " " + code + " is not declared in the vocabularies of the decoding codec"));
    }
  }

  // ---------------------------------------------------------------- records

  /** A record's properties in the order of its description, without names. */
  private static final class RecordEncoding<R> implements Encoding {
    private final RecordType<R> type;
    private final List<Property<? super R, ?>> properties;
    private final Encoding[] values;

    RecordEncoding(RecordType<R> type, Vocabularies vocabularies) {
      this.type = type;
      this.properties = type.properties();
      this.values = new Encoding[properties.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = of(properties.get(i).type(), vocabularies);
      }
    }

    @Override
    public void write(Object value, DataOutput out) throws IOException {
      R record = type.javaType().cast(value);
      for (int i = 0; i < values.length; i++) {
        Property<? super R, ?> p = properties.get(i);
        switch (p.cardinality()) {
          case ONE:
            values[i].write(p.value(record).orElseThrow(), out);
            break;
          case OPTIONAL:
            Object v = p.value(record).orElse(null);
            out.writeBoolean(v != null);
            if (v != null) {
              values[i].write(v, out);
            }
            break;
          case MANY:
          default:
            writeMany(p.values(record), p.ordered(), values[i], out);
        }
      }
    }

    @Override
    public Object read(DataInput in) throws IOException {
      RecordBuilder<R> b = type.builder();
      for (int i = 0; i < values.length; i++) {
        Property<? super R, ?> p = properties.get(i);
        switch (p.cardinality()) {
          case ONE:
            set(b, p, values[i].read(in));
            break;
          case OPTIONAL:
            if (in.readBoolean()) {
              set(b, p, values[i].read(in));
            }
            break;
          case MANY:
          default:
            int n = readCount(in);
            for (int k = 0; k < n; k++) {
              set(b, p, values[i].read(in));
            }
        }
      }
      try {
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IOException("malformed " + type.code() + ": " + e.getMessage(), e);
      }
    }

    @SuppressWarnings("unchecked")
    private static <R, V> void set(RecordBuilder<R> b, Property<? super R, V> p, Object value) {
      b.set(p, (V) value);
    }
  }

  /** Writes a count then the values: in order for a list, sorted by their encodings for a set. */
  static void writeMany(List<?> values, boolean ordered, Encoding encoding, DataOutput out) throws IOException {
    writeVarLong(out, values.size());
    if (ordered || values.size() < 2) {
      for (Object v : values) {
        encoding.write(v, out);
      }
      return;
    }
    List<byte[]> encoded = new ArrayList<>(values.size());
    for (Object v : values) {
      encoded.add(bytes(encoding, v));
    }
    encoded.sort(Arrays::compareUnsigned);
    for (byte[] e : encoded) {
      out.write(e);
    }
  }

  static byte[] bytes(Encoding encoding, Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      encoding.write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }
}
