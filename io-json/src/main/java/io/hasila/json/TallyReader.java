package io.hasila.json;

import io.hasila.aggregate.Quantity;
import io.hasila.model.ActivityType;
import io.hasila.model.BulletinKind;
import io.hasila.model.CampaignKind;
import io.hasila.model.Codes;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Institution;
import io.hasila.model.Labelled;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Decodes tally definitions, tallies and their parts from a parser positioned on (or just before)
 * their opening brace, in any property order, failing with a {@link JsonFault} that names the JSON
 * path, what was expected and what was found.
 *
 * <p>A definition is hand-edited, so the reader checks what the model would refuse, where it can
 * say more than the model: category ids and their place under their parent, ids used twice (naming
 * the line of the first use), totals without a child that has a value, unknown measure, selector and
 * provenance kinds and enum codes (listing the allowed ones). What is left to the model is reported
 * at the object it concerns. One instance per document; not thread safe.
 */
final class TallyReader {
  /** The measure kinds, in the order the README lists them. */
  static final List<String> MEASURE_KINDS =
      List.of("count", "distinct_counterparts", "sum", "latest_snapshot", "sum_of_children", "none");

  /** The selector kinds: the one property of a selector object. */
  static final List<String> SELECTOR_KINDS =
      List.of(
          "all", "type", "bulletinKind", "platform", "account", "outletKind", "productionKind", "campaignKind",
          "theme", "unit", "between", "and", "or", "not");

  private static final Map<String, List<String>> MEASURE_PROPERTIES =
      Map.of(
          "count", List.of("kind", "selector"),
          "distinct_counterparts", List.of("kind", "counterpartKind", "selector"),
          "sum", List.of("kind", "quantity", "selector"),
          "latest_snapshot", List.of("kind", "platform", "account", "field"),
          "sum_of_children", List.of("kind"),
          "none", List.of("kind"));
  private static final List<String> ANY_MEASURE_PROPERTY =
      List.of("kind", "selector", "counterpartKind", "quantity", "platform", "account", "field");

  private static final Map<String, List<String>> PROVENANCE_PROPERTIES =
      Map.of(
          "computed", List.of("kind", "inputs"),
          "published", List.of("kind", "source"),
          "derived", List.of("kind", "formula", "from"));
  private static final List<String> ANY_PROVENANCE_PROPERTY = List.of("kind", "inputs", "source", "formula", "from");

  private static final List<String> CATEGORY_PROPERTIES = List.of("id", "labels", "measure", "checkedTotal", "note", "children");
  private static final List<String> SOURCE_PROPERTIES = List.of("title", "publisher", "date", "url", "note");
  private static final List<String> FIGURE_PROPERTIES = List.of("category", "value", "provenance");

  private static final Pattern CATEGORY_ID = Pattern.compile("[a-z0-9_]+(?:\\.[a-z0-9_]+)*");
  private static final String CATEGORY_ID_EXPECTED =
      "a category id: dot-separated segments of lower case letters, digits and '_', such as communication.rebuttals";

  private final JsonParser p;
  private final ThemeRegistry themes;
  /** The line each category id was first read on, to report ids used twice. */
  private final Map<String, Long> categoryLines = new HashMap<>();

  TallyReader(JsonParser p, ThemeRegistry themes) {
    this.p = p;
    this.themes = themes;
  }

  /** The code a measure is written with. */
  static String measureKind(Measure m) {
    if (m instanceof Measure.Count) {
      return "count";
    } else if (m instanceof Measure.DistinctCounterparts) {
      return "distinct_counterparts";
    } else if (m instanceof Measure.Sum) {
      return "sum";
    } else if (m instanceof Measure.LatestSnapshot) {
      return "latest_snapshot";
    } else if (m instanceof Measure.SumOfChildren) {
      return "sum_of_children";
    } else {
      return "none";
    }
  }

