package io.hasila.aggregate;

import io.hasila.internal.Checks;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Counts by key together with the total number of inputs counted: the result of the keyed counts
 * of {@link Aggregators}.
 *
 * <p>The total counts each input once, while an input with several keys (an activity tagged with
 * two themes) counts once under each key; so the counts by key may add up to more than the total,
 * and an input with no key counts in the total only. Keys with a zero count are absent.
 *
 * @param <K> the key type
 */
@Value.Immutable
public abstract class Counts<K> {
  Counts() {}

  /** How many inputs were counted, each once whatever its number of keys. */
  @Value.Parameter
  public abstract long total();

  /** The count of each key that occurred; keys that did not occur are absent. */
  @Value.Parameter
  public abstract Map<K, Long> byKey();

  /** Counts from a total and counts by key. */
  public static <K> Counts<K> of(long total, Map<? extends K, ? extends Long> byKey) {
    return ImmutableCounts.of(total, byKey);
  }

  /** The count of a key; zero if it did not occur. */
  public long get(K key) {
    return byKey().getOrDefault(key, 0L);
  }

  /**
   * The {@code n} most frequent keys with their counts, most frequent first; ties are ordered by the
   * keys' string forms so that the ranking does not depend on input order.
   */
  public List<Map.Entry<K, Long>> top(int n) {
    Checks.notNegative("Counts", "n", n);
    return byKey().entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<K, Long>>comparingLong(Map.Entry::getValue)
                .reversed()
                .thenComparing(e -> String.valueOf(e.getKey())))
        .limit(n)
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    Checks.notNegative("Counts", "total", total());
    byKey().forEach((k, v) -> Checks.positive("Counts", "byKey[" + k + "]", v));
  }
}
