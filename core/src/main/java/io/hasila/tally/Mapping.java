package io.hasila.tally;

import io.hasila.internal.Checks;
import io.hasila.internal.Suggest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the lines of one tally definition correspond to those of another, such as last year's and
 * this year's when the institution changed its taxonomy: data, read and written as a file.
 *
 * <p>Each {@link Line} relates categories of the earlier definition ({@link #from()}) to
 * categories of the later one ({@link #to()}): a line renamed ({@code x} is now {@code y}), lines
 * merged ({@code communiques + press_news} became {@code information_tasks}) or split, a line new
 * in the later definition, or one discontinued. A category the mapping does not mention is matched
 * by its id. A {@link Comparison} through a mapping compares the sums of each line's sides; its
 * {@link #inverse()} relates the same lines the other way.
 */
@Value.Immutable
public abstract class Mapping {
  Mapping() {}

  /** The id of the earlier (or reference) definition. */
  @SuppressWarnings("immutables:from") // the builder's from(Mapping) copy is not needed
  public abstract String from();

  /** The id of the later (or compared) definition. */
  public abstract String to();

  /** The lines that do not match by id, in order. */
  public abstract List<Line> lines();

  /** A note for readers, e.g. what changed in the taxonomy. */
  public abstract Optional<String> note();

  /** A builder for a mapping. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mapping}; {@code build()} validates it. */
  public static final class Builder extends ImmutableMapping.Builder {
    Builder() {}
  }

  /** The same correspondence from the later definition to the earlier one: every line turned around. */
  public Mapping inverse() {
    List<Line> inverted = new ArrayList<>();
    for (Line l : lines()) {
      inverted.add(new Line(l.to(), l.from(), l.note()));
    }
    return builder().from(to()).to(from()).lines(inverted).note(note()).build();
  }

  /**
   * Checks that the mapping fits two definitions: {@code from} and {@code to} are their ids, every
   * line names categories with a value of the right definition, and a line relates running totals
   * only to running totals (those of one side of one date), counts only to counts.
   *
   * @throws IllegalArgumentException naming the line, the unknown id and the closest known one
   */
  public void checkAgainst(TallyDefinition earlier, TallyDefinition later) {
    Checks.check(earlier.id().equals(from()), "Mapping", "from", "must be the id of the earlier definition " + earlier.id(), from());
    Checks.check(later.id().equals(to()), "Mapping", "to", "must be the id of the later definition " + later.id(), to());
    for (int i = 0; i < lines().size(); i++) {
      Line l = lines().get(i);
      List<Category> before = new ArrayList<>();
      for (String id : l.from()) {
        before.add(category(earlier, id, "lines[" + i + "].from"));
      }
      List<Category> after = new ArrayList<>();
      for (String id : l.to()) {
        after.add(category(later, id, "lines[" + i + "].to"));
      }
      Category first = before.isEmpty() ? after.get(0) : before.get(0);
      for (List<Category> side : List.of(before, after)) {
        Object at = side.isEmpty() ? null : side.get(0).runningTotalAt();
        for (Category c : side) {
          boolean fits = side.get(0).runningTotalAt() == null ? c.runningTotalAt() == null : Objects.equals(c.runningTotalAt(), at);
          fits &= c.isRunningTotal() == first.isRunningTotal();
          Checks.check(
              fits,
              "Mapping",
              "lines[" + i + "]",
              "must relate running totals (of one date on each side) only to running totals, counts only to counts ("
                  + first.id() + " is " + (first.isRunningTotal() ? "a running total at " + first.runningTotalAt() : "not a running total") + ")",
              c.id());
        }
      }
    }
  }

  private static Category category(TallyDefinition d, String id, String field) {
    Category c = d.category(id).orElse(null);
    List<String> known = new ArrayList<>();
    d.allCategories().forEach(x -> known.add(x.id()));
    Checks.check(c != null, "Mapping", field, "must name categories of " + d.id() + Suggest.didYouMean(id, known), id);
    Checks.check(c.hasValue(), "Mapping", field, "must name categories with a value", id);
    return c;
  }

  @Value.Check
  void check() {
    Checks.notBlank("Mapping", "from", from());
    Checks.notBlank("Mapping", "to", to());
    note().ifPresent(n -> Checks.notBlank("Mapping", "note", n));
    Set<String> earlier = new HashSet<>();
    Set<String> later = new HashSet<>();
    for (int i = 0; i < lines().size(); i++) {
      for (String id : lines().get(i).from()) {
        Checks.check(earlier.add(id), "Mapping", "lines[" + i + "].from", "must name each category of " + from() + " in one line only", id);
      }
      for (String id : lines().get(i).to()) {
        Checks.check(later.add(id), "Mapping", "lines[" + i + "].to", "must name each category of " + to() + " in one line only", id);
      }
    }
  }

  /**
   * One correspondence: categories of the earlier definition ({@code from}, added up) against
   * categories of the later one ({@code to}, added up); one side may be empty (a line new in the
   * later definition, or discontinued), not both.
   */
  public record Line(List<String> from, List<String> to, Optional<String> note) {
    /** Validates and copies the ids. */
    public Line {
      from = List.copyOf(from);
      to = List.copyOf(to);
      Objects.requireNonNull(note, "note");
      Checks.check(!from.isEmpty() || !to.isEmpty(), "Line", "from", "must name a category when to is empty", from);
      for (String id : from) {
        Checks.notBlank("Line", "from", id);
      }
      for (String id : to) {
        Checks.notBlank("Line", "to", id);
      }
      note.ifPresent(n -> Checks.notBlank("Line", "note", n));
    }

    /** {@code from} in the earlier definition is {@code to} in the later one (possibly the same id). */
    public static Line renamed(String from, String to) {
      return new Line(List.of(from), List.of(to), Optional.empty());
    }

    /** The earlier categories {@code from}, added up, correspond to the later categories {@code to}, added up: a merge, a split, or a regrouping. */
    public static Line of(List<String> from, List<String> to) {
      return new Line(from, to, Optional.empty());
    }

    /** A line new in the later definition. */
    public static Line added(String to) {
      return new Line(List.of(), List.of(to), Optional.empty());
    }

    /** A line of the earlier definition discontinued in the later one. */
    public static Line discontinued(String from) {
      return new Line(List.of(from), List.of(), Optional.empty());
    }

    /** This line with a note. */
    public Line withNote(String note) {
      return new Line(from, to, Optional.of(note));
    }

    /** What the line states, from the number of ids on each side. */
    public Kind kind() {
      if (from.isEmpty()) {
        return Kind.ADDED;
      }
      if (to.isEmpty()) {
        return Kind.DISCONTINUED;
      }
      if (from.size() == 1 && to.size() == 1) {
        return from.get(0).equals(to.get(0)) ? Kind.SAME : Kind.RENAMED;
      }
      if (to.size() == 1) {
        return Kind.MERGED;
      }
      return from.size() == 1 ? Kind.SPLIT : Kind.REGROUPED;
    }
  }

  /** What a line of a mapping states. */
  public enum Kind {
    /** One category, the same id on both sides. */
    SAME,
    /** One category, renamed. */
    RENAMED,
    /** Several earlier categories became one. */
    MERGED,
    /** One earlier category became several. */
    SPLIT,
    /** Several earlier categories became several others. */
    REGROUPED,
    /** A category new in the later definition. */
    ADDED,
    /** A category of the earlier definition, discontinued. */
    DISCONTINUED
  }
}
