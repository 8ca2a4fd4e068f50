package io.hasila.aggregate;

import com.google.common.collect.ImmutableMap;
import io.hasila.internal.Checks;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.ValueType;
import io.hasila.model.Institution;
import io.hasila.model.Projection;
import io.hasila.model.Property;
import io.hasila.model.PropertyPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/**
 * The built-in {@link Aggregator}s: counts, counts by key and by period, exact and approximate
 * distinct counts, sums, filtering, grouping, top-N and latest audience snapshots.
 *
 * <p>Compose them instead of writing a class: {@code groupingBy(Activity::unit,
 * filtering(a -> a.hasTheme(Theme.HEALTH_EMERGENCY), count()))} counts health-emergency activities
 * per unit, and {@code countBy(Tweet.TYPE, Tweet.PLATFORM)} counts posts per platform: any
 * described property groups without a method of its own. Every aggregator returned here obeys the merge law, is stateless and thread safe, and
 * returns immutable results. Memory grows with the number of distinct keys, never with the number
 * of inputs, except for the exact distinct counts, which keep every id (use {@link
 * #approximateDistinct} for very large inputs).
 *
 * <p>Every aggregator returned here states the {@link Aggregator#codec() codec} of its
 * accumulators, so it runs on a distributed engine, except those grouped by a key function whose
 * keys Hasila cannot know how to encode: {@link #countBy(Function)}, {@link #countByEach}, {@link
 * #topN(int, Function)} and {@link #groupingBy(Function, Aggregator)} have overloads that take the
 * keys' codec (from {@link AccumulatorCodecs}), and the compositions ({@link #filtering}, {@link
 * #onlyOfType}, {@link #groupingBy}, {@link Aggregator#map}) have a codec when their downstream
 * has one.
 */
public final class Aggregators {

  /** The HyperLogLog precision of {@link #approximateDistinctCounterparts}: 2^12 registers, about 1.6% standard error. */
  public static final int DEFAULT_LG_K = 12;

  /** What the counterpart aggregators read. */
  private static final Projection COUNTERPARTS =
      Projection.of(PropertyPath.of(CommunityMeeting.TYPE, CommunityMeeting.COUNTERPARTS));

  private Aggregators() {}

  /** The day an activity falls on in {@code zone}: its time converted to the zone if recorded, else its date. */
  public static LocalDate dayOf(Activity activity, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    // Called for every activity by tallies and their selectors: no lambda, and no conversion when
    // the time is already in the zone (as nearly all are).
    java.util.Optional<java.time.ZonedDateTime> time = activity.time();
    if (time.isEmpty()) {
      return activity.date();
    }
    java.time.ZonedDateTime t = time.get();
    return t.getZone().equals(zone) ? t.toLocalDate() : t.withZoneSameInstant(zone).toLocalDate();
  }

  // ---------------------------------------------------------------- counts

  /** Counts the inputs. */
  public static <T> Aggregator<T, ?, Long> count() {
    return Aggregator.<T, long[], Long>of(
        () -> new long[1],
        (acc, input) -> {
          acc[0]++;
          return acc;
        },
        (left, right) -> {
          left[0] += right[0];
          return left;
        },
        acc -> acc[0],
        LONG_CELL).reading(Projection.none());
  }

  /** Counts the inputs by one key each; it states no codec (see {@link #countBy(Function, AccumulatorCodec)}). */
  public static <T, K> Aggregator<T, ?, Counts<K>> countBy(Function<? super T, ? extends K> key) {
    Objects.requireNonNull(key, "key");
    return countBy0(key, null);
  }

  /** Counts the inputs by one key each, with the codec of the keys, e.g. {@code AccumulatorCodecs.strings()}. */
  public static <T, K> Aggregator<T, ?, Counts<K>> countBy(
      Function<? super T, ? extends K> key, AccumulatorCodec<K> keyCodec) {
    Objects.requireNonNull(key, "key");
    return countBy0(key, Objects.requireNonNull(keyCodec, "keyCodec"));
  }

