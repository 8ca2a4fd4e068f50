package io.hasila.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Two tallies compared category by category, e.g. 2019 against 2020, or published against computed.
 *
 * <p>Categories are matched by id. Counts over a period compare the two periods' sums; running
 * totals ({@link Measure.LatestSnapshot}) compare the snapshot at the end of the earlier period with
 * the one at the end of the later period, and are marked {@link Change#runningTotal()}.
 */
@Value.Immutable
public abstract class Comparison {
  Comparison() {}

  /** The earlier (or reference) tally. */
  public abstract Tally previous();

  /** The later (or compared) tally. */
  public abstract Tally current();

  /** Compares two tallies. */
  public static Comparison of(Tally previous, Tally current) {
    return ImmutableComparison.builder().previous(previous).current(current).build();
  }

  /**
   * One change for every category with a value in either definition: the current definition's
   * categories in order, then those only the previous one has.
   */
  @Value.Lazy
  public List<Change> changes() {
    Map<String, Category> categories = new LinkedHashMap<>();
    current().definition().allCategories().forEach(c -> categories.putIfAbsent(c.id(), c));
    previous().definition().allCategories().forEach(c -> categories.putIfAbsent(c.id(), c));
    List<Change> out = new ArrayList<>();
    for (Category c : categories.values()) {
      if (!c.hasValue()) {
        continue;
      }
      out.add(
          ImmutableChange.builder()
              .path(c.id())
              .previous(previous().value(c.id()))
              .current(current().value(c.id()))
              .runningTotal(c.measure() instanceof Measure.LatestSnapshot)
              .build());
    }
    return List.copyOf(out);
  }

  /** The change of one category, if either definition has it. */
  public Optional<Change> change(String categoryId) {
    return changes().stream().filter(c -> c.path().equals(categoryId)).findFirst();
  }
}
