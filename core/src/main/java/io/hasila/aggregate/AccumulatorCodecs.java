package io.hasila.aggregate;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.Platform;
import io.hasila.model.RecordType;
import io.hasila.model.Term;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The built-in {@link AccumulatorCodec}s: numbers, strings, every value and record the model
 * describes, activities of any type, period buckets, accounts, and sets and maps of those.
 *
 * <p>They back the codecs of the built-in aggregators, and a custom aggregator states its own with
 * them, e.g. {@code setsOf(strings())} for a set of ids, or keys of {@code groupingBy(key,
 * values(Activity.UNIT.type()), downstream)}. Encodings are compact and binary: numbers are
 * variable-length, records carry no property names (their {@link RecordType description} gives the
 * order), so an encoding is that of one version of the model. A record decodes equal to the
 * original; the values of a set-valued property (themes, counterparts) come back in the order of
 * their encodings, the same whatever order they were added in.
 *
 * <p><b>Codes.</b> Without {@link Vocabularies}, a code is self-contained: it is written with its
 * labels unless they are the well-known term's, so a declared code survives without any
 * declaration where it is decoded. With {@code Vocabularies} ({@link #records(RecordType,
 * Vocabularies)}, {@link #activities(Vocabularies)}), a code is written alone and resolved against
 * them on decoding, which is smaller and deterministic (equal records always give equal bytes, as a
 * distributed engine's keys need); encoding a code they do not hold fails. Every codec here is
 * stateless and thread safe, and decodes to new, mutable containers ({@code HashSet}, {@code
 * HashMap}).
 */
public final class AccumulatorCodecs {
  private static final AccumulatorCodec<Long> LONGS =
      new AccumulatorCodec<>() {
        @Override
        public void encode(Long value, DataOutput out) throws IOException {
          Described.writeSigned(out, value);
        }

        @Override
        public Long decode(DataInput in) throws IOException {
          return Described.readSigned(in);
        }
      };

  private static final AccumulatorCodec<String> STRINGS =
      new AccumulatorCodec<>() {
        @Override
        public void encode(String value, DataOutput out) throws IOException {
          Described.writeString(out, value);
        }

        @Override
        public String decode(DataInput in) throws IOException {
          return Described.readString(in);
        }
      };

  private AccumulatorCodecs() {}

  /** Whole numbers, variable-length: small ones take one byte. */
  public static AccumulatorCodec<Long> longs() {
    return LONGS;
  }

  /** Strings, as UTF-8 with their length. */
  public static AccumulatorCodec<String> strings() {
    return STRINGS;
  }

  /**
   * The values of a described type — the values of a {@link io.hasila.model.Property} ({@code
   * values(Tweet.PLATFORM.type())}) or of a property path ({@code path.valueType()}): texts,
   * numbers, dates, date-times, URIs, self-contained codes and nested records.
   */
  public static <V> AccumulatorCodec<V> values(ValueType<V> type) {
    Objects.requireNonNull(type, "type");
    return described(type.javaType(), Described.of(type, null));
  }

  /** The terms of a vocabulary, self-contained (a declared term's labels travel with its code). */
  public static <T extends Term> AccumulatorCodec<T> terms(Vocabulary<T> vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    return described(vocabulary.termType(), Described.term(vocabulary, null));
  }

  /** Records of a described type (an activity type, the audience snapshot, a nested record), with self-contained codes. */
  public static <R> AccumulatorCodec<R> records(RecordType<R> type) {
    Objects.requireNonNull(type, "type");
    return described(type.javaType(), Described.record(type, null));
  }

  /**
   * Records of a described type with their codes written alone and resolved against {@code
   * vocabularies} on decoding: compact and deterministic. Encoding a record whose code {@code
   * vocabularies} do not hold fails with an {@link IllegalArgumentException} naming it.
   */
  public static <R> AccumulatorCodec<R> records(RecordType<R> type, Vocabularies vocabularies) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(vocabularies, "vocabularies");
    return described(type.javaType(), Described.record(type, vocabularies));
  }

  /** Activities of every type: the type, then the record; codes self-contained. */
  public static AccumulatorCodec<Activity> activities() {
    return new Activities(null);
  }

  /**
   * Activities of every type with their codes written alone and resolved against {@code
   * vocabularies} on decoding: compact and deterministic, see {@link #records(RecordType,
   * Vocabularies)}.
   */
  public static AccumulatorCodec<Activity> activities(Vocabularies vocabularies) {
    return new Activities(Objects.requireNonNull(vocabularies, "vocabularies"));
  }

  /** Activity types, by their place in {@link ActivityType#all()}. */
  public static AccumulatorCodec<ActivityType<?>> activityTypes() {
    return ActivityTypes.CODEC;
  }

  /** Period buckets: the granularity and the first day. */
  public static AccumulatorCodec<PeriodBucket> periodBuckets() {
    return PeriodBuckets.CODEC;
  }

  /** Accounts: the platform, self-contained, and the name. */
  public static AccumulatorCodec<Account> accounts() {
    return Accounts.CODEC;
  }

  /** Sets of elements encoded by {@code elements}, decoded into a new {@code HashSet}. */
  public static <E> AccumulatorCodec<Set<E>> setsOf(AccumulatorCodec<E> elements) {
    Objects.requireNonNull(elements, "elements");
    return new AccumulatorCodec<>() {
      @Override
      public void encode(Set<E> value, DataOutput out) throws IOException {
        Described.writeVarLong(out, value.size());
        for (E e : value) {
          elements.encode(e, out);
        }
      }

      @Override
      public Set<E> decode(DataInput in) throws IOException {
        int n = Described.readCount(in);
        Set<E> set = new HashSet<>(Math.min(n, 1 << 16) * 2);
        for (int i = 0; i < n; i++) {
          set.add(elements.decode(in));
        }
        return set;
      }
    };
  }

  /** Maps whose keys and values are encoded by {@code keys} and {@code values}, decoded into a new {@code HashMap}. */
  public static <K, V> AccumulatorCodec<Map<K, V>> mapsOf(AccumulatorCodec<K> keys, AccumulatorCodec<V> values) {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(values, "values");
    return new AccumulatorCodec<>() {
      @Override
      public void encode(Map<K, V> value, DataOutput out) throws IOException {
        Described.writeVarLong(out, value.size());
        for (Map.Entry<K, V> e : value.entrySet()) {
          keys.encode(e.getKey(), out);
          values.encode(e.getValue(), out);
        }
      }

      @Override
      public Map<K, V> decode(DataInput in) throws IOException {
        int n = Described.readCount(in);
        Map<K, V> map = new HashMap<>(Math.min(n, 1 << 16) * 2);
        for (int i = 0; i < n; i++) {
          K k = keys.decode(in);
          map.put(k, values.decode(in));
        }
        return map;
      }
    };
  }

  private static <V> AccumulatorCodec<V> described(Class<V> type, Described.Encoding encoding) {
    return new AccumulatorCodec<>() {
      @Override
      public void encode(V value, DataOutput out) throws IOException {
        encoding.write(Objects.requireNonNull(value, "value"), out);
      }

      @Override
      public V decode(DataInput in) throws IOException {
        return type.cast(encoding.read(in));
      }
    };
  }

  /** Activities: the index of the type in {@link ActivityType#all()}, then the record. */
  private static final class Activities implements AccumulatorCodec<Activity> {
    private final List<ActivityType<?>> types = ActivityType.all();
    private final Map<ActivityType<?>, Integer> index = new IdentityHashMap<>();
    private final Described.Encoding[] records;

    Activities(Vocabularies vocabularies) {
      records = new Described.Encoding[types.size()];
      for (int i = 0; i < records.length; i++) {
        index.put(types.get(i), i);
        records[i] = Described.record(types.get(i), vocabularies);
      }
    }

    @Override
    public void encode(Activity value, DataOutput out) throws IOException {
      int i = index.get(value.type());
      Described.writeVarLong(out, i);
      records[i].write(value, out);
    }

    @Override
    public Activity decode(DataInput in) throws IOException {
      int i = Described.readCount(in);
      if (i >= records.length) {
        throw new IOException("malformed activity: type number " + i + " of " + records.length);
      }
      return (Activity) records[i].read(in);
    }
  }

  private static final class ActivityTypes {
    static final AccumulatorCodec<ActivityType<?>> CODEC =
        new AccumulatorCodec<>() {
          @Override
          public void encode(ActivityType<?> value, DataOutput out) throws IOException {
            Described.writeVarLong(out, ActivityType.all().indexOf(value));
          }

          @Override
          public ActivityType<?> decode(DataInput in) throws IOException {
            int i = Described.readCount(in);
            if (i >= ActivityType.all().size()) {
              throw new IOException("malformed activity type: number " + i + " of " + ActivityType.all().size());
            }
            return ActivityType.all().get(i);
          }
        };
  }

  private static final class PeriodBuckets {
    static final AccumulatorCodec<PeriodBucket> CODEC =
        new AccumulatorCodec<>() {
          @Override
          public void encode(PeriodBucket value, DataOutput out) throws IOException {
            Described.writeVarLong(out, value.granularity().ordinal());
            Described.writeSigned(out, value.start().toEpochDay());
          }

          @Override
          public PeriodBucket decode(DataInput in) throws IOException {
            int g = Described.readCount(in);
            Granularity[] all = Granularity.values();
            if (g >= all.length) {
              throw new IOException("malformed period: granularity number " + g + " of " + all.length);
            }
            try {
              return PeriodBucket.containing(all[g], LocalDate.ofEpochDay(Described.readSigned(in)));
            } catch (RuntimeException e) {
              throw new IOException("malformed period: " + e.getMessage(), e);
            }
          }
        };
  }

  private static final class Accounts {
    static final AccumulatorCodec<Account> CODEC =
        new AccumulatorCodec<>() {
          private final AccumulatorCodec<Platform> platforms = terms(Platform.VOCABULARY);

          @Override
          public void encode(Account value, DataOutput out) throws IOException {
            platforms.encode(value.platform(), out);
            Described.writeString(out, value.name());
          }

          @Override
          public Account decode(DataInput in) throws IOException {
            Platform platform = platforms.decode(in);
            try {
              return Account.of(platform, Described.readString(in));
            } catch (IllegalArgumentException e) {
              throw new IOException("malformed account: " + e.getMessage(), e);
            }
          }
        };
  }
}
