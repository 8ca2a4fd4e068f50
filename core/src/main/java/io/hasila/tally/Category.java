package io.hasila.tally;

import io.hasila.internal.Checks;
import io.hasila.model.Labels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One line of a tally definition: an id, labels (and optional {@link Synonyms}) in three languages, a {@link Measure}, the
 * {@link Role role} it plays under its parent, and child categories.
 *
 * <p>The id is a dotted path whose last segment names the category under its parent, e.g. {@code
 * communication.rebuttals} under {@code communication}. A category whose measure is {@link
 * Measure#sumOfChildren()}, or that is marked {@link #checkedTotal()}, declares that its {@link
 * #parts() parts} (its children of role {@link Role#PART} that have a value) add up to it, and the
 * {@link Tally#check() check} verifies that they do, within its {@link #tolerance()}. A child that
 * overlaps the others is not a part: it is {@link Role#AT_MOST} (a subset of its parent, such as a
 * breakdown by theme: never more than the parent) or {@link Role#DISPLAY_ONLY} (shown under the
 * parent, never checked). Parts that are running totals must all be running totals of one date.
 */
@Value.Immutable
public abstract class Category {
  private static final Pattern ID = Pattern.compile("[a-z0-9_]+(?:\\.[a-z0-9_]+)*");

  /** Where a running total is read when it is the latest snapshot of the period. */
  private static final Object END_OF_PERIOD = "the end of the period";

  Category() {}

  /** The role a category plays under its parent. */
  public enum Role {
    /** A part of the parent: when the parent is a total, it is added up into it. The default. */
    PART,
    /** A subset of the parent, outside its sum: its value never exceeds the parent's (checked). */
    AT_MOST,
    /** Shown under the parent, outside its sum and never checked against it. */
    DISPLAY_ONLY
  }

  /** The category's path, e.g. {@code communication.rebuttals}; unique within a definition. */
  public abstract String id();

  /** The category's labels, in Arabic, French and English. */
  public abstract Labels labels();

  /**
   * Other names of the category in Arabic, French and English, which a press text may use instead
   * of its labels; none unless set.
   */
  @Value.Default
  public Synonyms synonyms() {
    return Synonyms.none();
  }

  /** How the category's value is obtained. */
  public abstract Measure measure();

  /** The categories under this one, in display order. */
  public abstract List<Category> children();

  /**
   * Whether the value is an independent total that its parts must add up to, e.g. a published
   * total of activities whose parts are published too; false unless set.
   */
  @Value.Default
  public boolean checkedTotal() {
    return false;
  }

  /** The role the category plays under its parent; {@link Role#PART} unless set. */
  @Value.Default
  public Role role() {
    return Role.PART;
  }

  /**
   * How far the parts of this total, and its at-most children above it, may be from it before the
   * check reports them, e.g. 5 for a total rounded by its source; 0 (exact) unless set.
   */
  @Value.Default
  public long tolerance() {
    return 0;
  }

  /** A note for readers, e.g. how the source phrases the figure or why it has none. */
  public abstract Optional<String> note();

  /** A builder for a category. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Category}; {@code build()} validates it. */
  public static final class Builder extends ImmutableCategory.Builder {
    Builder() {}
  }

  /** A category without children. */
  public static Category of(String id, Labels labels, Measure measure) {
    return builder().id(id).labels(labels).measure(measure).build();
  }

  /** Whether the parts must add up to this category's value. */
  public boolean isTotal() {
    return checkedTotal() || measure() instanceof Measure.SumOfChildren;
  }

  /** Whether the category has a value at all; false for {@link Measure#none()} and {@link Measure#programme()}. */
  public boolean hasValue() {
    return !(measure() instanceof Measure.None) && !(measure() instanceof Measure.Programme);
  }

  /** The children of role {@link Role#PART} that have a value: what a total adds up, in display order. */
  @Value.Lazy
  public List<Category> parts() {
    List<Category> out = new ArrayList<>();
    for (Category c : children()) {
      if (c.role() == Role.PART && c.hasValue()) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the value is a running total (an audience snapshot: the latest of the period, or the one
   * of a date), or a total of running totals; compared between periods, never summed over time.
   */
  public boolean isRunningTotal() {
    return runningTotalAt() != null;
  }

  /**
   * Where a running total is read: the date of a snapshot at one date, {@link #END_OF_PERIOD} for
   * the latest snapshot, the parts' for a total of running totals; null for any other value.
   */
  Object runningTotalAt() {
    Measure m = measure();
    if (m instanceof Measure.SnapshotAt) {
      return ((Measure.SnapshotAt) m).date();
    }
    if (m instanceof Measure.LatestSnapshot) {
      return END_OF_PERIOD;
    }
    if ((isTotal() || m instanceof Measure.PublishedOnly) && !parts().isEmpty()) {
      Object at = parts().get(0).runningTotalAt();
      return at != null && (m instanceof Measure.SumOfChildren || m instanceof Measure.PublishedOnly) ? at : null;
    }
    return null;
  }

  @Value.Check
  void check() {
    Checks.check(
        ID.matcher(id()).matches(),
        "Category",
        "id",
        "must be dot-separated segments of lower case letters, digits and '_'",
        id());
    Checks.notNegative("Category", "tolerance", tolerance());
    Set<String> seen = new HashSet<>();
    for (Category child : children()) {
      String rest = child.id().startsWith(id() + ".") ? child.id().substring(id().length() + 1) : "";
      Checks.check(
          !rest.isEmpty() && !rest.contains("."),
          "Category",
          "children",
          "must have ids of the form \"" + id() + ".segment\"",
          child.id());
      Checks.check(seen.add(child.id()), "Category", "children", "must have distinct ids", child.id());
      Checks.check(
          child.role() != Role.AT_MOST || hasValue(),
          "Category",
          "children",
          "must not be at_most under " + id() + ", which has no value",
          child.id());
      Checks.check(
          child.role() != Role.AT_MOST || child.hasValue(), "Category", "role", "must not be at_most for a category without a value", child.id());
    }
    if (isTotal()) {
      Checks.check(
          !parts().isEmpty(),
          "Category",
          "children",
          "must include a part with a value when " + id() + " is a total",
          childrenAndRoles());
      Checks.check(hasValue(), "Category", "checkedTotal", "must be false when the measure is none", id());
      checkRunningTotals();
    }
  }

  private List<String> childrenAndRoles() {
    List<String> out = new ArrayList<>();
    for (Category c : children()) {
      out.add(c.id() + " (" + (c.hasValue() ? c.role().name().toLowerCase(java.util.Locale.ROOT) : "no value") + ")");
    }
    return out;
  }

  /** A total adds up running totals of one date only, or none at all. */
  private void checkRunningTotals() {
    Object at = parts().get(0).runningTotalAt();
    for (Category part : parts()) {
      Object partAt = part.runningTotalAt();
      Checks.check(
          Objects.equals(partAt, at),
          "Category",
          "children",
          "must all be running totals of one date, or none, when they add up to " + id()
              + " (" + parts().get(0).id() + " is " + describe(at) + ")",
          part.id() + " is " + describe(partAt));
    }
    Object own = measure() instanceof Measure.SumOfChildren || measure() instanceof Measure.PublishedOnly ? at : runningTotalAt();
    Checks.check(
        Objects.equals(own, at),
        "Category",
        "measure",
        "must be a running total of the date of its parts (" + describe(at) + ") when " + id() + " is their total",
        id() + " is " + describe(own));
  }

  private static String describe(Object at) {
    return at == null ? "not a running total" : "a running total at " + at;
  }
}
