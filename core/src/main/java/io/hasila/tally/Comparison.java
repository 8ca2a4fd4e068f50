package io.hasila.tally;

import io.hasila.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Two tallies of one institution compared line by line, e.g. 2019 against 2020, possibly under
 * different definitions related by a {@link Mapping}; or, when asked explicitly, a tally against
 * another of the same period (published against computed).
 *
 * <p>{@link #of(Tally, Tally)} puts the tallies in order, the earlier period first, and refuses
 * tallies of different institutions or of the same period; {@link #options()} allows them, or keeps
 * the order given. Categories are matched by id, except those a mapping relates: each of its lines
 * is one row that adds up its categories on each side. Every row states its {@link Change.Outcome
 * outcome}: compared (with the change and the growth rate), new, discontinued, not defined in one of
 * the definitions, or defined but not published. Counts over a period compare the two periods'
 * sums; running totals ({@link Measure.LatestSnapshot}, {@link Measure.SnapshotAt}) compare the
 * snapshot of one period with the other's, and are marked {@link Change#runningTotal()}.
 */
@Value.Immutable
public abstract class Comparison {
  Comparison() {}

  /** The earlier (or reference) tally. */
  public abstract Tally previous();

  /** The later (or compared) tally. */
  public abstract Tally current();

  /** The mapping from the earlier tally's definition to the later one's, if the comparison goes through one. */
  public abstract Optional<Mapping> mapping();

  /**
   * Compares two tallies of one institution and of different periods, the earlier one first
   * whatever the order given, matching categories by id.
   *
   * @throws IllegalArgumentException if the institutions differ or the periods are the same
   */
  public static Comparison of(Tally previous, Tally current) {
    return options().compare(previous, current);
  }

  /**
   * Compares two tallies of one institution and of different periods through a mapping between
   * their definitions, in either direction (it is turned around to go from the earlier to the
   * later).
   *
   * @throws IllegalArgumentException if the institutions differ, the periods are the same, or the
   *     mapping does not fit the definitions
   */
  public static Comparison of(Tally previous, Tally current, Mapping mapping) {
    return options().mapping(mapping).compare(previous, current);
  }

  /** How to compare, for what {@link #of} refuses: a mapping, the order given, tallies of other institutions. */
  public static Options options() {
    return new Options(null, false, false);
  }

  /** The settings of a comparison; immutable, each method returns a copy. */
  public static final class Options {
    private final Mapping mapping;
    private final boolean givenOrder;
    private final boolean acrossInstitutions;

    private Options(Mapping mapping, boolean givenOrder, boolean acrossInstitutions) {
      this.mapping = mapping;
      this.givenOrder = givenOrder;
      this.acrossInstitutions = acrossInstitutions;
    }

    /** Compares through this mapping between the two definitions (in either direction). */
    public Options mapping(Mapping mapping) {
      return new Options(Objects.requireNonNull(mapping, "mapping"), givenOrder, acrossInstitutions);
    }

    /**
     * Keeps the order given, the first tally as the previous one, even when the periods are the
     * same (published against computed) or the first is the later.
     */
    public Options inGivenOrder() {
      return new Options(mapping, true, acrossInstitutions);
    }

    /** Compares tallies of different institutions too. */
    public Options acrossInstitutions() {
      return new Options(mapping, givenOrder, true);
    }

    /** Compares two tallies with these settings. */
    public Comparison compare(Tally first, Tally second) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      String a = first.institution().id();
      String b = second.institution().id();
      Checks.check(
          acrossInstitutions || a.equals(b),
          "Comparison",
          "institution",
          "must be the same for both tallies (compare different institutions with options().acrossInstitutions())",
          a + " and " + b);
      Tally previous = first;
      Tally current = second;
      if (!givenOrder) {
        Checks.check(
            !first.period().equals(second.period()),
            "Comparison",
            "period",
            "must differ between the tallies (compare two tallies of one period, such as published and computed, with"
                + " options().inGivenOrder())",
            "both " + first.period());
        int order = first.period().from().compareTo(second.period().from());
        if (order > 0 || (order == 0 && first.period().to().isAfter(second.period().to()))) {
          previous = second;
          current = first;
        }
      }
      ImmutableComparison.Builder b2 = ImmutableComparison.builder().previous(previous).current(current);
      if (mapping != null) {
        b2.mapping(oriented(mapping, previous.definition(), current.definition()));
      }
      return b2.build();
    }

    private static Mapping oriented(Mapping m, TallyDefinition earlier, TallyDefinition later) {
      Mapping out = m;
      if (!(m.from().equals(earlier.id()) && m.to().equals(later.id())) && m.from().equals(later.id()) && m.to().equals(earlier.id())) {
        out = m.inverse();
      }
      Checks.check(
          out.from().equals(earlier.id()) && out.to().equals(later.id()),
          "Comparison",
          "mapping",
          "must relate the definitions " + earlier.id() + " and " + later.id(),
          m.from() + " -> " + m.to());
      out.checkAgainst(earlier, later);
      return out;
    }
  }

  /**
   * One row per line with a value in either definition: the later definition's lines in order
   * (a line a mapping relates where its first later category is), then the lines only the earlier
   * definition has, in its order.
   */
  @Value.Lazy
  public List<Change> changes() {
    TallyDefinition earlier = previous().definition();
    TallyDefinition later = current().definition();
    List<Mapping.Line> lines = mapping().map(Mapping::lines).orElse(List.of());
    Map<String, Mapping.Line> byLater = new HashMap<>();
    Map<String, Mapping.Line> byEarlier = new HashMap<>();
    for (Mapping.Line l : lines) {
      l.to().forEach(id -> byLater.put(id, l));
      l.from().forEach(id -> byEarlier.put(id, l));
    }
    Set<Mapping.Line> done = new HashSet<>();
    List<Change> out = new ArrayList<>();
    for (Category c : later.allCategories()) {
      if (!c.hasValue()) {
        continue;
      }
      Mapping.Line l = byLater.get(c.id());
      if (l != null) {
        if (done.add(l)) {
          out.add(row(l.from(), l.to(), l.from().isEmpty() ? Change.Outcome.NEW : null));
        }
      } else if (valued(earlier, c.id()) && !byEarlier.containsKey(c.id())) {
        out.add(row(List.of(c.id()), List.of(c.id()), null));
      } else {
        out.add(row(List.of(), List.of(c.id()), Change.Outcome.NOT_DEFINED));
      }
    }
    for (Category c : earlier.allCategories()) {
      if (!c.hasValue()) {
        continue;
      }
      Mapping.Line l = byEarlier.get(c.id());
      if (l != null) {
        if (done.add(l)) {
          out.add(row(l.from(), l.to(), Change.Outcome.DISCONTINUED));
        }
      } else if (!valued(later, c.id()) || byLater.containsKey(c.id())) {
        out.add(row(List.of(c.id()), List.of(), Change.Outcome.NOT_DEFINED));
      }
    }
    return List.copyOf(out);
  }

  /** The row of the earlier categories {@code from} against the later ones {@code to}; {@code stated} is what the definitions say, if anything. */
  private Change row(List<String> from, List<String> to, Change.Outcome stated) {
    OptionalLong before = sum(previous(), from);
    OptionalLong after = sum(current(), to);
    Change.Outcome outcome;
    if (stated == Change.Outcome.NOT_DEFINED || stated == Change.Outcome.DISCONTINUED) {
      outcome = stated;
    } else if (after.isEmpty() || (stated == null && before.isEmpty())) {
      outcome = Change.Outcome.NOT_PUBLISHED;
    } else if (stated == Change.Outcome.NEW) {
      outcome = stated;
    } else {
      outcome = Change.fromValues(before, after);
    }
    boolean running = false;
    for (String id : from) {
      running |= previous().definition().category(id).map(Category::isRunningTotal).orElse(false);
    }
    for (String id : to) {
      running |= current().definition().category(id).map(Category::isRunningTotal).orElse(false);
    }
    return Change.builder()
        .path(String.join(" + ", to.isEmpty() ? from : to))
        .previousPaths(from)
        .currentPaths(to)
        .previous(before)
        .current(after)
        .runningTotal(running)
        .outcome(outcome)
        .build();
  }

  /** The sum of the figures of {@code ids} in {@code tally}; none if the list is empty or one of them has no figure. */
  private static OptionalLong sum(Tally tally, List<String> ids) {
    if (ids.isEmpty()) {
      return OptionalLong.empty();
    }
    long sum = 0;
    for (String id : ids) {
      OptionalLong v = tally.value(id);
      if (v.isEmpty()) {
        return OptionalLong.empty();
      }
      sum = Math.addExact(sum, v.getAsLong());
    }
    return OptionalLong.of(sum);
  }

  private static boolean valued(TallyDefinition d, String id) {
    return d.category(id).map(Category::hasValue).orElse(false);
  }

  /**
   * The row of one category: the row named by its id, else the row that adds it up, on the later
   * side first; empty if neither definition has it with a value.
   */
  public Optional<Change> change(String categoryId) {
    for (Change c : changes()) {
      if (c.path().equals(categoryId)) {
        return Optional.of(c);
      }
    }
    for (Change c : changes()) {
      if (c.currentPaths().contains(categoryId)) {
        return Optional.of(c);
      }
    }
    return changes().stream().filter(c -> c.previousPaths().contains(categoryId)).findFirst();
  }
}
