package io.hasila.tally;

import io.hasila.internal.Checks;
import io.hasila.model.Labels;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One line of a tally definition: an id, labels in three languages, a {@link Measure} and child
 * categories.
 *
 * <p>The id is a dotted path whose last segment names the category under its parent, e.g. {@code
 * communication.rebuttals} under {@code communication}. A category whose measure is {@link
 * Measure#sumOfChildren()}, or that is marked {@link #checkedTotal()}, declares that its children
 * add up to it, and the {@link Tally#check() check} verifies that they do. Children that overlap,
 * such as a breakdown by theme, must not be declared so.
 */
@Value.Immutable
public abstract class Category {
  private static final Pattern ID = Pattern.compile("[a-z0-9_]+(?:\\.[a-z0-9_]+)*");

  Category() {}

  /** The category's path, e.g. {@code communication.rebuttals}; unique within a definition. */
  public abstract String id();

  /** The category's labels, in Arabic, French and English. */
  public abstract Labels labels();

  /** How the category's value is obtained. */
  public abstract Measure measure();

  /** The categories under this one, in display order. */
  public abstract List<Category> children();

  /**
   * Whether the value is an independent total that its children must add up to, e.g. a published
   * total of activities whose parts are published too; false unless set.
   */
  @Value.Default
  public boolean checkedTotal() {
    return false;
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

  /** Whether the children must add up to this category's value. */
  public boolean isTotal() {
    return checkedTotal() || measure() instanceof Measure.SumOfChildren;
  }

  /** Whether the category has a value at all; false for {@link Measure#none()}. */
  public boolean hasValue() {
    return !(measure() instanceof Measure.None);
  }

  @Value.Check
  void check() {
    Checks.check(
        ID.matcher(id()).matches(),
        "Category",
        "id",
        "must be dot-separated segments of lower case letters, digits and '_'",
        id());
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
    }
    if (isTotal()) {
      Checks.check(
          children().stream().anyMatch(Category::hasValue),
          "Category",
          "children",
          "must include a category with a value when " + id() + " is a total",
          children());
      Checks.check(hasValue(), "Category", "checkedTotal", "must be false when the measure is none", id());
    }
  }
}
