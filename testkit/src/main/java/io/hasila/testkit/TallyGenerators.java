package io.hasila.testkit;

import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import io.hasila.model.Platform;
import io.hasila.model.Property;
import io.hasila.model.PropertyPath;
import io.hasila.model.RecordType;
import io.hasila.model.Term;
import io.hasila.model.ValueType;
import io.hasila.tally.Category;
import io.hasila.tally.Condition;
import io.hasila.tally.DateRange;
import io.hasila.tally.Figure;
import io.hasila.tally.Mapping;
import io.hasila.tally.Measure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Rule;
import io.hasila.tally.Selector;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of valid tally definitions, selectors, measures, rules, sources, tallies and
 * mappings between definitions.
 *
 * <p>Selectors are only the standard, serializable ones (never {@link Selector#custom}), nested up
 * to three levels, and test any described property of any activity type: codes from their
 * vocabularies, numbers in ranges, theme and unit ids. Measures count, sum any numeric property,
 * count distinct ids of nested records (filtered by one of their coded properties) or values of a
 * text property, read the latest snapshots or the snapshots of one date, or are published only, a
 * programme or no value. Definitions are trees up to three levels deep whose declared totals always
 * have a part with a value (running totals of one date only), with children of every role, some
 * tolerances, declared rules, declared codes and versions. Tallies draw a figure with a random
 * provenance for a random subset of the categories that have a value, citing a few sources each
 * with its own id, so their rules may or may not hold. Mappings relate random categories of two
 * definitions: renamed, merged, split, new and discontinued lines. Stateless and thread safe.
 */
public final class TallyGenerators {
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Africa/Casablanca"), ZoneId.of("UTC"), ZoneId.of("Asia/Riyadh"));

  /** Every property path of every activity type: its own properties, and the properties of the records they hold. */
  private static final List<PropertyPath> PATHS = paths();

  private TallyGenerators() {}

  /** Standard selectors, combined with and/or/not up to three levels deep. */
  public static Generator<Selector> selectors() {
    return r -> selector(r, 3);
  }

  /** Measures of every kind, including sums of children, figures only published and categories without a value. */
  public static Generator<Measure> measures() {
    return r -> measure(r, r.nextInt(MEASURE_KINDS));
  }

  /** Labels in Arabic, French and English drawn from awkward multilingual text. */
  public static Generator<Labels> labels() {
    return r -> Labels.of(HasilaGenerators.text(r), HasilaGenerators.text(r), HasilaGenerators.text(r));
  }

  /** Source citations, with and without their own id, publisher, date, link, language and note. */
  public static Generator<Source> sources() {
    return r -> {
      Source.Builder b = Source.builder();
      b.title(HasilaGenerators.text(r));
      if (r.nextInt(4) != 0) {
        b.id("src-" + Integer.toString(r.nextInt(1_000_000), 36));
      }
      if (r.nextBoolean()) {
        b.language(r.nextBoolean() ? "ar" : "fr-MA");
      }
      if (r.nextBoolean()) {
        b.publisher(HasilaGenerators.text(r));
      }
      if (r.nextBoolean()) {
        b.date(HasilaGenerators.date(r));
      }
      if (r.nextBoolean()) {
        b.url(URI.create("https://www.dgsn.gov.ma/fr/actualites/" + r.nextInt(100_000)));
      }
      if (r.nextBoolean()) {
        b.note(HasilaGenerators.text(r));
      }
      return b.build();
    };
  }

  /** Provenances of the three kinds. */
  public static Generator<Provenance> provenances() {
    return provenances(sources());
  }

  /** Provenances of the three kinds, the published ones citing a source drawn from {@code sources}. */
  private static Generator<Provenance> provenances(Generator<Source> sources) {
    return r -> {
      switch (r.nextInt(3)) {
        case 0:
          return Provenance.computed(r.nextInt(1_000_000));
        case 1:
          return Provenance.published(sources.next(r));
        default:
          List<String> from = new ArrayList<>();
          int n = 1 + r.nextInt(3);
          for (int i = 0; i < n; i++) {
            from.add("cat_" + r.nextInt(50) + ".part_" + i);
          }
          return Provenance.derived(String.join(" + ", from), from);
      }
    };
  }

  /**
   * Definitions of one to five top-level categories, each a tree up to three levels deep, some with
   * a version, declared codes and declared rules between their categories.
   */
  public static Generator<TallyDefinition> tallyDefinitions() {
    return r -> {
      TallyDefinition.Builder b = TallyDefinition.builder();
      b.id("def-" + Integer.toString(r.nextInt(1_000_000), 36)).labels(labels().next(r));
      if (r.nextInt(3) == 0) {
        b.version(Integer.toString(1 + r.nextInt(5)));
      }
      if (r.nextInt(3) == 0) {
        b.addAllDeclared(HasilaGenerators.VOCABULARIES.declared());
      }
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        b.addCategories(category(r, "c" + i, 2));
      }
      TallyDefinition d = b.build();
      List<Category> valued = new ArrayList<>();
      d.allCategories().stream().filter(Category::hasValue).forEach(valued::add);
      int rules = valued.size() < 2 ? 0 : r.nextInt(3);
      for (int i = 0; i < rules; i++) {
        Category total = pick(r, valued);
        Category part = pick(r, valued);
        if (total == part) {
          continue;
        }
        Rule.Kind kind = total.isRunningTotal() && part.isRunningTotal() ? Rule.Kind.SUM_AT_DATE : r.nextBoolean() ? Rule.Kind.AT_MOST : Rule.Kind.SUM;
        Rule.Builder rule = Rule.builder().kind(kind).total(total.id()).addParts(part.id()).tolerance(r.nextInt(4) == 0 ? r.nextInt(10) : 0);
        if (r.nextInt(3) == 0) {
          rule.note(HasilaGenerators.text(r));
        }
        try {
          d = TallyDefinition.builder().from(d).addRules(rule.build()).build();
        } catch (IllegalArgumentException e) {
          // a rule the definition refuses (running totals of different dates, say): left out
        }
      }
      return d;
    };
  }

  /** Tallies over generated definitions, with figures for a random subset of their categories. */
  public static Generator<Tally> tallies() {
    Generator<TallyDefinition> definitions = tallyDefinitions();
    return r -> tallyFor(definitions.next(r)).next(r);
  }

  /** Tallies over one definition, e.g. a reference definition, with random figures and provenances citing a few sources. */
  public static Generator<Tally> tallyFor(TallyDefinition definition) {
    return r -> {
      List<Source> cited = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>();
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        Source s = sources().next(r);
        if (ids.add(s.id())) {
          cited.add(s);
        }
      }
      Generator<Provenance> provenances = provenances(x -> cited.get(x.nextInt(cited.size())));
      Map<String, Figure> figures = new LinkedHashMap<>();
      for (Category c : definition.allCategories()) {
        if (c.hasValue() && r.nextInt(4) != 0) {
          long value = r.nextInt(10) == 0 ? 0 : r.nextInt(250_000);
          figures.put(c.id(), Figure.of(value, provenances.next(r)));
        }
      }
      int year = 2015 + r.nextInt(10);
      return Tally.builder()
          .definition(definition)
          .institution(
              Institution.builder()
                  .id(r.nextBoolean() ? "dgsn" : "ministry.health")
                  .name(HasilaGenerators.text(r))
                  .zone(ZONES.get(r.nextInt(ZONES.size())))
                  .build())
          .period(r.nextInt(5) == 0 ? DateRange.of(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31)) : DateRange.ofYear(year))
          .figures(figures)
          .build();
    };
  }

  private static Category category(Random r, String id, int depth) {
    int children = depth == 0 ? 0 : r.nextInt(4);
    List<Category> kids = new ArrayList<>();
    for (int i = 0; i < children; i++) {
      kids.add(category(r, id + ".k" + i, depth - 1));
    }
    boolean anyValue = kids.stream().anyMatch(Category::hasValue);
    Measure measure;
    boolean checked = false;
    if (anyValue && r.nextInt(3) == 0) {
      measure = Measure.sumOfChildren();
    } else {
      measure = measure(r, r.nextInt(MEASURE_KINDS));
      checked = anyValue && hasValue(measure) && r.nextBoolean();
    }
    List<Category> roled = new ArrayList<>();
    for (Category k : kids) {
      int role = r.nextInt(6);
      if (role == 0 && k.hasValue() && hasValue(measure)) {
        roled.add(Category.builder().from(k).role(Category.Role.AT_MOST).build());
      } else if (role == 1) {
        roled.add(Category.builder().from(k).role(Category.Role.DISPLAY_ONLY).build());
      } else {
        roled.add(k);
      }
    }
    Category.Builder b = Category.builder();
    b.id(id).labels(labels().next(r)).measure(measure).addAllChildren(roled).checkedTotal(checked);
    if ((checked || measure instanceof Measure.SumOfChildren) && r.nextInt(4) == 0) {
      b.tolerance(r.nextInt(20));
    }
    if (r.nextInt(4) == 0) {
      b.note(HasilaGenerators.text(r));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // a total the model refuses (parts of different kinds of value, or none): a heading instead
      Category.Builder heading = Category.builder().id(id).labels(labels().next(r)).measure(Measure.none());
      kids.forEach(k -> heading.addChildren(k.role() == Category.Role.AT_MOST ? Category.builder().from(k).role(Category.Role.PART).build() : k));
      return heading.build();
    }
  }

  private static boolean hasValue(Measure m) {
    return !(m instanceof Measure.None) && !(m instanceof Measure.Programme);
  }

  /** The number of measure kinds {@link #measure} draws from. */
  private static final int MEASURE_KINDS = 10;

  /** Measures 0-4 and 7 have values; 5 is none; 6 is a sum of children (only with children); 8 a programme; 9 a snapshot at one date. */
  private static Measure measure(Random r, int kind) {
    switch (kind) {
      case 0:
      case 1:
        return Measure.count(selector(r, 3));
      case 2:
        return distinct(r);
      case 3:
        return Measure.sum(pick(r, paths(ValueType.Kind.LONG, ValueType.Kind.INTEGER)), selector(r, 2));
      case 4:
        Property<AudienceSnapshot, Long> field = r.nextBoolean() ? AudienceSnapshot.FOLLOWERS : AudienceSnapshot.POSTS;
        Platform platform = pick(r, Platform.VOCABULARY.wellKnown());
        return r.nextBoolean()
            ? Measure.latestSnapshot(platform, field)
            : Measure.latestSnapshot(platform, r.nextBoolean() ? "@DGSN_MAROC" : "DGSN.Maroc", field);
      case 5:
        return Measure.none();
      case 6:
        return Measure.sumOfChildren();
      case 7:
        return Measure.publishedOnly();
      case 8:
        return Measure.programme();
      case 9:
        Property<AudienceSnapshot, Long> of = r.nextBoolean() ? AudienceSnapshot.FOLLOWERS : AudienceSnapshot.POSTS;
        Platform on = pick(r, Platform.VOCABULARY.wellKnown());
        LocalDate date = r.nextBoolean() ? LocalDate.of(2020, 12, 31) : LocalDate.of(2020, 6, 30);
        return r.nextBoolean() ? Measure.snapshotAt(date, on, of) : Measure.snapshotAt(date, on, "@DGSN_MAROC", of);
      default:
        return Measure.count(Selector.all());
    }
  }

  /**
   * Mappings from {@code from} to {@code to}: random categories with a value of each, in lines of
   * every kind (renamed, merged, split, regrouped, new, discontinued); a line the definitions
   * refuse (running totals with other values) is left out.
   */
  public static Generator<Mapping> mappings(TallyDefinition from, TallyDefinition to) {
    return r -> {
      List<String> earlier = valuedIds(from);
      List<String> later = valuedIds(to);
      Collections.shuffle(earlier, r);
      Collections.shuffle(later, r);
      List<Mapping.Line> accepted = new ArrayList<>();
      int lines = r.nextInt(6);
      for (int i = 0; i < lines && (!earlier.isEmpty() || !later.isEmpty()); i++) {
        List<String> f = take(r, earlier, r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2));
        List<String> t = take(r, later, f.isEmpty() ? 1 : r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2));
        if (f.isEmpty() && t.isEmpty()) {
          continue;
        }
        Mapping.Line line = new Mapping.Line(f, t, r.nextInt(4) == 0 ? Optional.of(HasilaGenerators.text(r)) : Optional.empty());
        try {
          Mapping.builder().from(from.id()).to(to.id()).addAllLines(accepted).addLines(line).build().checkAgainst(from, to);
          accepted.add(line);
        } catch (IllegalArgumentException e) {
          // running totals with other values in one line: left out
        }
      }
      Mapping.Builder b = Mapping.builder().from(from.id()).to(to.id()).addAllLines(accepted);
      if (r.nextInt(4) == 0) {
        b.note(HasilaGenerators.text(r));
      }
      return b.build();
    };
  }

  private static List<String> valuedIds(TallyDefinition d) {
    List<String> out = new ArrayList<>();
    d.allCategories().stream().filter(Category::hasValue).forEach(c -> out.add(c.id()));
    return out;
  }

  private static List<String> take(Random r, List<String> from, int n) {
    List<String> out = new ArrayList<>();
    while (out.size() < n && !from.isEmpty()) {
      out.add(from.remove(from.size() - 1));
    }
    return out;
  }

  /** Distinct ids of nested records, filtered by one of their coded properties half the time, or distinct values of a text property. */
  private static Measure distinct(Random r) {
    List<PropertyPath> ids = new ArrayList<>();
    for (PropertyPath p : PATHS) {
      if (p.parent().isPresent() && p.last().name().equals("id")) {
        ids.add(p);
      }
    }
    if (ids.isEmpty() || r.nextInt(3) == 0) {
      return Measure.distinct(pick(r, paths(ValueType.Kind.TEXT)), selector(r, 2));
    }
    PropertyPath of = pick(r, ids);
    RecordType<?> element = of.parent().orElseThrow().valueType().recordType().orElseThrow();
    List<Property<?, ?>> coded = new ArrayList<>();
    for (Property<?, ?> p : element.properties()) {
      if (p.type().kind() == ValueType.Kind.CODE) {
        coded.add(p);
      }
    }
    if (coded.isEmpty() || r.nextBoolean()) {
      return Measure.distinct(of, selector(r, 2));
    }
    Property<?, ?> filter = pick(r, coded);
    return Measure.distinct(of, filter, Condition.anyOf(codes(r, filter.type())), selector(r, 2));
  }

  private static Selector selector(Random r, int depth) {
    int choice = r.nextInt(depth > 0 ? 10 : 7);
    switch (choice) {
      case 0:
        return Selector.all();
      case 1:
        Set<ActivityType<?>> types = new LinkedHashSet<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
          types.add(pick(r, ActivityType.all()));
        }
        return Selector.ofType(types.toArray(new ActivityType<?>[0]));
      case 2:
      case 3:
        return where(r);
      case 4:
        return Selector.theme(HasilaGenerators.themes().list(r, 1 + r.nextInt(2)).stream().distinct().toArray(io.hasila.model.Theme[]::new));
      case 5:
      case 6:
        LocalDate from = HasilaGenerators.date(r);
        return Selector.between(from, from.plusDays(r.nextInt(400)));
      case 7:
        return Selector.and(selector(r, depth - 1), selector(r, depth - 1));
      case 8:
        return Selector.or(selector(r, depth - 1), selector(r, depth - 1), selector(r, depth - 1));
      default:
        return Selector.not(selector(r, depth - 1));
    }
  }

  /** A condition on a random property path: codes of its vocabulary, a range of numbers, or values drawn for it. */
  private static Selector where(Random r) {
    List<PropertyPath> testable = paths(ValueType.Kind.CODE, ValueType.Kind.LONG, ValueType.Kind.INTEGER, ValueType.Kind.TEXT, ValueType.Kind.BOOLEAN);
    PropertyPath path = pick(r, testable);
    ValueType<?> type = path.valueType();
    switch (type.kind()) {
      case CODE:
        return Selector.where(path, Condition.anyOf(codes(r, type)));
      case LONG:
      case INTEGER:
        long min = r.nextInt(3_000);
        return Selector.where(path, Condition.range(min, min + r.nextInt(3_000)));
      case BOOLEAN:
        return Selector.where(path, Condition.anyOf(r.nextBoolean()));
      case TEXT:
      default:
        Set<Object> values = new LinkedHashSet<>();
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
          values.add(sample(r, path));
        }
        return Selector.where(path, Condition.anyOf(values));
    }
  }

  /** A value the path may reach, taken from a generated activity of its type (or a text if it reaches none). */
  private static Object sample(Random r, PropertyPath path) {
    ActivityType<?> type = path.type().orElseGet(() -> pick(r, ActivityType.all()));
    for (int i = 0; i < 10; i++) {
      List<Object> values = path.values(HasilaGenerators.activities(type).next(r));
      if (!values.isEmpty()) {
        return values.get(r.nextInt(values.size()));
      }
    }
    return HasilaGenerators.text(r);
  }

  private static List<Term> codes(Random r, ValueType<?> type) {
    List<? extends Term> all = HasilaGenerators.VOCABULARIES.terms(type.vocabulary().orElseThrow());
    Set<Term> chosen = new LinkedHashSet<>();
    int n = 1 + r.nextInt(Math.min(3, all.size()));
    for (int i = 0; i < n; i++) {
      chosen.add(all.get(r.nextInt(all.size())));
    }
    return new ArrayList<>(chosen);
  }

  private static List<PropertyPath> paths(ValueType.Kind... kinds) {
    List<PropertyPath> out = new ArrayList<>();
    for (PropertyPath p : PATHS) {
      for (ValueType.Kind k : kinds) {
        if (p.valueType().kind() == k) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static List<PropertyPath> paths() {
    List<PropertyPath> out = new ArrayList<>();
    for (ActivityType<?> type : ActivityType.all()) {
      for (Property<?, ?> p : type.ownProperties()) {
        addPaths(out, type.code() + "." + p.name(), p);
      }
    }
    for (Property<?, ?> p : io.hasila.model.Activity.PROPERTIES) {
      addPaths(out, p.name(), p);
    }
    return List.copyOf(out);
  }

  private static void addPaths(List<PropertyPath> out, String dotted, Property<?, ?> p) {
    out.add(PropertyPath.parse(dotted));
    p.type().recordType().ifPresent(nested -> nested.properties().forEach(n -> addPaths(out, dotted + "." + n.name(), n)));
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
