package io.hasila.tally;

import io.hasila.internal.Checks;
import io.hasila.model.Labels;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A check the figures of a tally must pass: parts that add up to a total, parts that never exceed
 * it, or running totals of one date that add up to a total, each within a tolerance.
 *
 * <p>A definition states most rules through its tree ({@link TallyDefinition#allRules()}): a total
 * and its parts, a parent and its {@link Category.Role#AT_MOST at-most} children. A rule between
 * lines of different branches, such as the rebuttals on the health emergency that are a subset of
 * all rebuttals, is declared with {@link TallyDefinition#rules()}. Operands are category ids of the
 * definition that have a value.
 */
@Value.Immutable
public abstract class Rule {
  Rule() {}

  /** The kinds of rule. */
  public enum Kind {
    /** The parts add up to the total. */
    SUM(Labels.of("مجموع الأجزاء يساوي الإجمالي", "les parties font le total", "parts add up to the total")),
    /** The parts add up to at most the total: a subset, such as a theme, never exceeds the whole. */
    AT_MOST(Labels.of("لا يتجاوز", "au plus", "at most")),
    /** The parts, running totals of one date (followers of several accounts on one day), add up to the total. */
    SUM_AT_DATE(
        Labels.of(
            "مجموع الأرصدة التراكمية في تاريخ واحد يساوي الإجمالي",
            "les cumuls à une même date font le total",
            "running totals at one date add up to the total"));

    private final Labels labels;

    Kind(Labels labels) {
      this.labels = labels;
    }

    /** The rule's name in Arabic, French and English, as violations name it. */
    public Labels labels() {
      return labels;
    }
  }

  /** The kind of rule. */
  public abstract Kind kind();

  /** The id of the total, or for {@link Kind#AT_MOST} of the figure the parts never exceed. */
  public abstract String total();

  /** The ids of the parts, in order; at least one, each once. */
  public abstract List<String> parts();

  /** How far the parts may be from the total before the check reports it; 0 (exact) unless set. */
  @Value.Default
  public long tolerance() {
    return 0;
  }

  /** A note for readers, e.g. why the figures are related. */
  public abstract Optional<String> note();

  /** A builder for a rule. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rule}; {@code build()} validates it. */
  public static final class Builder extends ImmutableRule.Builder {
    Builder() {}
  }

  /** The parts add up to the total, exactly. */
  public static Rule sum(String total, String... parts) {
    return builder().kind(Kind.SUM).total(total).addParts(parts).build();
  }

  /** The parts add up to at most {@code total}, e.g. {@code atMost("communication.rebuttals", "health_emergency.rebuttals")}. */
  public static Rule atMost(String total, String... parts) {
    return builder().kind(Kind.AT_MOST).total(total).addParts(parts).build();
  }

  /** The parts, running totals of one date, add up to the total, exactly. */
  public static Rule sumAtDate(String total, String... parts) {
    return builder().kind(Kind.SUM_AT_DATE).total(total).addParts(parts).build();
  }

  /** Whether the values pass: the sum of the parts found against the total's value expected. */
  boolean passes(long expected, long found) {
    if (kind() == Kind.AT_MOST) {
      return found <= expected || found - expected <= tolerance();
    }
    return Math.abs(found - expected) <= tolerance();
  }

  @Value.Check
  void check() {
    Checks.notBlank("Rule", "total", total());
    Checks.notEmpty("Rule", "parts", parts());
    Checks.notNegative("Rule", "tolerance", tolerance());
    Set<String> seen = new HashSet<>();
    for (String part : parts()) {
      Checks.check(seen.add(part), "Rule", "parts", "must name each category once", part);
      Checks.check(!part.equals(total()), "Rule", "parts", "must not name the total " + total(), part);
    }
    note().ifPresent(n -> Checks.notBlank("Rule", "note", n));
  }
}
