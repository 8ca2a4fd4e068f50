package io.hasila.testkit;

import io.hasila.aggregate.Quantity;
import io.hasila.model.ActivityType;
import io.hasila.model.BulletinKind;
import io.hasila.model.CampaignKind;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import io.hasila.model.OutletKind;
import io.hasila.model.Platform;
import io.hasila.model.ProductionKind;
import io.hasila.model.Theme;
import io.hasila.tally.Category;
import io.hasila.tally.DateRange;
import io.hasila.tally.Figure;
import io.hasila.tally.Measure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Selector;
import io.hasila.tally.SnapshotField;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of valid tally definitions, selectors, measures, sources and tallies.
 *
 * <p>Selectors are only the standard, serializable ones (never {@link Selector#custom}), nested up
 * to three levels; definitions are trees up to three levels deep whose declared totals always have
 * a child with a value. Tallies draw a figure with a random provenance for a random subset of the
 * categories that have a value, so their totals may or may not add up. Stateless and thread safe.
 */
public final class TallyGenerators {
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Africa/Casablanca"), ZoneId.of("UTC"), ZoneId.of("Asia/Riyadh"));

  private TallyGenerators() {}

  /** Standard selectors, combined with and/or/not up to three levels deep. */
  public static Generator<Selector> selectors() {
    return r -> selector(r, 3);
  }

  /** Measures of every kind, including sums of children and categories without a value. */
  public static Generator<Measure> measures() {
    return r -> measure(r, r.nextInt(8));
  }

  /** Labels in Arabic, French and English drawn from awkward multilingual text. */
  public static Generator<Labels> labels() {
    return r -> Labels.of(HasilaGenerators.text(r), HasilaGenerators.text(r), HasilaGenerators.text(r));
  }

  /** Source citations, with and without publisher, date, link and note. */
  public static Generator<Source> sources() {
    return r -> {
      var b = Source.builder().title(HasilaGenerators.text(r));
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
    Generator<Source> sources = sources();
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

  /** Definitions of one to five top-level categories, each a tree up to three levels deep. */
  public static Generator<TallyDefinition> tallyDefinitions() {
    return r -> {
      var b = TallyDefinition.builder().id("def-" + Integer.toString(r.nextInt(1_000_000), 36)).labels(labels().next(r));
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        b.addCategories(category(r, "c" + i, 2));
      }
      return b.build();
    };
  }

  /** Tallies over generated definitions, with figures for a random subset of their categories. */
  public static Generator<Tally> tallies() {
    Generator<TallyDefinition> definitions = tallyDefinitions();
    return r -> tallyFor(definitions.next(r)).next(r);
  }

  /** Tallies over one definition, e.g. a reference definition, with random figures and provenances. */
  public static Generator<Tally> tallyFor(TallyDefinition definition) {
    Generator<Provenance> provenances = provenances();
    return r -> {
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
      measure = measure(r, r.nextInt(anyValue ? 7 : 6));
      checked = anyValue && measure.getClass() != Measure.none().getClass() && r.nextBoolean();
    }
    var b = Category.builder().id(id).labels(labels().next(r)).measure(measure).addAllChildren(kids).checkedTotal(checked);
    if (r.nextInt(4) == 0) {
      b.note(HasilaGenerators.text(r));
    }
    return b.build();
  }

  /** Measures 0-4 have values; 5 is none; 6 is a sum of children (only with children). */
  private static Measure measure(Random r, int kind) {
    switch (kind) {
      case 0:
      case 1:
        return Measure.count(selector(r, 3));
      case 2:
        return Measure.distinctCounterparts(pick(r, CounterpartKind.values()), selector(r, 2));
      case 3:
        return Measure.sum(pick(r, Quantity.values()), selector(r, 2));
      case 4:
        return r.nextBoolean()
            ? Measure.latestSnapshot(pick(r, Platform.values()), pick(r, SnapshotField.values()))
            : Measure.latestSnapshot(pick(r, Platform.values()), r.nextBoolean() ? "@DGSN_MAROC" : "DGSN.Maroc", pick(r, SnapshotField.values()));
      case 5:
        return Measure.none();
      case 6:
        return Measure.sumOfChildren();
      default:
        return Measure.count(Selector.all());
    }
  }

  private static Selector selector(Random r, int depth) {
    int choice = r.nextInt(depth > 0 ? 15 : 12);
    switch (choice) {
      case 0:
        return Selector.all();
      case 1:
        return Selector.ofType(some(r, ActivityType.class));
      case 2:
        return Selector.bulletinKind(some(r, BulletinKind.class));
      case 3:
        return Selector.platform(some(r, Platform.class));
      case 4:
        return Selector.account(r.nextBoolean() ? new String[] {"@DGSN_MAROC"} : new String[] {"DGSN.Maroc", "@police_ma"});
      case 5:
        return Selector.outletKind(some(r, OutletKind.class));
      case 6:
        return Selector.productionKind(some(r, ProductionKind.class));
      case 7:
        return Selector.campaignKind(some(r, CampaignKind.class));
      case 8:
        return Selector.theme(HasilaGenerators.themes().list(r, 1 + r.nextInt(2)).stream().distinct().toArray(Theme[]::new));
      case 9:
        return Selector.unit(r.nextBoolean() ? new String[] {"casablanca"} : new String[] {"rabat", "dgsn"});
      case 10:
      case 11:
        LocalDate from = HasilaGenerators.date(r);
        return Selector.between(from, from.plusDays(r.nextInt(400)));
      case 12:
        return Selector.and(selector(r, depth - 1), selector(r, depth - 1));
      case 13:
        return Selector.or(selector(r, depth - 1), selector(r, depth - 1), selector(r, depth - 1));
      default:
        return Selector.not(selector(r, depth - 1));
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> E[] some(Random r, Class<E> type) {
    E[] all = type.getEnumConstants();
    Set<E> chosen = EnumSet.noneOf(type);
    int n = 1 + r.nextInt(Math.min(3, all.length));
    for (int i = 0; i < n; i++) {
      chosen.add(all[r.nextInt(all.length)]);
    }
    return chosen.toArray((E[]) java.lang.reflect.Array.newInstance(type, 0));
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