  /** The code a provenance kind is written with. */
  static String provenanceKind(Provenance.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  // --- documents -----------------------------------------------------------------------------

  /** Reads a definition document (with {@code schemaVersion}) to its end. */
  TallyDefinition definitionDocument() {
    TallyDefinition d = definition(true);
    end();
    return d;
  }

  /**
   * Reads a tally document (with {@code schemaVersion}) to its end.
   *
   * @param given the definition the caller supplies, or null to require an inline one
   */
  Tally tallyDocument(TallyDefinition given) {
    Tally t = tally(true, given);
    end();
    return t;
  }

  private void end() {
    if (p.nextToken() != null) {
      throw RecordReader.fault(p, "the end of the document");
    }
  }

  private void first(String expected) {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw RecordReader.fault(p, expected);
    }
  }

  // --- definitions and categories ------------------------------------------------------------

  /** Reads a definition; with {@code document}, {@code schemaVersion} is required (and allowed). */
  TallyDefinition definition(boolean document) {
    first(
        document
            ? "a tally definition document (a JSON object with schemaVersion " + TallyWriter.SCHEMA_VERSION + ")"
            : "a tally definition: an object with id, labels and categories");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    List<String> allowed = document ? List.of("schemaVersion", "id", "labels", "categories") : List.of("id", "labels", "categories");
    String[] id = {null};
    Labels[] labels = {null};
    List<Category> categories = new ArrayList<>();
    Set<String> seen =
        properties(
            allowed,
            "a property of a tally definition",
            name -> {
              switch (name) {
                case "schemaVersion":
                  version();
                  break;
                case "id":
                  id[0] = nonBlank("a definition id");
                  break;
                case "labels":
                  labels[0] = DatasetCodec.readLabels(p);
                  break;
                default:
                  categories.addAll(categories(null));
              }
            });
    required(seen, allowed, start, path);
    return RecordReader.building(
        p, () -> TallyDefinition.builder().id(id[0]).labels(labels[0]).addAllCategories(categories).build());
  }

  /** Reads a category read alone (its children checked against it, its ids unique among its own). */
  Category category() {
    return category(null);
  }

  /** A category being read, so that its children can check that their ids are under its id. */
  private final class Parent {
    private String id;
    private final List<Object[]> pending = new ArrayList<>();

    /** Checks a child's id now if this category's id is known, else when it is. */
    void child(String childId, TokenStreamLocation at, String path) {
      if (id == null) {
        pending.add(new Object[] {childId, at, path});
      } else {
        check(childId, at, path);
      }
    }

    void known(String parentId) {
      id = parentId;
      for (Object[] c : pending) {
        check((String) c[0], (TokenStreamLocation) c[1], (String) c[2]);
      }
      pending.clear();
    }

    private void check(String childId, TokenStreamLocation at, String path) {
      String prefix = id + ".";
      if (!childId.startsWith(prefix) || childId.indexOf('.', prefix.length()) >= 0) {
        throw new JsonFault(
            at, path, "an id of the form \"" + id + ".segment\" (a child of " + id + ")", JsonPaths.quote(childId), null);
      }
    }
  }

