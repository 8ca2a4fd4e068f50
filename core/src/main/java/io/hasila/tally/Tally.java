package io.hasila.tally;

import io.hasila.aggregate.Aggregator;
import io.hasila.internal.Checks;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Institution;
import java.util.ArrayList;
import java.util.Collection;
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
 * source does not give, or an account without snapshots in the period. {@link #check()} reports
 * totals whose parts do not add up; {@link Comparison#of} compares two tallies.
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
   * Checks that every total adds up: for each category declared a total that has a figure, the
   * figures of its children with a value must add up to it and none may be missing.
   *
   * <p>It never throws on a mismatch: it returns every violation, in definition order, and an
   * empty list when the tally is consistent.
   */
  public List<Violation> check() {
    List<Violation> violations = new ArrayList<>();
    for (Category c : definition().allCategories()) {
      OptionalLong total = value(c.id());
      if (!c.isTotal() || total.isEmpty()) {
        continue;
      }
      long found = 0;
      List<String> parts = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Category child : c.children()) {
        if (!child.hasValue()) {
          continue;
        }
        parts.add(child.id());
        OptionalLong v = value(child.id());
        if (v.isPresent()) {
          found += v.getAsLong();
        } else {
          missing.add(child.id());
        }
      }
      if (found != total.getAsLong() || !missing.isEmpty()) {
        violations.add(
            Violation.builder()
                .path(c.id())
                .expected(total.getAsLong())
                .found(found)
                .parts(parts)
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

  @Value.Check
  void checkFigures() {
    for (String id : figures().keySet()) {
      Optional<Category> c = definition().category(id);
      Checks.check(c.isPresent(), "Tally", "figures", "must only hold categories of " + definition().id(), id);
      Checks.check(c.get().hasValue(), "Tally", "figures", "must not hold a category whose measure is none", id);
    }
  }
}
