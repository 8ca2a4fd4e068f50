package io.hasila.tally;

import io.hasila.aggregate.Aggregators;
import io.hasila.internal.Checks;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.OrgUnit;
import io.hasila.model.Projection;
import io.hasila.model.Property;
import io.hasila.model.PropertyPath;
import io.hasila.model.Theme;
import io.hasila.model.ValueType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which activities a {@link Measure} counts: a declarative condition on an activity's type, on any
 * described property ({@link #where}), or on its day, combined with {@code and}, {@code or} and
 * {@code not}.
 *
 * <p>One shape covers every field: {@code where(PropertyPath.parse("bulletin.kind"),
 * Condition.anyOf(BulletinKind.REBUTTAL))} selects the rebuttals, {@code
 * where(PropertyPath.parse("campaign.participants"), Condition.range(100, 1_000))} the campaigns of
 * a hundred to a thousand people. The standard selectors are plain data, records with accessors
 * and no code inside, so a definition can be written to a file and read back. {@link
 * #custom(String, Predicate)} is the one exception: an extension for conditions the standard ones
 * cannot express, which cannot be serialized. All selectors are immutable and thread safe.
 */
public sealed interface Selector {

  /**
   * Whether the activity matches; {@code zone} is the institution's time zone, in which {@link
   * Between} reads the day of an activity that has a time.
   */
  boolean matches(Activity activity, ZoneId zone);

  /**
   * The described properties the selector reads, derived from it: none for {@link #all()} and
   * {@link #ofType}, the path of a {@link #where}, the date and time for {@link #between}, what the
   * parts read for {@code and}, {@code or} and {@code not}, and every property for a {@link #custom}
   * selector, whose code is not known.
   */
  default Projection reads() {
    return Projection.all();
  }

  /** This selector as a predicate for activities of an institution in {@code zone}. */
  default Predicate<Activity> in(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return activity -> matches(activity, zone);
  }

  /** Every activity. */
  static Selector all() {
    return All.INSTANCE;
  }

  /** Activities of any of these types. */
  static Selector ofType(ActivityType<?>... types) {
    return new Types(new LinkedHashSet<>(List.of(types)));
  }

  /** Activities where any value {@code path} reaches passes {@code condition}. */
  static Selector where(PropertyPath path, Condition condition) {
    return new Where(path, condition);
  }

  /** Activities of {@code type} whose {@code property} holds one of {@code values}, e.g. bulletins of kind rebuttal. */
  @SafeVarargs
  static <A extends Activity, V> Selector anyOf(ActivityType<A> type, Property<? super A, V> property, V... values) {
    Set<Object> set = new LinkedHashSet<>();
    for (V v : values) {
      set.add(v);
    }
    return new Where(PropertyPath.of(type, property), Condition.anyOf(set));
  }

  /** Activities tagged with at least one of these themes; combine with {@link #and} to require several. */
  static Selector theme(Theme... themes) {
    return new Where(PropertyPath.of(Activity.THEMES), Condition.anyOf((Object[]) themes));
  }

  /** Activities carried out by any of these units, by unit id. */
  static Selector unit(String... unitIds) {
    for (String id : unitIds) {
      Checks.notBlank("Selector", "unitIds", Objects.requireNonNull(id, "unitIds"));
    }
    return new Where(PropertyPath.of(Activity.UNIT, OrgUnit.ID), Condition.anyOf((Object[]) unitIds));
  }

  /** Activities whose day, in the institution's zone, lies from {@code from} to {@code to}, both included. */
  static Selector between(LocalDate from, LocalDate to) {
    return new Between(DateRange.of(from, to));
  }

  /** Activities that match every one of the selectors. */
  static Selector and(Selector... selectors) {
    return new And(List.of(selectors));
  }

  /** Activities that match at least one of the selectors. */
  static Selector or(Selector... selectors) {
    return new Or(List.of(selectors));
  }

  /** Activities that do not match the selector. */
  static Selector not(Selector selector) {
    return new Not(selector);
  }

  /**
   * A selector from code, for a condition the standard selectors cannot express.
   *
   * <p>It cannot be written to a file: a definition that uses it lives in code only. The name
   * identifies it in messages and reports; two custom selectors are equal only if they are the same
   * object.
   */
  static Selector custom(String name, Predicate<Activity> predicate) {
    return new Custom(name, predicate);
  }

  /** Selects every activity. */
  enum All implements Selector {
    /** The one instance. */
    INSTANCE;

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return true;
    }

    @Override
    public Projection reads() {
      return Projection.none();
    }
  }

  /** Selects activities of any of the types. */
  record Types(Set<ActivityType<?>> types) implements Selector {
    /** Validates and copies the types. */
    public Types {
      Objects.requireNonNull(types, "types");
      Checks.notEmpty("Types", "types", types);
      types.forEach(t -> Objects.requireNonNull(t, "types"));
      types = Collections.unmodifiableSet(new LinkedHashSet<>(types));
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return types.contains(activity.type());
    }

    @Override
    public Projection reads() {
      return Projection.none();
    }
  }

  /** Selects activities where any value a property path reaches passes a condition. */
  record Where(PropertyPath path, Condition condition) implements Selector {
    /** Validates that the condition fits the values the path reaches. */
    public Where {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(condition, "condition");
      ValueType<?> type = path.valueType();
      if (condition instanceof Condition.Range) {
        Checks.check(type.isNumber(), "Where", "condition", "must test numbers only on a number property, " + path + " is " + type, condition);
      } else if (condition instanceof Condition.AnyOf) {
        for (Object v : ((Condition.AnyOf) condition).values()) {
          Checks.check(
              type.javaType().isInstance(v),
              "Where",
              "condition",
              "must list values of " + path + " (" + type + ")",
              v);
        }
      }
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return path.anyMatch(activity, condition);
    }

    @Override
    public Projection reads() {
      return Projection.of(path);
    }
  }

  /** Selects activities whose day in the institution's zone lies in the range. */
  record Between(DateRange range) implements Selector {
    /** Validates the range. */
    public Between {
      Objects.requireNonNull(range, "range");
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return range.contains(Aggregators.dayOf(activity, zone));
    }

    @Override
    public Projection reads() {
      return Projection.ofCommon(Activity.DATE, Activity.TIME);
    }
  }

  /** Selects activities that match all of the selectors. */
  record And(List<Selector> selectors) implements Selector {
    /** Validates and copies the selectors. */
    public And {
      selectors = List.copyOf(selectors);
      Checks.notEmpty("And", "selectors", selectors);
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      for (int i = 0, n = selectors.size(); i < n; i++) { // no iterator per activity
        if (!selectors.get(i).matches(activity, zone)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Projection reads() {
      return union(selectors);
    }
  }

  /** Selects activities that match at least one of the selectors. */
  record Or(List<Selector> selectors) implements Selector {
    /** Validates and copies the selectors. */
    public Or {
      selectors = List.copyOf(selectors);
      Checks.notEmpty("Or", "selectors", selectors);
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      for (int i = 0, n = selectors.size(); i < n; i++) { // no iterator per activity
        if (selectors.get(i).matches(activity, zone)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Projection reads() {
      return union(selectors);
    }
  }

  /** Selects activities that do not match the selector. */
  record Not(Selector selector) implements Selector {
    /** Validates the selector. */
    public Not {
      Objects.requireNonNull(selector, "selector");
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return !selector.matches(activity, zone);
    }

    @Override
    public Projection reads() {
      return selector.reads();
    }
  }

  /** A selector from code: an extension point that cannot be serialized. */
  final class Custom implements Selector {
    private final String name;
    private final Predicate<Activity> predicate;

    private Custom(String name, Predicate<Activity> predicate) {
      this.name = Checks.notBlank("Custom", "name", Objects.requireNonNull(name, "name"));
      this.predicate = Objects.requireNonNull(predicate, "predicate");
    }

    /** The name that identifies the selector in messages and reports. */
    public String name() {
      return name;
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return predicate.test(activity);
    }

    @Override
    public String toString() {
      return "Custom[name=" + name + "]";
    }
  }

  private static Projection union(List<Selector> selectors) {
    Projection p = Projection.none();
    for (Selector s : selectors) {
      p = p.and(s.reads());
    }
    return p;
  }
}
