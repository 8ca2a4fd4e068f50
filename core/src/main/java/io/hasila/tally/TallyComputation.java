package io.hasila.tally;

import io.hasila.aggregate.AccumulatorCodec;
import io.hasila.aggregate.AccumulatorCodecs;
import io.hasila.aggregate.Account;
import io.hasila.aggregate.Aggregator;
import io.hasila.aggregate.Aggregators;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Institution;
import io.hasila.model.Platform;
import io.hasila.model.Projection;
import io.hasila.model.Property;
import io.hasila.model.PropertyPath;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Computes a tally: one composite aggregator over the activities, one over the snapshots. */
final class TallyComputation {
  private TallyComputation() {}

  /** A value with the number of records it was computed from. */
  private static final class Partial {
    long value;
    long inputs;
    Set<Object> ids;
  }

  /** Adds one activity to the partial result of one measure. */
  private interface Step {
    Partial empty();

    void add(Partial p, Activity a);

    void merge(Partial left, Partial right);

    /** The codec of the distinct values of a distinct count; null for the other measures. */
    AccumulatorCodec<Set<Object>> ids();
  }

  static Tally compute(
      TallyDefinition definition,
      Institution institution,
      DateRange period,
      Stream<? extends Activity> activities,
      Stream<AudienceSnapshot> snapshots) {
    List<AudienceSnapshot> inPeriod = snapshots.filter(s -> period.contains(s.date())).collect(Collectors.toList());
    return aggregator(definition, institution, period, inPeriod).aggregate(activities.map(a -> (Activity) a));
  }

  /** The activity aggregator behind {@link Tally#aggregator}: one partial value per measured category. */
  static Aggregator<Activity, ?, Tally> aggregator(
      TallyDefinition definition,
      Institution institution,
      DateRange period,
      Collection<AudienceSnapshot> snapshots) {
    ZoneId zone = institution.zone();
    Map<String, Step> steps = new LinkedHashMap<>();
    for (Category c : definition.allCategories()) {
      Step step = step(c.measure(), zone);
      if (step != null) {
        steps.put(c.id(), step);
      }
    }
    List<String> ids = List.copyOf(steps.keySet());
    Step[] stepArray = steps.values().toArray(new Step[0]);
    List<AudienceSnapshot> inPeriod = new ArrayList<>();
    for (AudienceSnapshot s : snapshots) {
      if (period.contains(s.date())) {
        inPeriod.add(s);
      }
    }
    Map<Account, AudienceSnapshot> latest = Aggregators.latestSnapshots().aggregate(inPeriod.stream());
    return Aggregator.<Activity, Partial[], Tally>of(
        () -> {
          Partial[] ps = new Partial[stepArray.length];
          for (int i = 0; i < ps.length; i++) {
            ps[i] = stepArray[i].empty();
          }
          return ps;
        },
        (ps, a) -> {
          if (period.contains(Aggregators.dayOf(a, zone))) {
            for (int i = 0; i < ps.length; i++) {
              stepArray[i].add(ps[i], a);
            }
          }
          return ps;
        },
        (left, right) -> {
          for (int i = 0; i < left.length; i++) {
            stepArray[i].merge(left[i], right[i]);
          }
          return left;
        },
        ps -> tally(definition, institution, period, ids, ps, latest, inPeriod),
        codec(stepArray))
        .reading(definition.reads().and(Projection.ofCommon(Activity.DATE, Activity.TIME)));
  }

  /** The partial values of each measured category: value, inputs and, for a distinct count, the values seen. */
  private static AccumulatorCodec<Partial[]> codec(Step[] steps) {
    AccumulatorCodec<Long> longs = AccumulatorCodecs.longs();
    return new AccumulatorCodec<>() {
      @Override
      public void encode(Partial[] value, DataOutput out) throws IOException {
        for (int i = 0; i < steps.length; i++) {
          longs.encode(value[i].value, out);
          longs.encode(value[i].inputs, out);
          if (steps[i].ids() != null) {
            steps[i].ids().encode(value[i].ids, out);
          }
        }
      }

      @Override
      public Partial[] decode(DataInput in) throws IOException {
        Partial[] ps = new Partial[steps.length];
        for (int i = 0; i < steps.length; i++) {
          Partial p = new Partial();
          p.value = longs.decode(in);
          p.inputs = longs.decode(in);
          if (steps[i].ids() != null) {
            p.ids = steps[i].ids().decode(in);
          }
          ps[i] = p;
        }
        return ps;
      }
    };
  }

