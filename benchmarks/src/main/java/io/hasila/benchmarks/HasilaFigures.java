package io.hasila.benchmarks;

import io.hasila.aggregate.Aggregator;
import io.hasila.aggregate.Aggregators;
import io.hasila.aggregate.Counts;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Projection;
import io.hasila.model.PropertyPath;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What Hasila computes in the harness, in one pass over full validated activities: the 2020-style
 * tally (the 2020 definition bundled with the examples) and the shared {@link Figures}, all through
 * {@link Aggregators}, combined into one mergeable aggregator.
 */
public final class HasilaFigures {
  private HasilaFigures() {}

  /** The 2020 reference: the definition and the published tally bundled with the examples, read once. */
  public static final Tally REFERENCE = reference();

  private static Tally reference() {
    HasilaJson json = HasilaJson.create();
    String data = "/io/hasila/examples/data/2020/";
    try (InputStream d = HasilaFigures.class.getResourceAsStream(data + "definition-2020.json");
        InputStream p = HasilaFigures.class.getResourceAsStream(data + "published-2020.json")) {
      return json.readTally(p, "published-2020.json", json.readTallyDefinition(d, "definition-2020.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The key of the count by type and month. */
  record TypeMonth(ActivityType<?> type, YearMonth month) {
    /**
     * {@code YearMonth.hashCode()} keeps the month in the high bits, so the record's default hash
     * put the twelve months of a type in one {@code HashMap} bucket (a tree bin searched on every
     * activity); this one spreads them.
     */
    @Override
    public int hashCode() {
      return (type.code().hashCode() * 31 + month.getMonthValue()) * 10_007 + month.getYear();
    }
  }

  /** The tally (null when only the figures were computed) and the figures of a set of activities. */
  public record Result(Tally tally, Figures figures) {}

  /** What the count by type and month reads: the type (always read) and the date. */
  static final Projection TYPE_MONTH = Projection.ofCommon(Activity.DATE);

  /** The combined aggregator: tally, counts by type and month, participants, distinct counterparts. */
  public static Aggregator<Activity, Object[], Result> aggregator() {
    return aggregator(true);
  }

  /**
   * The four figures DuckDB computes, and with {@code tally} the 2020 tally too, as one aggregator
   * that reads what its parts read.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Aggregator<Activity, Object[], Result> aggregator(boolean tally) {
    List<Aggregator> parts = new java.util.ArrayList<>();
    parts.add(
        tally
            ? Tally.aggregator(REFERENCE.definition(), REFERENCE.institution(), DateRange.ofYear(2020), List.of())
            : Aggregators.count());
    // The key function is code, so the aggregator declares what it reads.
    parts.add(Aggregators.countBy((Activity a) -> new TypeMonth(a.type(), YearMonth.from(a.date()))).reading(TYPE_MONTH));
    parts.add(Aggregators.sum(PropertyPath.parse("campaign.participants")));
    parts.add(Aggregators.distinctCounterpartsByKind());
    Projection reads = Projection.none();
    for (Aggregator part : parts) {
      reads = reads.and(part.reads());
    }
    return Aggregator.<Activity, Object[], Result>of(
        () -> {
          Object[] acc = new Object[parts.size()];
          for (int i = 0; i < acc.length; i++) {
            acc[i] = parts.get(i).empty();
          }
          return acc;
        },
        (acc, a) -> {
          for (int i = 0; i < acc.length; i++) {
            acc[i] = parts.get(i).add(acc[i], a);
          }
          return acc;
        },
        (left, right) -> {
          for (int i = 0; i < left.length; i++) {
            left[i] = parts.get(i).merge(left[i], right[i]);
          }
          return left;
        },
        acc -> {
          Tally computed = tally ? (Tally) parts.get(0).result(acc[0]) : null;
          Counts<TypeMonth> counts = (Counts<TypeMonth>) parts.get(1).result(acc[1]);
          long participants = (Long) parts.get(2).result(acc[2]);
          Map<CounterpartKind, Long> distinct = (Map<CounterpartKind, Long>) parts.get(3).result(acc[3]);
          Figures f = new Figures();
          counts.byKey().forEach((k, v) -> f.count(k.type().code(), k.month().toString(), v));
          // Counterpart ids are distinct across kinds in the generated data, so the sum is the distinct count.
          f.participants(participants).distinctCounterparts(distinct.values().stream().mapToLong(Long::longValue).sum());
          return new Result(computed, f);
        }).reading(reads);
  }
}
