package io.hasila.tally;

import io.hasila.internal.Checks;
import io.hasila.internal.Suggest;
import io.hasila.model.Labels;
import io.hasila.model.Projection;
import io.hasila.model.Term;
import io.hasila.model.Vocabularies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How an institution groups its figures for a year: a tree of {@link Category categories}, each
 * with a {@link Measure}, the {@link Rule rules} its figures must pass, and the codes it declares.
 *
 * <p>Definitions are data, not code: each year and each institution may group its figures
 * differently, so a definition is meant to be written to and read from a file (the JSON format of
 * {@code hasila-io-json}); the examples bundle the 2020 definition of the reference case as one.
 * A definition is identified by its {@link #id()} and {@link #version()}: two different
 * definitions must not share both.
 */
@Value.Immutable
public abstract class TallyDefinition {
  TallyDefinition() {}

  /** The definition's stable identifier, e.g. {@code dgsn.communication.2020}. */
  public abstract String id();

  /** The definition's version, e.g. {@code 2} for a corrected edition, if it has one. */
  public abstract Optional<String> version();

  /** The definition's title, in three languages. */
  public abstract Labels labels();

  /**
   * The codes the definition declares for its own use, such as a theme of the year with its
   * labels: its selectors may use them on top of the codes the reader knows.
   */
  public abstract List<Term> declared();

  /** The top-level categories, in display order. */
  public abstract List<Category> categories();

  /** The rules between categories of different branches; those the tree states are in {@link #allRules()}. */
  public abstract List<Rule> rules();

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

  /** The described properties of an activity its measures read together (see {@link Measure#reads()}). */
  @Value.Lazy
  public Projection reads() {
    Projection p = Projection.none();
    for (Category c : allCategories()) {
      p = p.and(c.measure().reads());
    }
    return p;
  }

  /** The category with this id, if there is one. */
  public Optional<Category> category(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** The categories by id. */
  @Value.Lazy
  Map<String, Category> byId() {
    Map<String, Category> out = new LinkedHashMap<>();
    allCategories().forEach(c -> out.putIfAbsent(c.id(), c));
    return out;
  }

  /**
   * Every rule the tally's figures must pass, in definition order: for each total, its parts add up
   * to it (running totals of one date: {@link Rule.Kind#SUM_AT_DATE}); for each at-most child, it
   * never exceeds its parent; then the declared {@link #rules()}.
   */
  @Value.Lazy
  public List<Rule> allRules() {
    List<Rule> out = new ArrayList<>();
    for (Category c : allCategories()) {
      if (c.isTotal()) {
        List<String> parts = new ArrayList<>();
        c.parts().forEach(p -> parts.add(p.id()));
        Rule.Kind kind = c.parts().get(0).isRunningTotal() ? Rule.Kind.SUM_AT_DATE : Rule.Kind.SUM;
        out.add(Rule.builder().kind(kind).total(c.id()).parts(parts).tolerance(c.tolerance()).build());
      }
      for (Category child : c.children()) {
        if (child.role() == Category.Role.AT_MOST) {
          out.add(Rule.builder().kind(Rule.Kind.AT_MOST).total(c.id()).addParts(child.id()).tolerance(c.tolerance()).build());
        }
      }
    }
    out.addAll(rules());
    return List.copyOf(out);
  }

  /** {@code vocabularies} with the codes this definition declares, which its selectors may use. */
  public Vocabularies vocabularies(Vocabularies vocabularies) {
    return Objects.requireNonNull(vocabularies, "vocabularies").with(declared());
  }

  private static void collect(Category c, List<Category> out) {
    out.add(c);
    c.children().forEach(child -> collect(child, out));
  }

  @Value.Check
  void check() {
    Checks.notBlank("TallyDefinition", "id", id());
    version().ifPresent(v -> Checks.notBlank("TallyDefinition", "version", v));
    Set<String> ids = new HashSet<>();
    for (Category c : allCategories()) {
      Checks.check(ids.add(c.id()), "TallyDefinition", "categories", "must have unique ids", c.id());
    }
    Set<String> declared = new HashSet<>();
    for (Term t : declared()) {
      Checks.check(declared.add(t.vocabulary().name() + " " + t.code()), "TallyDefinition", "declared", "must declare each code once", t.vocabulary().name() + " " + t.code());
    }
    for (int i = 0; i < rules().size(); i++) {
      checkRule(rules().get(i), "rules[" + i + "]");
    }
  }

  /** A declared rule names categories with a value, of the kind the rule relates. */
  private void checkRule(Rule rule, String field) {
    Category total = operand(rule.total(), field + ".total");
    List<Category> parts = new ArrayList<>();
    rule.parts().forEach(p -> parts.add(operand(p, field + ".parts")));
    Object at = parts.get(0).runningTotalAt();
    boolean published = total.measure() instanceof Measure.PublishedOnly;
    switch (rule.kind()) {
      case SUM:
        for (Category c : concat(total, parts)) {
          Checks.check(
              c.runningTotalAt() == null,
              "TallyDefinition",
              field,
              "must not add up running totals (a sum_at_date rule adds up running totals of one date)",
              c.id());
        }
        break;
      case SUM_AT_DATE:
        for (Category c : parts) {
          Checks.check(
              c.runningTotalAt() != null && c.runningTotalAt().equals(at),
              "TallyDefinition",
              field + ".parts",
              "must name running totals of one date (" + parts.get(0).id() + " is at " + at + ")",
              c.id());
        }
        Checks.check(
            published || Objects.equals(total.runningTotalAt(), at),
            "TallyDefinition",
            field + ".total",
            "must name a running total at " + at + ", or a published-only figure",
            total.id());
        break;
      default:
        for (Category c : parts) {
          Checks.check(
              published || (c.runningTotalAt() == null) == (total.runningTotalAt() == null),
              "TallyDefinition",
              field + ".parts",
              "must name running totals exactly when " + total.id() + " is one",
              c.id());
        }
    }
  }

  private Category operand(String id, String field) {
    Category c = byId().get(id);
    Checks.check(c != null, "TallyDefinition", field, "must name a category of " + id() + Suggest.didYouMean(id, byId().keySet()), id);
    Checks.check(c.hasValue(), "TallyDefinition", field, "must name a category with a value", id);
    return c;
  }

  private static List<Category> concat(Category first, List<Category> rest) {
    List<Category> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }
}
