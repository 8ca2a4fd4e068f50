package io.hasila.tally;

import io.hasila.internal.Checks;
import io.hasila.model.Labels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How an institution groups its figures for a year: a tree of {@link Category categories}, each
 * with a {@link Measure}.
 *
 * <p>Definitions are data, not code: each year and each institution may group its figures
 * differently, so a definition is meant to be written to and read from a file (the JSON format of
 * {@code hasila-io-json}); the examples bundle the 2020 definition of the reference case as one.
 */
@Value.Immutable
public abstract class TallyDefinition {
  TallyDefinition() {}

  /** The definition's stable identifier, e.g. {@code dgsn.communication.2020}. */
  public abstract String id();

  /** The definition's title, in three languages. */
  public abstract Labels labels();

  /** The top-level categories, in display order. */
  public abstract List<Category> categories();

  /** A builder for a definition. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TallyDefinition}; {@code build()} validates it. */
  public static final class Builder extends ImmutableTallyDefinition.Builder {
    Builder() {}
  }

  /** Every category, parents before their children, in display order. */
  @Value.Lazy
  public List<Category> allCategories() {
    List<Category> out = new ArrayList<>();
    categories().forEach(c -> collect(c, out));
    return List.copyOf(out);
  }

  /** The category with this id, if there is one. */
  public Optional<Category> category(String id) {
    return allCategories().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static void collect(Category c, List<Category> out) {
    out.add(c);
    c.children().forEach(child -> collect(child, out));
  }

  @Value.Check
  void check() {
    Checks.notBlank("TallyDefinition", "id", id());
    Set<String> ids = new HashSet<>();
    for (Category c : allCategories()) {
      Checks.check(ids.add(c.id()), "TallyDefinition", "categories", "must have unique ids", c.id());
    }
  }
}
