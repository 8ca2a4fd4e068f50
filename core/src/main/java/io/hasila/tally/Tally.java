package io.hasila.tally;

import io.hasila.aggregate.Aggregator;
import io.hasila.internal.Checks;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Institution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.immutables.value.Value;

/**
 * The figures of one institution for one period under a {@link TallyDefinition}, each with its
 * {@link Provenance}.
 *
 * <p>Compute a tally from records with {@link #compute}, or build one from the figures of a
 * published report with {@link #builder()} or {@link #published} when the records are not
 * available. A category without a figure is absent: a programme without a number, a figure the
 * source does not give, a figure that is only ever published in a computed tally ({@link
 * #publishedOnly()}), or an account without snapshots in the period. {@link #check()} reports the
 * figures that break the definition's rules; {@link Comparison#of} compares two tallies.
 */
@Value.Immutable
public abstract class Tally {
  Tally() {}

  /** The definition the figures follow. */
  public abstract TallyDefinition definition();

  /** The institution the figures are about. */
  public abstract Institution institution();

  /** The period the figures cover. */
  public abstract DateRange period();

  /** The figures by category id; only ids of the definition's categories with a value. */
  public abstract Map<String, Figure> figures();

  /** A builder for a tally, e.g. from published figures. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tally}; {@code build()} validates it. */
  public static final class Builder extends ImmutableTally.Builder {
    Builder() {}
  }

  /** A tally of figures all published in one source, by category id. */
  public static Tally published(
      TallyDefinition definition,
      Institution institution,
      DateRange period,
      Source source,
      Map<String, Long> values) {
    Builder b = builder().definition(definition).institution(institution).period(period);
    values.forEach((id, value) -> b.putFigures(id, Figure.published(value, source)));
    return b.build();
  }

  /**
   * Computes every category from the activities and audience snapshots of the period, in one pass
   * over each; a parallel stream is aggregated in parallel with the same result.
   *
   * <p>Activities count if their day in the institution's zone lies in the period; snapshots if
   * their date does. A {@link Measure#sumOfChildren()} category is {@link Provenance.Derived
   * derived} from its children that have a figure; a latest-snapshot category without a snapshot
   * in the period has no figure.
   */
  public static Tally compute(
      TallyDefinition definition,
      Institution institution,
      DateRange period,
      Stream<? extends Activity> activities,
      Stream<AudienceSnapshot> snapshots) {
    return TallyComputation.compute(definition, institution, period, activities, snapshots);
  }

  /** Computes every category from collections of activities and snapshots; see {@link #compute(TallyDefinition, Institution, DateRange, Stream, Stream)}. */
  public static Tally compute(
      TallyDefinition definition,
      Institution institution,
      DateRange period,
      Iterable<? extends Activity> activities,
      Iterable<AudienceSnapshot> snapshots) {
    return compute(
        definition,
        institution,
        period,
        StreamSupport.stream(activities.spliterator(), false),
        StreamSupport.stream(snapshots.spliterator(), false));
  }

  /**
   * The aggregator behind {@link #compute}: add a period's activities to it, in any split and
   * order, and its result is the tally of those activities and of {@code snapshots}.
   *
   * <p>Use it to compute one tally from several sources or threads — for example one accumulator
   * per chunk of a large file, merged at the end — or on a distributed engine; merging two partial
   * accumulators gives exactly the tally of all their activities. Snapshots are few and are given
   * up front; only those dated in the period count.
   *
   * <p>Its {@link Aggregator#codec() codec} encodes the partial value of each computed category (a
   * count, a sum with its inputs, the values seen by a distinct count). The accumulator and its
   * codec depend on the definition only, not on the snapshots, so an engine that learns the
   * snapshots late (a side input) may encode and merge accumulators with an aggregator made before.
   */
  public static Aggregator<Activity, ?, Tally> aggregator(
      TallyDefinition definition,
      Institution institution,
      DateRange period,
      Collection<AudienceSnapshot> snapshots) {
    return TallyComputation.aggregator(definition, institution, period, List.copyOf(snapshots));
  }