  private static Tally tally(
      TallyDefinition definition,
      Institution institution,
      DateRange period,
      List<String> ids,
      Partial[] results,
      Map<Account, AudienceSnapshot> latest,
      List<AudienceSnapshot> snapshots) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Partial p = results[i];
      long value = p.ids != null ? p.ids.size() : p.value;
      figures.put(ids.get(i), Figure.computed(value, p.inputs));
    }
    List<Category> all = definition.allCategories();
    for (Category c : all) {
      if (c.measure() instanceof Measure.LatestSnapshot) {
        Measure.LatestSnapshot m = (Measure.LatestSnapshot) c.measure();
        snapshots(m.platform(), m.account(), m.field(), null, latest.values()).ifPresent(f -> figures.put(c.id(), f));
      } else if (c.measure() instanceof Measure.SnapshotAt) {
        Measure.SnapshotAt m = (Measure.SnapshotAt) c.measure();
        snapshots(m.platform(), m.account(), m.field(), m.date(), snapshots).ifPresent(f -> figures.put(c.id(), f));
      }
    }
    for (int i = all.size() - 1; i >= 0; i--) { // children come after their parents
      Category c = all.get(i);
      if (c.measure() instanceof Measure.SumOfChildren) {
        sumOfChildren(c, figures);
      }
    }
    Map<String, Figure> ordered = new LinkedHashMap<>();
    for (Category c : all) {
      if (figures.containsKey(c.id())) {
        ordered.put(c.id(), figures.get(c.id()));
      }
    }
    return Tally.builder()
        .definition(definition)
        .institution(institution)
        .period(period)
        .figures(ordered)
        .build();
  }

  /**
   * The sum of the parts that have a figure, derived from them; none when a part is only ever
   * published (the computed sum would leave it out).
   */
  private static void sumOfChildren(Category c, Map<String, Figure> figures) {
    long sum = 0;
    List<String> used = new ArrayList<>();
    for (Category child : c.parts()) {
      if (child.measure() instanceof Measure.PublishedOnly && !figures.containsKey(child.id())) {
        return;
      }
      Figure f = figures.get(child.id());
      if (f != null) {
        sum = Math.addExact(sum, f.value());
        used.add(child.id());
      }
    }
    if (!used.isEmpty()) {
      figures.put(c.id(), Figure.derived(sum, String.join(" + ", used), used));
    }
  }

  /**
   * The value of {@code field} in the snapshots of the platform (of one account, if given), dated
   * {@code date} if given, added up across accounts; none without such a snapshot.
   */
  private static Optional<Figure> snapshots(
      Platform platform,
      Optional<String> account,
      Property<AudienceSnapshot, Long> field,
      LocalDate date,
      Collection<AudienceSnapshot> candidates) {
    long sum = 0;
    long accounts = 0;
    for (AudienceSnapshot s : candidates) {
      if (!s.platform().equals(platform)
          || account.map(a -> !a.equals(s.account())).orElse(false)
          || (date != null && !date.equals(s.date()))) {
        continue;
      }
      Optional<Long> v = field.value(s);
      if (v.isPresent()) {
        sum = Math.addExact(sum, v.get());
        accounts++;
      }
    }
    return accounts == 0 ? Optional.empty() : Optional.of(Figure.computed(sum, accounts));
  }

  private static Step step(Measure measure, ZoneId zone) {
    if (measure instanceof Measure.Count) {
      Selector s = ((Measure.Count) measure).selector();
      return simple((p, a) -> {
        if (s.matches(a, zone)) {
          p.value++;
          p.inputs++;
        }
      }, null);
    }
    if (measure instanceof Measure.Sum) {
      Measure.Sum m = (Measure.Sum) measure;
      PropertyPath of = m.of();
      Selector s = m.selector();
      return simple((p, a) -> {
        if (of.appliesTo(a) && s.matches(a, zone)) {
          // One walk of the path, no allocation per activity: a path to a number reaches few values.
          List<Object> values = of.values(a);
          if (!values.isEmpty()) {
            long sum = p.value;
            for (int i = 0, n = values.size(); i < n; i++) {
              sum = Math.addExact(sum, ((Number) values.get(i)).longValue());
            }
            p.value = sum;
            p.inputs++;
          }
        }
      }, null);
    }
    if (measure instanceof Measure.Distinct) {
      Measure.Distinct m = (Measure.Distinct) measure;
      PropertyPath of = m.of();
      Property<?, ?> key = of.last();
      PropertyPath parent = of.parent().orElse(null);
      Measure.Filter filter = m.filter().orElse(null);
      return simple((p, a) -> {
        if (of.appliesTo(a) && m.selector().matches(a, zone)) {
          p.inputs++;
          if (parent == null) {
            of.forEach(a, p.ids::add);
          } else {
            parent.forEach(a, element -> {
              if (filter == null || anyMatch(filter.property(), element, filter.condition())) {
                forEach(key, element, p.ids::add);
              }
            });
          }
        }
      }, AccumulatorCodecs.setsOf(valuesOf(of)));
    }
    return null; // snapshots, sums of children, published-only figures and categories without a value
  }

  @SuppressWarnings("unchecked")
  private static boolean anyMatch(Property<?, ?> property, Object record, Condition condition) {
    return ((Property<Object, ?>) property).anyMatch(record, condition);
  }

  @SuppressWarnings("unchecked")
  private static void forEach(Property<?, ?> property, Object record, java.util.function.Consumer<Object> action) {
    ((Property<Object, ?>) property).forEach(record, action);
  }

  @SuppressWarnings("unchecked")
  private static AccumulatorCodec<Object> valuesOf(PropertyPath path) {
    return (AccumulatorCodec<Object>) AccumulatorCodecs.values(path.valueType());
  }

  private static Step simple(BiConsumer<Partial, Activity> add, AccumulatorCodec<Set<Object>> ids) {
    boolean distinct = ids != null;
    return new Step() {
      @Override
      public AccumulatorCodec<Set<Object>> ids() {
        return ids;
      }

      @Override
      public Partial empty() {
        Partial p = new Partial();
        if (distinct) {
          p.ids = new HashSet<>();
        }
        return p;
      }

      @Override
      public void add(Partial p, Activity a) {
        add.accept(p, a);
      }

      @Override
      public void merge(Partial left, Partial right) {
        left.value = Math.addExact(left.value, right.value);
        left.inputs += right.inputs;
        if (distinct) {
          left.ids.addAll(right.ids);
        }
      }
    };
  }

}