  private static <T, K> Aggregator<T, ?, Counts<K>> countBy0(
      Function<? super T, ? extends K> key, AccumulatorCodec<K> keyCodec) {
    return keyed((acc, input) -> acc.addOne(key.apply(input)), keyCodec);
  }

  /**
   * Counts the inputs by several keys each: an input counts once under each of its distinct keys and
   * once in the {@link Counts#total() total}. It states no codec (see {@link
   * #countByEach(Function, AccumulatorCodec)}).
   */
  public static <T, K> Aggregator<T, ?, Counts<K>> countByEach(
      Function<? super T, ? extends Collection<? extends K>> keys) {
    Objects.requireNonNull(keys, "keys");
    return keyed((acc, input) -> acc.add(keys.apply(input)), null);
  }

  /** Counts the inputs by several keys each, with the codec of the keys; see {@link #countByEach(Function)}. */
  public static <T, K> Aggregator<T, ?, Counts<K>> countByEach(
      Function<? super T, ? extends Collection<? extends K>> keys, AccumulatorCodec<K> keyCodec) {
    Objects.requireNonNull(keys, "keys");
    return keyed((acc, input) -> acc.add(keys.apply(input)), Objects.requireNonNull(keyCodec, "keyCodec"));
  }

  private static <T, K> Aggregator<T, KeyedCounter<K>, Counts<K>> keyed(
      java.util.function.BiFunction<KeyedCounter<K>, T, KeyedCounter<K>> add, AccumulatorCodec<K> keyCodec) {
    if (keyCodec == null) {
      return Aggregator.of(KeyedCounter::new, add, KeyedCounter::merge, KeyedCounter::result);
    }
    return Aggregator.of(KeyedCounter::new, add, KeyedCounter::merge, KeyedCounter::result, KeyedCounter.codec(keyCodec));
  }

  /** Counts activities by {@link ActivityType}. */
  public static Aggregator<Activity, ?, Counts<ActivityType<?>>> countByType() {
    return Aggregators.<Activity, ActivityType<?>>countBy(Activity::type, AccumulatorCodecs.activityTypes()).reading(Projection.none());
  }

  /**
   * Counts activities by the values of a property path, e.g. {@code countBy(PropertyPath.parse("bulletin.kind"))}:
   * an activity counts once under each distinct value the path reaches and once in the {@link
   * Counts#total() total}; activities the path does not apply to (another type) are left out, also
   * from the total.
   */
  public static Aggregator<Activity, ?, Counts<Object>> countBy(PropertyPath path) {
    Objects.requireNonNull(path, "path");
    return filtering(path::appliesTo, countByEach(path::values, valuesOf(path.valueType()))).reading(Projection.of(path));
  }

  /**
   * Counts activities by the values of a property every activity has, e.g. {@code
   * countBy(Activity.THEMES)} or {@code countBy(Activity.UNIT)}: an activity counts once under each of
   * its distinct values and once in the total; one without a value counts in the total only.
   */
  public static <V> Aggregator<Activity, ?, Counts<V>> countBy(Property<Activity, V> property) {
    Objects.requireNonNull(property, "property");
    return Aggregators.<Activity, V>countByEach(property::values, AccumulatorCodecs.values(property.type()))
        .reading(Projection.of(PropertyPath.of(property)));
  }