  /** The figure of a category, if it has one. */
  public Optional<Figure> figure(String categoryId) {
    return Optional.ofNullable(figures().get(categoryId));
  }

  /** The value of a category, if it has a figure. */
  public OptionalLong value(String categoryId) {
    Figure f = figures().get(categoryId);
    return f == null ? OptionalLong.empty() : OptionalLong.of(f.value());
  }

  /**
   * Checks every rule of the definition ({@link TallyDefinition#allRules()}): totals whose parts
   * must add up to them, parts that must not exceed a total, running totals of one date that must
   * add up, each within its tolerance.
   *
   * <p>A rule whose total has no figure is not checked. A sum whose parts lack a figure is reported
   * with them, even when the others add up; an at-most rule checks the parts that have a figure. It
   * never throws on a mismatch: it returns every violation, in the order of the rules, and an empty
   * list when the tally is consistent.
   */
  public List<Violation> check() {
    List<Violation> violations = new ArrayList<>();
    for (Rule rule : definition().allRules()) {
      OptionalLong total = value(rule.total());
      if (total.isEmpty()) {
        continue;
      }
      long found = 0;
      Map<String, Long> values = new LinkedHashMap<>();
      values.put(rule.total(), total.getAsLong());
      List<String> missing = new ArrayList<>();
      for (String part : rule.parts()) {
        OptionalLong v = value(part);
        if (v.isPresent()) {
          found = Math.addExact(found, v.getAsLong());
          values.put(part, v.getAsLong());
        } else {
          missing.add(part);
        }
      }
      boolean sum = rule.kind() != Rule.Kind.AT_MOST;
      if (!rule.passes(total.getAsLong(), found) || (sum && !missing.isEmpty())) {
        violations.add(
            Violation.builder()
                .rule(rule)
                .expected(total.getAsLong())
                .found(found)
                .values(values)
                .missingParts(missing)
                .build());
      }
    }
    return List.copyOf(violations);
  }

  /** Whether {@link #check()} finds no violation. */
  public boolean isConsistent() {
    return check().isEmpty();
  }

  /**
   * The sources of the published figures, each once, in the order of the figures that first cite
   * them: what a tally document lists, and its published figures refer to by id.
   */
  @Value.Lazy
  public List<Source> sources() {
    Map<String, Source> out = new LinkedHashMap<>();
    for (Figure f : figures().values()) {
      if (f.provenance() instanceof Provenance.Published) {
        Source s = ((Provenance.Published) f.provenance()).source();
        out.putIfAbsent(s.id(), s);
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The ids of the definition's categories that are reported, never computed ({@link
   * Measure#publishedOnly()}) and have no figure here: a computed tally says so for each of them.
   */
  public List<String> publishedOnly() {
    List<String> out = new ArrayList<>();
    for (Category c : definition().allCategories()) {
      if (c.measure() instanceof Measure.PublishedOnly && !figures().containsKey(c.id())) {
        out.add(c.id());
      }
    }
    return List.copyOf(out);
  }

  @Value.Check
  void checkFigures() {
    Map<String, Source> sources = new HashMap<>();
    for (Map.Entry<String, Figure> e : figures().entrySet()) {
      String id = e.getKey();
      Optional<Category> c = definition().category(id);
      Checks.check(c.isPresent(), "Tally", "figures", "must only hold categories of " + definition().id(), id);
      Checks.check(c.get().hasValue(), "Tally", "figures", "must not hold a category without a value (measure none or programme)", id);
      if (e.getValue().provenance() instanceof Provenance.Published) {
        Source s = ((Provenance.Published) e.getValue().provenance()).source();
        Source first = sources.putIfAbsent(s.id(), s);
        Checks.check(
            first == null || first.equals(s),
            "Tally",
            "figures",
            "must cite different sources by different ids (give one of them its own id with Source.builder().id(...))",
            id + " cites a second source with the id " + s.id());
      }
    }
  }
}
