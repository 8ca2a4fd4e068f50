package io.hasila.tally;

import io.hasila.aggregate.Aggregators;
import io.hasila.internal.Checks;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CampaignKind;
import io.hasila.model.MediaCoverage;
import io.hasila.model.MediaProduction;
import io.hasila.model.OutletKind;
import io.hasila.model.Platform;
import io.hasila.model.ProductionKind;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which activities a {@link Measure} counts: a declarative condition on an activity's type, kind,
 * platform, outlet kind, theme, unit or date, combined with {@code and}, {@code or} and {@code
 * not}.
 *
 * <p>The standard selectors are plain data, records with accessors and no code inside, so a
 * definition can be written to a file and read back. {@link #custom(String, Predicate)} is the one
 * exception: an extension for conditions the standard ones cannot express, which cannot be
 * serialized. All selectors are immutable and thread safe.
 */
public sealed interface Selector {

  /**
   * Whether the activity matches; {@code zone} is the institution's time zone, in which {@link
   * Between} reads the day of an activity that has a time.
   */
  boolean matches(Activity activity, ZoneId zone);

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
  static Selector ofType(ActivityType... types) {
    return new Types(setOf(types));
  }

  /** Bulletins of any of these kinds; e.g. {@code bulletinKind(REBUTTAL)} selects the statements of truth. */
  static Selector bulletinKind(BulletinKind... kinds) {
    return new BulletinKinds(setOf(kinds));
  }

  /** Tweets and posts on any of these platforms. */
  static Selector platform(Platform... platforms) {
    return new Platforms(setOf(platforms));
  }

  /** Tweets and posts published by any of these accounts, on whatever platform. */
  static Selector account(String... accounts) {
    return new Accounts(setOf(accounts));
  }

  /** Media coverages for outlets of any of these kinds. */
  static Selector outletKind(OutletKind... kinds) {
    return new OutletKinds(setOf(kinds));
  }

  /** Media productions of any of these kinds. */
  static Selector productionKind(ProductionKind... kinds) {
    return new ProductionKinds(setOf(kinds));
  }

  /** Campaigns of any of these kinds. */
  static Selector campaignKind(CampaignKind... kinds) {
    return new CampaignKinds(setOf(kinds));
  }

  /** Activities tagged with at least one of these themes; combine with {@link #and} to require several. */
  static Selector theme(Theme... themes) {
    return new Themes(setOf(themes));
  }

  /** Activities carried out by any of these units, by unit id. */
  static Selector unit(String... unitIds) {
    return new Units(setOf(unitIds));
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
  }

  /** Selects activities of any of the types. */
  record Types(Set<ActivityType> types) implements Selector {
    /** Validates and copies the types. */
    public Types {
      types = nonEmptyEnums("Types", "types", types);
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return types.contains(activity.type());
    }
  }

  /** Selects bulletins of any of the kinds. */
  record BulletinKinds(Set<BulletinKind> kinds) implements Selector {
    /** Validates and copies the kinds. */
    public BulletinKinds {
      kinds = nonEmptyEnums("BulletinKinds", "kinds", kinds);
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return activity instanceof Bulletin && kinds.contains(((Bulletin) activity).kind());
    }
  }

  /** Selects tweets and posts on any of the platforms. */
  record Platforms(Set<Platform> platforms) implements Selector {
    /** Validates and copies the platforms. */
    public Platforms {
      platforms = nonEmptyEnums("Platforms", "platforms", platforms);
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return activity instanceof Tweet && platforms.contains(((Tweet) activity).platform());
    }
  }

  /** Selects tweets and posts of any of the accounts. */
  record Accounts(Set<String> accounts) implements Selector {
    /** Validates and copies the accounts. */
    public Accounts {
      accounts = nonEmpty("Accounts", "accounts", accounts);
      accounts.forEach(a -> Checks.notBlank("Accounts", "accounts", a));
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return activity instanceof Tweet && accounts.contains(((Tweet) activity).account());
    }
  }

  /** Selects media coverages for outlets of any of the kinds. */
  record OutletKinds(Set<OutletKind> kinds) implements Selector {
    /** Validates and copies the kinds. */
    public OutletKinds {
      kinds = nonEmptyEnums("OutletKinds", "kinds", kinds);
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return activity instanceof MediaCoverage && kinds.contains(((MediaCoverage) activity).outletKind());
    }
  }

  /** Selects media productions of any of the kinds. */
  record ProductionKinds(Set<ProductionKind> kinds) implements Selector {
    /** Validates and copies the kinds. */
    public ProductionKinds {
      kinds = nonEmptyEnums("ProductionKinds", "kinds", kinds);
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return activity instanceof MediaProduction && kinds.contains(((MediaProduction) activity).kind());
    }
  }

  /** Selects campaigns of any of the kinds. */
  record CampaignKinds(Set<CampaignKind> kinds) implements Selector {
    /** Validates and copies the kinds. */
    public CampaignKinds {
      kinds = nonEmptyEnums("CampaignKinds", "kinds", kinds);
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return activity instanceof Campaign && kinds.contains(((Campaign) activity).kind());
    }
  }

  /** Selects activities tagged with at least one of the themes. */
  record Themes(Set<Theme> themes) implements Selector {
    /** Validates and copies the themes. */
    public Themes {
      themes = nonEmpty("Themes", "themes", themes);
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      for (Theme t : activity.themes()) {
        if (themes.contains(t)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Selects activities carried out by any of the units, by unit id. */
  record Units(Set<String> unitIds) implements Selector {
    /** Validates and copies the unit ids. */
    public Units {
      unitIds = nonEmpty("Units", "unitIds", unitIds);
      unitIds.forEach(u -> Checks.notBlank("Units", "unitIds", u));
    }

    @Override
    public boolean matches(Activity activity, ZoneId zone) {
      return unitIds.contains(activity.unit().id());
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

  @SafeVarargs
  private static <E> Set<E> setOf(E... values) {
    Set<E> set = new LinkedHashSet<>();
    for (E v : values) {
      set.add(v);
    }
    return set;
  }

  private static <E extends Enum<E>> Set<E> nonEmptyEnums(String type, String field, Set<E> values) {
    Objects.requireNonNull(values, field);
    Checks.notEmpty(type, field, values);
    return Collections.unmodifiableSet(EnumSet.copyOf(values));
  }

  private static <E> Set<E> nonEmpty(String type, String field, Set<E> values) {
    Objects.requireNonNull(values, field);
    Checks.notEmpty(type, field, values);
    values.forEach(v -> Objects.requireNonNull(v, field));
    return Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }
}