  /**
   * Counts activities of one type by the values of one of its properties, e.g. {@code
   * countBy(Tweet.TYPE, Tweet.PLATFORM)}; activities of other types are left out, also from the total.
   *
   * @throws IllegalArgumentException if {@code property} is not a property of {@code type}
   */
  public static <A extends Activity, V> Aggregator<Activity, ?, Counts<V>> countBy(
      ActivityType<A> type, Property<? super A, V> property) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(property, "property");
    if (!type.has(property)) {
      throw new IllegalArgumentException(
          "Aggregators.countBy property must be a property of " + type.code() + " but was: " + property.name());
    }
    return filtering(
        a -> a.type() == type,
        Aggregators.<Activity, V>countByEach(a -> values(property, a), AccumulatorCodecs.values(property.type())))
        .reading(Projection.of(PropertyPath.of(type, property)));
  }

  @SuppressWarnings("unchecked")
  private static AccumulatorCodec<Object> valuesOf(ValueType<?> type) {
    return (AccumulatorCodec<Object>) AccumulatorCodecs.values(type);
  }

  @SuppressWarnings("unchecked")
  private static <V> List<V> values(Property<?, V> property, Activity activity) {
    return ((Property<Activity, V>) property).values(activity);
  }

  /**
   * Counts activities by period, in {@code zone}: an activity with a time is bucketed by its time
   * converted to {@code zone}, any other by its date (see {@link #dayOf}).
   */
  public static Aggregator<Activity, ?, Counts<PeriodBucket>> countByPeriod(
      Granularity granularity, ZoneId zone) {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(zone, "zone");
    return Aggregators.<Activity, PeriodBucket>countBy(
            a -> PeriodBucket.containing(granularity, dayOf(a, zone)), AccumulatorCodecs.periodBuckets())
        .reading(Projection.ofCommon(Activity.DATE, Activity.TIME));
  }

  /** Counts activities by period in the institution's {@link Institution#zone() zone}. */
  public static Aggregator<Activity, ?, Counts<PeriodBucket>> countByPeriod(
      Granularity granularity, Institution institution) {
    return countByPeriod(granularity, institution.zone());
  }

  /**
   * The {@code n} keys with the highest counts, most frequent first, ties ordered by the keys'
   * string forms; it keeps a count for every key until the result is taken. It states no codec
   * (see {@link #topN(int, Function, AccumulatorCodec)}).
   */
  public static <T, K> Aggregator<T, ?, List<Map.Entry<K, Long>>> topN(
      int n, Function<? super T, ? extends K> key) {
    Checks.notNegative("Aggregators.topN", "n", n);
    return Aggregators.<T, K>countBy(key).map(counts -> counts.top(n));
  }

  /** The {@code n} keys with the highest counts, with the codec of the keys; see {@link #topN(int, Function)}. */
  public static <T, K> Aggregator<T, ?, List<Map.Entry<K, Long>>> topN(
      int n, Function<? super T, ? extends K> key, AccumulatorCodec<K> keyCodec) {
    Checks.notNegative("Aggregators.topN", "n", n);
    return Aggregators.<T, K>countBy(key, keyCodec).map(counts -> counts.top(n));
  }

  // ---------------------------------------------------------------- distinct counts

  /**
   * The exact number of distinct counterparts of a kind met in {@link CommunityMeeting}s, by id;
   * other activities are ignored. It keeps every id: for very large inputs use {@link
   * #approximateDistinctCounterparts}.
   */
  public static Aggregator<Activity, ?, Long> distinctCounterparts(CounterpartKind kind) {
    Objects.requireNonNull(kind, "kind");
    return Aggregator.<Activity, Set<String>, Long>of(
        HashSet::new,
        (ids, activity) -> {
          for (Counterpart c : counterparts(activity)) {
            if (c.kind() == kind) {
              ids.add(c.id());
            }
          }
          return ids;
        },
        Aggregators::union,
        ids -> (long) ids.size(),
        AccumulatorCodecs.setsOf(AccumulatorCodecs.strings())).reading(COUNTERPARTS);
  }

  /** The exact number of distinct counterparts of each kind met in {@link CommunityMeeting}s; kinds never met are absent. */
  public static Aggregator<Activity, ?, Map<CounterpartKind, Long>> distinctCounterpartsByKind() {
    return Aggregator.<Activity, Map<CounterpartKind, Set<String>>, Map<CounterpartKind, Long>>of(
        HashMap::new,
        (byKind, activity) -> {
          if (activity instanceof CommunityMeeting) { // no iterator for the other activities
            for (Counterpart c : ((CommunityMeeting) activity).counterparts()) {
              byKind.computeIfAbsent(c.kind(), k -> new HashSet<>()).add(c.id());
            }
          }
          return byKind;
        },
        (left, right) -> {
          right.forEach((kind, ids) -> left.merge(kind, ids, Aggregators::union));
          return left;
        },
        byKind -> {
          ImmutableMap.Builder<CounterpartKind, Long> result = ImmutableMap.builder();
          byKind.forEach((kind, ids) -> result.put(kind, (long) ids.size()));
          return result.build();
        },
        AccumulatorCodecs.mapsOf(
            AccumulatorCodecs.terms(CounterpartKind.VOCABULARY), AccumulatorCodecs.setsOf(AccumulatorCodecs.strings()))).reading(COUNTERPARTS);
  }

  /**
   * An approximate number of distinct keys, in fixed memory, with HyperLogLog (Apache
   * DataSketches); each input contributes any number of keys.
   *
   * <p>With {@code lgK} the sketch has {@code 2^lgK} registers and its relative standard error is
   * about {@code 0.8 / sqrt(2^lgK)} to {@code 1.04 / sqrt(2^lgK)}: about 1.6% at the default 12, so
   * about 95% of estimates fall within 3.2% of the exact count. Counts below a few hundred are
   * exact or nearly so. Partial results merge without loss of accuracy, and the result does not
   * depend on the split or the order of the inputs. {@code lgK} is from 4 to 21. Its accumulators
   * are encoded with DataSketches' own compact serialisation of the sketch.
   */
  public static <T> Aggregator<T, ?, DistinctEstimate> approximateDistinct(
      Function<? super T, ? extends Iterable<String>> keys, int lgK) {
    Objects.requireNonNull(keys, "keys");
    Checks.check(4 <= lgK && lgK <= 21, "Aggregators.approximateDistinct", "lgK", "must be from 4 to 21", lgK);
    return Aggregator.<T, Union, DistinctEstimate>of(
        () -> new Union(lgK),
        (union, input) -> {
          for (String key : keys.apply(input)) {
            union.update(key);
          }
          return union;
        },
        (left, right) -> {
          left.update(right.getResult(TgtHllType.HLL_8));
          return left;
        },
        Aggregators::estimate,
        SKETCH);
  }

  /** An approximate number of distinct counterparts of a kind met in {@link CommunityMeeting}s, with {@link #DEFAULT_LG_K}. */
  public static Aggregator<Activity, ?, DistinctEstimate> approximateDistinctCounterparts(
      CounterpartKind kind) {
    Objects.requireNonNull(kind, "kind");
    return Aggregators.<Activity>approximateDistinct(
        activity -> () -> counterparts(activity).stream().filter(c -> c.kind() == kind).map(Counterpart::id).iterator(),
        DEFAULT_LG_K).reading(COUNTERPARTS);
  }

  // ---------------------------------------------------------------- sums

  /**
   * The sum of the numbers a property path reaches, e.g. {@code sum(PropertyPath.parse("campaign.participants"))};
   * activities without such a number add nothing.
   *
   * @throws IllegalArgumentException if {@code path} does not reach numbers
   */
  public static Aggregator<Activity, ?, Long> sum(PropertyPath path) {
    Objects.requireNonNull(path, "path");
    if (!path.valueType().isNumber()) {
      throw new IllegalArgumentException("Aggregators.sum path must reach numbers but was: " + path + " (" + path.valueType() + ")");
    }
    return Aggregators.<Activity>sum(
        a -> {
          if (!path.appliesTo(a)) {
            return 0;
          }
          long[] total = {0};
          path.forEach(a, v -> total[0] = Math.addExact(total[0], ((Number) v).longValue()));
          return total[0];
        }).reading(Projection.of(path));
  }

  /** The sum of a number taken from each input; it fails on overflow. */
  public static <T> Aggregator<T, ?, Long> sum(ToLongFunction<? super T> value) {
    Objects.requireNonNull(value, "value");
    return Aggregator.<T, long[], Long>of(
        () -> new long[1],
        (acc, input) -> {
          acc[0] = Math.addExact(acc[0], value.applyAsLong(input));
          return acc;
        },
        (left, right) -> {
          left[0] = Math.addExact(left[0], right[0]);
          return left;
        },
        acc -> acc[0],
        LONG_CELL);
  }

  // ---------------------------------------------------------------- composition

  /** Passes to {@code downstream} only the inputs that match {@code predicate}. */
  public static <T, R> Aggregator<T, ?, R> filtering(
      Predicate<? super T> predicate, Aggregator<T, ?, R> downstream) {
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(downstream, "downstream");
    return filtering0(predicate, downstream);
  }

  /** Passes to {@code downstream} only the inputs of a subtype, e.g. only the {@link io.hasila.model.Bulletin}s among activities. */
  public static <T, S extends T, R> Aggregator<T, ?, R> onlyOfType(
      Class<S> type, Aggregator<S, ?, R> downstream) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(downstream, "downstream");
    return onlyOfType0(type, downstream);
  }

  /**
   * Aggregates the inputs of each key separately with {@code downstream}; keys with no input are
   * absent. It states no codec (see {@link #groupingBy(Function, AccumulatorCodec, Aggregator)}).
   */
  public static <T, K, R> Aggregator<T, ?, Map<K, R>> groupingBy(
      Function<? super T, ? extends K> key, Aggregator<T, ?, R> downstream) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(downstream, "downstream");
    return groupingBy0(key, null, downstream);
  }

  /**
   * Aggregates the inputs of each key separately with {@code downstream}, with the codec of the
   * keys, e.g. {@code AccumulatorCodecs.values(Activity.UNIT.type())}: it has a codec when {@code
   * downstream} has one.
   */
  public static <T, K, R> Aggregator<T, ?, Map<K, R>> groupingBy(
      Function<? super T, ? extends K> key, AccumulatorCodec<K> keyCodec, Aggregator<T, ?, R> downstream) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyCodec, "keyCodec");
    Objects.requireNonNull(downstream, "downstream");
    return groupingBy0(key, keyCodec, downstream);
  }

  // ---------------------------------------------------------------- audience snapshots

  /**
   * The latest snapshot of each account: the one with the latest date; on the same date, the one
   * with more followers, then more posts. Snapshots are running totals and are never added up.
   */
  public static Aggregator<AudienceSnapshot, ?, Map<Account, AudienceSnapshot>> latestSnapshots() {
    return snapshotsBy(SNAPSHOT_ORDER);
  }

  /** The earliest snapshot of each account, the mirror of {@link #latestSnapshots()}. */
  public static Aggregator<AudienceSnapshot, ?, Map<Account, AudienceSnapshot>> earliestSnapshots() {
    return snapshotsBy(SNAPSHOT_ORDER.reversed());
  }

  // ---------------------------------------------------------------- implementation

  private static final Comparator<AudienceSnapshot> SNAPSHOT_ORDER =
      Comparator.comparing(AudienceSnapshot::date)
          .thenComparingLong(AudienceSnapshot::followers)
          .thenComparingLong(s -> s.posts().orElse(-1L));

  private static Aggregator<AudienceSnapshot, ?, Map<Account, AudienceSnapshot>> snapshotsBy(
      Comparator<AudienceSnapshot> preferLater) {
    AccumulatorCodec<AudienceSnapshot> snapshots = AccumulatorCodecs.records(AudienceSnapshot.TYPE);
    AccumulatorCodec<Map<Account, AudienceSnapshot>> codec =
        new AccumulatorCodec<>() {
          @Override
          public void encode(Map<Account, AudienceSnapshot> value, DataOutput out) throws IOException {
            Described.writeVarLong(out, value.size());
            for (AudienceSnapshot s : value.values()) {
              snapshots.encode(s, out); // the account is the snapshot's
            }
          }

          @Override
          public Map<Account, AudienceSnapshot> decode(DataInput in) throws IOException {
            int n = Described.readCount(in);
            Map<Account, AudienceSnapshot> byAccount = new HashMap<>();
            for (int i = 0; i < n; i++) {
              AudienceSnapshot s = snapshots.decode(in);
              byAccount.put(Account.of(s), s);
            }
            return byAccount;
          }
        };
    return Aggregator.<AudienceSnapshot, Map<Account, AudienceSnapshot>, Map<Account, AudienceSnapshot>>of(
        HashMap::new,
        (byAccount, snapshot) -> {
          byAccount.merge(Account.of(snapshot), snapshot, (a, b) -> later(preferLater, a, b));
          return byAccount;
        },
        (left, right) -> {
          right.forEach((account, s) -> left.merge(account, s, (a, b) -> later(preferLater, a, b)));
          return left;
        },
        ImmutableMap::copyOf,
        codec);
  }

  private static AudienceSnapshot later(Comparator<AudienceSnapshot> order, AudienceSnapshot a, AudienceSnapshot b) {
    return order.compare(a, b) >= 0 ? a : b;
  }

  private static Collection<Counterpart> counterparts(Activity activity) {
    return activity instanceof CommunityMeeting ? ((CommunityMeeting) activity).counterparts() : Set.of();
  }

  private static <E> Set<E> union(Set<E> left, Set<E> right) {
    if (left.size() < right.size()) {
      right.addAll(left);
      return right;
    }
    left.addAll(right);
    return left;
  }

  private static DistinctEstimate estimate(Union union) {
    // The composite estimator depends only on the sketch's registers, never on the order the keys
    // came in or on merges, so merged and sequential aggregations give the same estimate. The
    // sketch's own bounds in estimation mode depend on whether it was ever merged; the bounds here
    // always assume it was (the wider of the two), so they do not depend on the split either.
    double estimate = union.getCompositeEstimate();
    double lower;
    double upper;
    if (union.isEstimationMode()) {
      int lgK = union.getLgConfigK();
      lower = estimate / (1.0 + HllSketch.getRelErr(false, true, lgK, 2));
      upper = estimate / (1.0 - HllSketch.getRelErr(true, true, lgK, 2));
    } else {
      lower = union.getLowerBound(2);
      upper = union.getUpperBound(2);
    }
    long rounded = Math.round(estimate);
    return DistinctEstimate.of(
        rounded,
        Math.max(0, Math.min(rounded, (long) Math.floor(lower))),
        Math.max(rounded, (long) Math.ceil(upper)));
  }

  private static <T, A, R> Aggregator<T, A, R> filtering0(
      Predicate<? super T> predicate, Aggregator<T, A, R> downstream) {
    return withCodec(
        downstream::empty,
        (acc, input) -> predicate.test(input) ? downstream.add(acc, input) : acc,
        downstream::merge,
        downstream::result,
        downstream.codec());
  }

  private static <T, S extends T, A, R> Aggregator<T, A, R> onlyOfType0(
      Class<S> type, Aggregator<S, A, R> downstream) {
    return Aggregators.<T, A, R>withCodec(
        downstream::empty,
        (acc, input) -> type.isInstance(input) ? downstream.add(acc, type.cast(input)) : acc,
        downstream::merge,
        downstream::result,
        downstream.codec()).reading(downstream.reads());
  }

  /** An aggregator with the codec given, if any. */
  private static <T, A, R> Aggregator<T, A, R> withCodec(
      java.util.function.Supplier<A> empty,
      java.util.function.BiFunction<A, ? super T, A> add,
      java.util.function.BinaryOperator<A> merge,
      Function<? super A, ? extends R> result,
      Optional<AccumulatorCodec<A>> codec) {
    return codec.isPresent()
        ? Aggregator.of(empty, add, merge, result, codec.get())
        : Aggregator.of(empty, add, merge, result);
  }

  private static <T, K, A, R> Aggregator<T, Map<K, A>, Map<K, R>> groupingBy0(
      Function<? super T, ? extends K> key, AccumulatorCodec<K> keyCodec, Aggregator<T, A, R> downstream) {
    Optional<AccumulatorCodec<Map<K, A>>> codec =
        keyCodec == null ? Optional.empty() : downstream.codec().map(values -> AccumulatorCodecs.mapsOf(keyCodec, values));
    return withCodec(
        HashMap::new,
        (groups, input) -> {
          K k = key.apply(input);
          A acc = groups.containsKey(k) ? groups.get(k) : downstream.empty();
          groups.put(k, downstream.add(acc, input));
          return groups;
        },
        (left, right) -> {
          right.forEach((k, r) -> left.put(k, left.containsKey(k) ? downstream.merge(left.get(k), r) : r));
          return left;
        },
        groups -> {
          ImmutableMap.Builder<K, R> result = ImmutableMap.builder();
          groups.forEach((k, acc) -> result.put(k, downstream.result(acc)));
          return result.build();
        },
        codec);
  }

  /** The accumulator of a count or a sum: one number. */
  private static final AccumulatorCodec<long[]> LONG_CELL =
      new AccumulatorCodec<>() {
        @Override
        public void encode(long[] value, DataOutput out) throws IOException {
          Described.writeSigned(out, value[0]);
        }

        @Override
        public long[] decode(DataInput in) throws IOException {
          return new long[] {Described.readSigned(in)};
        }
      };

  /** The HyperLogLog union, in DataSketches' own compact serialisation. */
  private static final AccumulatorCodec<Union> SKETCH =
      new AccumulatorCodec<>() {
        @Override
        public void encode(Union value, DataOutput out) throws IOException {
          byte[] bytes = value.toCompactByteArray();
          Described.writeVarLong(out, bytes.length);
          out.write(bytes);
        }

        @Override
        public Union decode(DataInput in) throws IOException {
          byte[] bytes = new byte[Described.readCount(in)];
          in.readFully(bytes);
          try {
            return Union.heapify(bytes);
          } catch (RuntimeException e) {
            throw new IOException("malformed distinct-count sketch: " + e.getMessage(), e);
          }
        }
      };

  /** The accumulator of keyed counts. */
  private static final class KeyedCounter<K> {
    /** A mutable count per key, so that adding to a key already seen allocates nothing. */
    private final Map<K, long[]> counts = new HashMap<>();
    private long total;

    KeyedCounter<K> addOne(K key) {
      Objects.requireNonNull(key);
      total++;
      count(key, 1);
      return this;
    }

    KeyedCounter<K> add(Collection<? extends K> keys) {
      total++;
      if (keys.size() == 1) {
        count(keys.iterator().next(), 1);
      } else {
        for (K key : new HashSet<K>(keys)) {
          count(key, 1);
        }
      }
      return this;
    }

    private void count(K key, long n) {
      long[] c = counts.get(key);
      if (c == null) {
        counts.put(key, new long[] {n});
      } else {
        c[0] = Long.sum(c[0], n);
      }
    }

    /** Encodes the total, then each key with its count. */
    static <K> AccumulatorCodec<KeyedCounter<K>> codec(AccumulatorCodec<K> keys) {
      return new AccumulatorCodec<>() {
        @Override
        public void encode(KeyedCounter<K> value, DataOutput out) throws IOException {
          Described.writeVarLong(out, value.total);
          Described.writeVarLong(out, value.counts.size());
          for (Map.Entry<K, long[]> e : value.counts.entrySet()) {
            keys.encode(e.getKey(), out);
            Described.writeVarLong(out, e.getValue()[0]);
          }
        }

        @Override
        public KeyedCounter<K> decode(DataInput in) throws IOException {
          KeyedCounter<K> c = new KeyedCounter<>();
          c.total = Described.readVarLong(in);
          int n = Described.readCount(in);
          for (int i = 0; i < n; i++) {
            K key = keys.decode(in);
            c.count(key, Described.readVarLong(in));
          }
          return c;
        }
      };
    }

    KeyedCounter<K> merge(KeyedCounter<K> other) {
      total += other.total;
      other.counts.forEach((k, v) -> count(k, v[0]));
      return this;
    }

    Counts<K> result() {
      Map<K, Long> byKey = new HashMap<>();
      counts.forEach((k, v) -> byKey.put(k, v[0]));
      return Counts.of(total, byKey);
    }
  }

}