  private List<Category> categories(Parent parent) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw RecordReader.fault(p, "an array of categories");
    }
    List<Category> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(category(parent));
    }
    return out;
  }

  private Category category(Parent parent) {
    first("a category: an object with id, labels and measure");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    Parent self = new Parent();
    var b = Category.builder();
    Object[] v = new Object[CATEGORY_PROPERTIES.size()];
    TokenStreamLocation[] at = new TokenStreamLocation[CATEGORY_PROPERTIES.size()];
    Set<String> seen =
        properties(
            CATEGORY_PROPERTIES,
            "a property of a category",
            name -> {
              int i = CATEGORY_PROPERTIES.indexOf(name);
              at[i] = p.currentTokenLocation();
              switch (name) {
                case "id":
                  String id = categoryId(parent);
                  self.known(id);
                  v[i] = id;
                  break;
                case "labels":
                  v[i] = DatasetCodec.readLabels(p);
                  break;
                case "measure":
                  v[i] = measure();
                  break;
                case "checkedTotal":
                  v[i] = RecordReader.bool(p);
                  break;
                case "note":
                  v[i] = RecordReader.string(p);
                  break;
                default:
                  v[i] = categories(self);
              }
            });
    required(seen, List.of("id", "labels", "measure"), start, path);
    String id = (String) v[0];
    Measure measure = (Measure) v[2];
    boolean checked = Boolean.TRUE.equals(v[3]);
    @SuppressWarnings("unchecked")
    List<Category> children = v[5] == null ? List.of() : (List<Category>) v[5];
    if (checked && measure instanceof Measure.None) {
      throw new JsonFault(
          at[3], JsonPaths.child(path, "checkedTotal"), "checkedTotal only on a category with a value (the measure is none)", "true", null);
    }
    boolean sum = measure instanceof Measure.SumOfChildren;
    if ((checked || sum) && children.stream().noneMatch(Category::hasValue)) {
      int where = children.isEmpty() ? (sum ? 2 : 3) : 5;
      throw new JsonFault(
          at[where],
          JsonPaths.child(path, CATEGORY_PROPERTIES.get(where)),
          "a child category with a value, since " + id + " is a total (" + (sum ? "sum_of_children" : "checkedTotal") + ")",
          children.isEmpty() ? "no children" : "only children whose measure is none",
          null);
    }
    b.id(id).labels((Labels) v[1]).measure(measure).checkedTotal(checked).addAllChildren(children);
    if (v[4] != null) {
      b.note((String) v[4]);
    }
    return RecordReader.building(p, b::build);
  }

  private String categoryId(Parent parent) {
    TokenStreamLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    String id = RecordReader.string(p);
    if (!CATEGORY_ID.matcher(id).matches()) {
      throw RecordReader.fault(p, CATEGORY_ID_EXPECTED);
    }
    Long first = categoryLines.putIfAbsent(id, (long) at.getLineNr());
    if (first != null) {
      throw new JsonFault(
          at, path, "a category id not used before (it is used on line " + first + ")", JsonPaths.quote(id), null);
    }
    if (parent != null) {
      parent.child(id, at, path);
    }
    return id;
  }

  // --- measures and selectors ----------------------------------------------------------------

  /** Reads a measure. */
  Measure measure() {
    first("a measure: an object with a kind (one of " + String.join(", ", MEASURE_KINDS) + ")");
    Selector[] selector = {null};
    Object[] v = new Object[4]; // counterpartKind, quantity, platform, field
    String[] account = {null};
    String kind =
        kinded(
            "measure",
            MEASURE_PROPERTIES,
            ANY_MEASURE_PROPERTY,
            List.of("account"),
            name -> {
              switch (name) {
                case "selector":
                  selector[0] = selector();
                  break;
                case "counterpartKind":
                  v[0] = code(CounterpartKind.class, "counterpart kind");
                  break;
                case "quantity":
                  v[1] = code(Quantity.class, "quantity");
                  break;
                case "platform":
                  v[2] = code(Platform.class, "platform");
                  break;
                case "account":
                  account[0] = nonBlank("an account");
                  break;
                default:
                  v[3] = code(SnapshotField.class, "snapshot field");
              }
            });
    return RecordReader.building(
        p,
        () -> {
          switch (kind) {
            case "count":
              return Measure.count(selector[0]);
            case "distinct_counterparts":
              return Measure.distinctCounterparts((CounterpartKind) v[0], selector[0]);
            case "sum":
              return Measure.sum((Quantity) v[1], selector[0]);
            case "latest_snapshot":
              return new Measure.LatestSnapshot((Platform) v[2], Optional.ofNullable(account[0]), (SnapshotField) v[3]);
            case "sum_of_children":
              return Measure.sumOfChildren();
            default:
              return Measure.none();
          }
        });
  }

  /** Reads a selector: an object with exactly one property, named after the selector's kind. */
  Selector selector() {
    String kinds = String.join(", ", SELECTOR_KINDS);
    first("a selector: an object with one of the properties " + kinds);
    String name = p.nextName();
    if (name == null) {
      throw new JsonFault(
          p.currentTokenLocation(), JsonPaths.of(p), "a selector: an object with one of the properties " + kinds, "an empty object", null);
    }
    if (!SELECTOR_KINDS.contains(name)) {
      throw new JsonFault(
          p.currentTokenLocation(), JsonPaths.of(p), "a selector kind (one of " + kinds + ")", JsonPaths.quote(name), null);
    }
    p.nextToken();
    Selector s;
    switch (name) {
      case "all":
        if (p.currentToken() != JsonToken.VALUE_TRUE) {
          throw RecordReader.fault(p, "true (\"all\": true selects every activity)");
        }
        s = Selector.all();
        break;
      case "type":
        s = new Selector.Types(codes(ActivityType.class, "activity type"));
        break;
      case "bulletinKind":
        s = new Selector.BulletinKinds(codes(BulletinKind.class, "bulletin kind"));
        break;
      case "platform":
        s = new Selector.Platforms(codes(Platform.class, "platform"));
        break;
      case "account":
        s = new Selector.Accounts(strings("account"));
        break;
      case "outletKind":
        s = new Selector.OutletKinds(codes(OutletKind.class, "outlet kind"));
        break;
      case "productionKind":
        s = new Selector.ProductionKinds(codes(ProductionKind.class, "production kind"));
        break;
      case "campaignKind":
        s = new Selector.CampaignKinds(codes(CampaignKind.class, "campaign kind"));
        break;
      case "theme":
        s = new Selector.Themes(themes());
        break;
      case "unit":
        s = new Selector.Units(strings("unit id"));
        break;
      case "between":
        s = new Selector.Between(range());
        break;
      case "and":
        s = new Selector.And(selectors());
        break;
      case "or":
        s = new Selector.Or(selectors());
        break;
      default:
        s = new Selector.Not(selector());
    }
    String extra = p.nextName();
    if (extra != null) {
      throw new JsonFault(
          p.currentTokenLocation(),
          JsonPaths.of(p),
          "one property per selector (combine selectors with \"and\", \"or\" and \"not\")",
          "a second property " + JsonPaths.quote(extra) + " after " + JsonPaths.quote(name),
          null);
    }
    return s;
  }

  private List<Selector> selectors() {
    TokenStreamLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    List<Selector> out = new ArrayList<>();
    RecordReader.array(p, () -> out.add(selector()));
    if (out.isEmpty()) {
      throw new JsonFault(at, path, "at least one selector", "[]", null);
    }
    return out;
  }

  private <E extends Enum<E> & Labelled> Set<E> codes(Class<E> type, String what) {
    TokenStreamLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    Set<E> out = EnumSet.noneOf(type);
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw RecordReader.fault(p, "an array of " + what + "s");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      E e = code(type, what);
      if (!out.add(e)) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each " + what + " once", JsonPaths.quote(e.code()) + " a second time", null);
      }
    }
    if (out.isEmpty()) {
      throw new JsonFault(at, path, "at least one " + what, "[]", null);
    }
    return out;
  }

  private Set<String> strings(String what) {
    TokenStreamLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    Set<String> out = new LinkedHashSet<>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw RecordReader.fault(p, "an array of " + what + "s");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String s = nonBlank(article(what));
      if (!out.add(s)) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each " + what + " once", JsonPaths.quote(s) + " a second time", null);
      }
    }
    if (out.isEmpty()) {
      throw new JsonFault(at, path, "at least one " + what, "[]", null);
    }
    return out;
  }

  private Set<Theme> themes() {
    TokenStreamLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    Set<Theme> out = new LinkedHashSet<>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw RecordReader.fault(p, "an array of theme ids");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String id = RecordReader.string(p);
      Theme theme;
      try {
        theme = themes.resolve(id);
      } catch (IllegalArgumentException e) {
        throw RecordReader.fault(p, "a theme id: lower case letters and digits joined by '_', '-' or '.'");
      }
      if (!out.add(theme)) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each theme once", JsonPaths.quote(id) + " a second time", null);
      }
    }
    if (out.isEmpty()) {
      throw new JsonFault(at, path, "at least one theme id", "[]", null);
    }
    return out;
  }

  /** A date range {@code {"from", "to"}}, both required, {@code to} not before {@code from}. */
  private DateRange range() {
    first("a date range: an object with from and to");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    LocalDate[] v = new LocalDate[2];
    TokenStreamLocation[] toAt = {null};
    Set<String> seen =
        properties(
            List.of("from", "to"),
            "a property of a date range",
            name -> {
              if (name.equals("to")) {
                toAt[0] = p.currentTokenLocation();
                v[1] = RecordReader.date(p);
              } else {
                v[0] = RecordReader.date(p);
              }
            });
    required(seen, List.of("from", "to"), start, path);
    if (v[1].isBefore(v[0])) {
      throw new JsonFault(toAt[0], JsonPaths.child(path, "to"), "a date not before from (" + v[0] + ")", JsonPaths.quote(v[1].toString()), null);
    }
    return DateRange.of(v[0], v[1]);
  }

  // --- tallies -------------------------------------------------------------------------------

  /**
   * Reads a tally; with {@code document}, {@code schemaVersion} is required (and allowed).
   *
   * @param given the definition the caller supplies, or null to require an inline one
   */
  Tally tally(boolean document, TallyDefinition given) {
    first(
        document
            ? "a tally document (a JSON object with schemaVersion " + TallyWriter.SCHEMA_VERSION + ")"
            : "a tally: an object with definition, institution, period and figures");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    List<String> allowed =
        document
            ? List.of("schemaVersion", "definition", "definitionRef", "institution", "period", "figures")
            : List.of("definition", "definitionRef", "institution", "period", "figures");
    TallyDefinition[] inline = {null};
    String[] ref = {null};
    TokenStreamLocation[] defAt = {null};
    Institution[] institution = {null};
    DateRange[] period = {null};
    List<Object[]> figures = new ArrayList<>();
    Set<String> seen =
        properties(
            allowed,
            "a property of a tally",
            name -> {
              switch (name) {
                case "schemaVersion":
                  version();
                  break;
                case "definition":
                case "definitionRef":
                  if (defAt[0] != null) {
                    throw new JsonFault(
                        p.currentTokenLocation(), JsonPaths.of(p), "either \"definition\" or \"definitionRef\", not both", "both", null);
                  }
                  defAt[0] = p.currentTokenLocation();
                  if (name.equals("definition")) {
                    inline[0] = definition(false);
                  } else {
                    ref[0] = nonBlank("a definition id");
                  }
                  break;
                case "institution":
                  institution[0] = DatasetCodec.readInstitution(p, JsonPaths.of(p));
                  break;
                case "period":
                  period[0] = range();
                  break;
                default:
                  RecordReader.array(p, () -> figures.add(figureInTally()));
              }
            });
    if (document && !seen.contains("schemaVersion")) {
      throw missing(start, path, "schemaVersion");
    }
    if (defAt[0] == null) {
      throw new JsonFault(
          start, JsonPaths.child(path, "definition"), "the required property \"definition\" (or \"definitionRef\")", "none", null);
    }
    required(seen, List.of("institution", "period"), start, path);
    TallyDefinition definition = definitionOf(inline[0], ref[0], given, defAt[0], path);
    Map<String, Category> categories = new LinkedHashMap<>();
    definition.allCategories().forEach(c -> categories.put(c.id(), c));
    Map<String, Figure> byCategory = new LinkedHashMap<>();
    Map<String, Long> lines = new HashMap<>();
    for (Object[] f : figures) {
      String id = (String) f[0];
      TokenStreamLocation at = (TokenStreamLocation) f[1];
      String figurePath = (String) f[2];
      Category c = categories.get(id);
      if (c == null) {
        throw new JsonFault(at, figurePath, "a category of the definition " + JsonPaths.quote(definition.id()), JsonPaths.quote(id), null);
      }
      if (!c.hasValue()) {
        throw new JsonFault(at, figurePath, "a category with a value (the measure of " + id + " is none)", JsonPaths.quote(id), null);
      }
      Long first = lines.putIfAbsent(id, (long) at.getLineNr());
      if (first != null) {
        throw new JsonFault(
            at, figurePath, "one figure per category (" + id + " has a figure on line " + first + ")", "a second figure for " + JsonPaths.quote(id), null);
      }
      byCategory.put(id, (Figure) f[3]);
    }
    return RecordReader.building(
        p,
        () ->
            Tally.builder()
                .definition(definition)
                .institution(institution[0])
                .period(period[0])
                .putAllFigures(byCategory)
                .build());
  }

  private static TallyDefinition definitionOf(
      TallyDefinition inline, String ref, TallyDefinition given, TokenStreamLocation at, String path) {
    if (inline != null) {
      if (given != null && !given.equals(inline)) {
        throw new JsonFault(
            at,
            JsonPaths.child(path, "definition"),
            "the definition passed by the caller (" + JsonPaths.quote(given.id()) + ")",
            "a different inline definition" + (given.id().equals(inline.id()) ? " with the same id" : " " + JsonPaths.quote(inline.id())),
            null);
      }
      return inline;
    }
    if (given == null) {
      throw new JsonFault(
          at,
          JsonPaths.child(path, "definitionRef"),
          "an inline \"definition\" (to read a tally that refers to its definition, pass the definition: readTally(file, definition))",
          "a reference to " + JsonPaths.quote(ref),
          null);
    }
    if (!given.id().equals(ref)) {
      throw new JsonFault(
          at, JsonPaths.child(path, "definitionRef"), "the id of the definition passed by the caller (" + JsonPaths.quote(given.id()) + ")", JsonPaths.quote(ref), null);
    }
    return given;
  }

  /** One element of a tally's figures: {category id, its location, its path, the figure}. */
  private Object[] figureInTally() {
    first("a figure: an object with category, value and provenance");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    Object[] out = new Object[4];
    Figure f = figure(FIGURE_PROPERTIES, start, path, out);
    out[3] = f;
    return out;
  }

  /** Reads a figure alone: {@code {"value", "provenance"}}. */
  Figure figure() {
    first("a figure: an object with value and provenance");
    return figure(List.of("value", "provenance"), p.currentTokenLocation(), JsonPaths.of(p), null);
  }

  private Figure figure(List<String> allowed, TokenStreamLocation start, String path, Object[] category) {
    long[] value = {0};
    Provenance[] provenance = {null};
    Set<String> seen =
        properties(
            allowed,
            "a property of a figure",
            name -> {
              switch (name) {
                case "category":
                  category[1] = p.currentTokenLocation();
                  category[2] = JsonPaths.of(p);
                  category[0] = RecordReader.string(p);
                  break;
                case "value":
                  value[0] = RecordReader.count(p);
                  break;
                default:
                  provenance[0] = provenance();
              }
            });
    required(seen, allowed, start, path);
    return RecordReader.building(p, () -> Figure.of(value[0], provenance[0]));
  }

  /** Reads a provenance. */
  Provenance provenance() {
    first("a provenance: an object with a kind (one of computed, published, derived)");
    long[] inputs = {0};
    Source[] source = {null};
    String[] formula = {null};
    List<String> from = new ArrayList<>();
    String kind =
        kinded(
            "provenance",
            PROVENANCE_PROPERTIES,
            ANY_PROVENANCE_PROPERTY,
            List.of(),
            name -> {
              switch (name) {
                case "inputs":
                  inputs[0] = RecordReader.count(p);
                  if (inputs[0] < 0) {
                    throw RecordReader.fault(p, "a number of input records, not negative");
                  }
                  break;
                case "source":
                  source[0] = source();
                  break;
                case "formula":
                  formula[0] = nonBlank("a formula");
                  break;
                default:
                  TokenStreamLocation at = p.currentTokenLocation();
                  String path = JsonPaths.of(p);
                  RecordReader.array(p, () -> from.add(nonBlank("a figure the value is derived from")));
                  if (from.isEmpty()) {
                    throw new JsonFault(at, path, "at least one figure the value is derived from", "[]", null);
                  }
              }
            });
    return RecordReader.building(
        p,
        () -> {
          switch (kind) {
            case "computed":
              return Provenance.computed(inputs[0]);
            case "published":
              return Provenance.published(source[0]);
            default:
              return Provenance.derived(formula[0], from);
          }
        });
  }

  /** Reads a source: {@code title} required; {@code publisher, date, url, note} optional. */
  Source source() {
    first("a source: an object with a title");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    var b = Source.builder();
    Set<String> seen =
        properties(
            SOURCE_PROPERTIES,
            "a property of a source",
            name -> {
              switch (name) {
                case "title":
                  b.title(nonBlank("a title"));
                  break;
                case "publisher":
                  b.publisher(nonBlank("a publisher"));
                  break;
                case "date":
                  b.date(RecordReader.date(p));
                  break;
                case "url":
                  URI url = RecordReader.uri(p);
                  b.url(url);
                  break;
                default:
                  b.note(nonBlank("a note"));
              }
            });
    required(seen, List.of("title"), start, path);
    return RecordReader.building(p, b::build);
  }

  // --- shared helpers ------------------------------------------------------------------------

  /**
   * Reads the properties of the object the parser is on, in any order, each at most once and only
   * those {@code allowed}, handing each to {@code value} with the parser on its value; returns the
   * names seen. An unknown property is reported at its name.
   */
  private Set<String> properties(List<String> allowed, String what, Consumer<String> value) {
    Set<String> seen = new LinkedHashSet<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (!allowed.contains(name)) {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p), what + " (" + String.join(", ", allowed) + ")", JsonPaths.quote(name), null);
      }
      if (!seen.add(name)) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each property once", JsonPaths.quote(name) + " a second time", null);
      }
      p.nextToken();
      value.accept(name);
    }
    return seen;
  }

  /**
   * Reads an object with a {@code kind} and the properties of that kind, in any order: a property
   * no kind has is reported at once, one of another kind as soon as the kind is known.
   *
   * @param optional the properties a kind may leave out
   * @return the kind
   */
  private String kinded(
      String what, Map<String, List<String>> byKind, List<String> any, List<String> optional, Consumer<String> value) {
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    List<String> kinds = what.equals("measure") ? MEASURE_KINDS : List.of("computed", "published", "derived");
    String kind = null;
    Map<String, TokenStreamLocation> names = new LinkedHashMap<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (!any.contains(name) || (kind != null && !byKind.get(kind).contains(name))) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), propertiesOf(what, kind, byKind, any), JsonPaths.quote(name), null);
      }
      if (names.put(name, p.currentTokenLocation()) != null) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each property once", JsonPaths.quote(name) + " a second time", null);
      }
      p.nextToken();
      if (name.equals("kind")) {
        kind = RecordReader.string(p);
        if (!kinds.contains(kind)) {
          throw RecordReader.fault(p, "a " + what + " kind (one of " + String.join(", ", kinds) + ")");
        }
      } else {
        value.accept(name);
      }
    }
    if (kind == null) {
      throw new JsonFault(
          start, JsonPaths.child(path, "kind"), "the required property \"kind\" (one of " + String.join(", ", kinds) + ")", "none", null);
    }
    List<String> own = byKind.get(kind);
    for (Map.Entry<String, TokenStreamLocation> e : names.entrySet()) {
      if (!own.contains(e.getKey())) {
        throw new JsonFault(e.getValue(), JsonPaths.child(path, e.getKey()), propertiesOf(what, kind, byKind, any), JsonPaths.quote(e.getKey()), null);
      }
    }
    for (String name : own) {
      if (!names.containsKey(name) && !optional.contains(name)) {
        throw new JsonFault(
            start, JsonPaths.child(path, name), "the required property \"" + name + "\" of a " + kind + " " + what, "none", null);
      }
    }
    return kind;
  }

  private static String propertiesOf(String what, String kind, Map<String, List<String>> byKind, List<String> any) {
    return kind == null
        ? "a property of a " + what + " (" + String.join(", ", any) + ")"
        : "a property of a " + kind + " " + what + " (" + String.join(", ", byKind.get(kind)) + ")";
  }

  private static void required(Set<String> seen, List<String> required, TokenStreamLocation start, String path) {
    for (String name : required) {
      if (!seen.contains(name)) {
        throw missing(start, path, name);
      }
    }
  }

  private static JsonFault missing(TokenStreamLocation start, String path, String name) {
    return new JsonFault(start, JsonPaths.child(path, name), "the required property \"" + name + "\"", "none", null);
  }

  private void version() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || RecordReader.count(p) != TallyWriter.SCHEMA_VERSION) {
      throw RecordReader.fault(p, "schemaVersion " + TallyWriter.SCHEMA_VERSION);
    }
  }

  /** A string with a non-blank character; {@code what} names it with its article. */
  private String nonBlank(String what) {
    String s = RecordReader.string(p);
    if (s.isBlank()) {
      throw RecordReader.fault(p, what + " (not blank)");
    }
    return s;
  }

  private <E extends Enum<E> & Labelled> E code(Class<E> type, String what) {
    String s = RecordReader.string(p);
    try {
      return Codes.fromCode(type, s);
    } catch (IllegalArgumentException e) {
      throw new JsonFault(
          p.currentTokenLocation(), JsonPaths.of(p), article(what) + " (one of " + RecordReader.codes(type) + ")", JsonPaths.quote(s), null);
    }
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
