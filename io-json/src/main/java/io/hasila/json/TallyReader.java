package io.hasila.json;

import io.hasila.internal.FastParse;
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
import io.hasila.model.Vocabularies;
import io.hasila.tally.Category;
import io.hasila.tally.Condition;
import io.hasila.tally.DateRange;
import io.hasila.tally.Figure;
import io.hasila.tally.Measure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Rule;
import io.hasila.tally.Selector;
import io.hasila.tally.Source;
import io.hasila.tally.Synonyms;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Decodes tally definitions, tallies and their parts from a parser positioned on (or just before)
 * their opening brace, in any property order, failing with a {@link JsonFault} that names the JSON
 * path, what was expected and what was found.
 *
 * <p>Documents of {@code schemaVersion} 2 and 3 use the generic forms: selectors and measures name
 * values by {@link PropertyPath} and list them in the JSON form of their {@link ValueType}; version
 * 3 adds a definition's version, declared codes and rules, a category's role and tolerance, the
 * measures {@code snapshot_at}, {@code published_only} and {@code programme}, and a tally's sources
 * listed once and named by id. Documents of version 1 are read through {@link LegacyForms}, which
 * maps each form of version 1 to the generic one; a document uses the forms of its own version
 * only. Codes resolve against the reader's vocabularies plus those the definition declares. A
 * definition is hand-edited, so the reader checks what the model would refuse where it can say
 * more than the model: category ids and their place under their parent, ids used twice (naming
 * the line of the first use), totals without a part that has a value, unknown kinds, codes,
 * properties, paths, rule operands and source ids (naming the closest known one). What is left to
 * the model is reported at the object it concerns. One instance per document; not thread safe.
 */
final class TallyReader {
  /** The document version this code writes. */
  static final int VERSION = 3;

  /** The version that introduced the generic forms of selectors and measures; read as it is. */
  static final int GENERIC = 2;

  /** The version read through the migration to the generic forms. */
  static final int LEGACY = 1;

  /** The measure kinds of version 3, in the order the README lists them. */
  static final List<String> MEASURE_KINDS =
      List.of("count", "distinct", "sum", "latest_snapshot", "snapshot_at", "sum_of_children", "published_only", "programme", "none");

  /** The measure kinds version 3 added. */
  private static final List<String> NEW_MEASURE_KINDS = List.of("snapshot_at", "published_only", "programme");

  /** The roles of a category under its parent, as written. */
  static final List<String> ROLES = List.of("part", "at_most", "display_only");

  /** The kinds of rule, as written. */
  static final List<String> RULE_KINDS = List.of("sum", "at_most", "sum_at_date");

  /** The selector kinds of the generic forms: the property that tells each form apart. */
  static final List<String> SELECTOR_KINDS = List.of("all", "type", "property", "between", "and", "or", "not");

  /** The members of a selector or filter on a property: its name, then the values or the range. */
  static final List<String> CONDITION_MEMBERS = List.of("property", "in", "from", "to");

  private static final List<String> MEASURE_MEMBERS = List.of("kind", "of", "where", "selector", "date", "platform", "account");
  private static final List<String> LEGACY_MEASURE_MEMBERS = List.of("kind", "selector", "quantity", "platform", "account", "field");

  private static final Map<String, List<String>> PROVENANCE_PROPERTIES =
      Map.of(
          "computed", List.of("kind", "inputs"),
          "published", List.of("kind", "source"),
          "derived", List.of("kind", "formula", "from"));
  private static final List<String> ANY_PROVENANCE_PROPERTY = List.of("kind", "inputs", "source", "formula", "from");

  private static final List<String> CATEGORY_PROPERTIES =
      List.of("id", "labels", "synonyms", "measure", "role", "checkedTotal", "tolerance", "note", "children");
  private static final List<String> RULE_PROPERTIES = List.of("kind", "total", "parts", "tolerance", "note");
  private static final List<String> SOURCE_PROPERTIES = List.of("id", "title", "publisher", "date", "url", "language", "note");
  private static final List<String> INLINE_SOURCE_PROPERTIES = List.of("title", "publisher", "date", "url", "note");
  private static final List<String> FIGURE_PROPERTIES = List.of("category", "value", "provenance");

  private static final Pattern CATEGORY_ID = Pattern.compile("[a-z0-9_]+(?:\\.[a-z0-9_]+)*");
  private static final String CATEGORY_ID_EXPECTED =
      "a category id: dot-separated segments of lower case letters, digits and '_', such as communication.rebuttals";
  private static final Pattern PATH_MESSAGE = Pattern.compile("^a property path must (.*?),? but (?:found|was:) (.*)$", Pattern.DOTALL);

  private final JsonParser p;
  private final Vocabularies vocabularies;
  /** The codes selectors resolve against: the reader's, plus those the definition declares once read. */
  private Codes codes;
  /** The document's schemaVersion; 0 until read. */
  private int version;
  /** The forms read before the version was known, checked against it when it is. */
  private final List<Form> pending = new ArrayList<>();
  /** The definitions a {@code definitionRef} resolves against. */
  private DefinitionRegistry definitions = DefinitionRegistry.EMPTY;
  /** Whether a tally document is being read: its published figures refer to its sources by id (version 3). */
  private boolean inTally;
  /** The line each category id was first read on, to report ids used twice. */
  private final Map<String, Long> categoryLines = new HashMap<>();

  /**
   * A reader of one document or value.
   *
   * @param version the version of the forms to read, or 0 for a document that says its own
   */
  TallyReader(JsonParser p, Vocabularies vocabularies, int version) {
    this.p = p;
    this.vocabularies = vocabularies;
    this.codes = new Codes(vocabularies);
    this.version = version;
  }

  /** This reader, resolving a tally's {@code definitionRef} against {@code definitions}. */
  TallyReader withDefinitions(DefinitionRegistry definitions) {
    this.definitions = definitions;
    return this;
  }

  /**
   * The codes a definition document (or a tally document's inline definition) declares, found
   * before the document is read so that its selectors may use them wherever the declarations are;
   * the parser before the document's first token.
   */
  static List<Term> declaredIn(JsonParser p) {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return List.of();
    }
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      if (name.equals(VocabularyCodec.MEMBER)) {
        return VocabularyCodec.readDeclared(p);
      }
      if (name.equals("definition") && p.currentToken() == JsonToken.START_OBJECT) {
        for (String inner = p.nextName(); inner != null; inner = p.nextName()) {
          p.nextToken();
          if (inner.equals(VocabularyCodec.MEMBER)) {
            return VocabularyCodec.readDeclared(p);
          }
          p.skipChildren();
        }
      } else {
        p.skipChildren();
      }
    }
    return List.of();
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
      throw JsonValues.fault(p, "the end of the document");
    }
  }

  private void first(String expected) {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw JsonValues.fault(p, expected);
    }
  }

  /** Reads {@code schemaVersion}: 3, 2 or 1, and checks the forms read before it against it. */
  private void version() {
    long v = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? JsonValues.count(p) : -1;
    if (v != VERSION && v != GENERIC && v != LEGACY) {
      throw JsonValues.fault(
          p, "schemaVersion " + VERSION + " (or " + GENERIC + " or " + LEGACY + ", read through the migration described in the README)");
    }
    version = (int) v;
    for (Form f : pending) {
      f.check(version);
    }
    pending.clear();
  }

  /** A form read in a document, valid in the versions {@code since} to {@code until}. */
  private static final class Form {
    final TokenStreamLocation at;
    final String path;
    final String what;
    final int since;
    final int until;

    Form(TokenStreamLocation at, String path, String what, int since, int until) {
      this.at = at;
      this.path = path;
      this.what = what;
      this.since = since;
      this.until = until;
    }

    /** Fails unless the form belongs to a document of {@code version}. */
    void check(int version) {
      if (version < since || version > until) {
        throw new JsonFault(
            at,
            path,
            "the forms of schemaVersion " + version + ", the document's version (the README lists the forms of each version)",
            what + (since < until && until < VERSION ? ", a form of schemaVersions " + since + " and " + until : ", a form of schemaVersion " + since),
            null);
      }
    }
  }

  /** A form valid from version {@code since} to {@code until} was read: a fault now if the version is known and not one of them, else when it is. */
  private void form(TokenStreamLocation at, String path, String what, int since, int until) {
    Form f = new Form(at, path, what, since, until);
    if (version != 0) {
      f.check(version);
    } else {
      pending.add(f);
    }
  }

  /** A form of version 1 only. */
  private void legacy(TokenStreamLocation at, String path, String what) {
    form(at, path, what, LEGACY, LEGACY);
  }

  /** A generic form, of version 2 and later. */
  private void generic(TokenStreamLocation at, String path, String what) {
    form(at, path, what, GENERIC, VERSION);
  }

  /** A form of version 3. */
  private void latest(TokenStreamLocation at, String path, String what) {
    form(at, path, what, VERSION, VERSION);
  }

  /** Whether the document is known to use the generic forms (version 2 or later). */
  private boolean generic() {
    return version >= GENERIC;
  }

  // --- definitions and categories ------------------------------------------------------------

  /** The properties of a definition, after {@code schemaVersion} in a document. */
  private static final List<String> DEFINITION_PROPERTIES = List.of("id", "version", "labels", VocabularyCodec.MEMBER, "categories", "rules");

  /** The properties of a definition that version 3 added. */
  private static final List<String> NEW_DEFINITION_PROPERTIES = List.of("version", VocabularyCodec.MEMBER, "rules");

  /** A rule read before the categories it names are known: its members, where they are. */
  private static final class RawRule {
    TokenStreamLocation at;
    String path;
    Rule.Kind kind;
    String total;
    TokenStreamLocation totalAt;
    String totalPath;
    final List<String> parts = new ArrayList<>();
    final List<TokenStreamLocation> partsAt = new ArrayList<>();
    final List<String> partsPaths = new ArrayList<>();
    long tolerance;
    String note;
  }

  /** Reads a definition; with {@code document}, {@code schemaVersion} is required (and allowed). */
  TallyDefinition definition(boolean document) {
    first(
        document
            ? "a tally definition document (a JSON object with schemaVersion " + VERSION + ")"
            : "a tally definition: an object with id, labels and categories");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    List<String> allowed = new ArrayList<>();
    if (document) {
      allowed.add("schemaVersion");
    }
    allowed.addAll(DEFINITION_PROPERTIES);
    String[] id = {null};
    TokenStreamLocation[] idAt = {null};
    String[] edition = {null};
    Labels[] labels = {null};
    List<Term> declared = new ArrayList<>();
    List<Category> categories = new ArrayList<>();
    List<RawRule> rules = new ArrayList<>();
    Set<String> seen =
        properties(
            allowed,
            "a property of a tally definition",
            name -> {
              if (NEW_DEFINITION_PROPERTIES.contains(name)) {
                latest(p.currentTokenLocation(), JsonPaths.of(p), "the property " + JsonPaths.quote(name) + " of a definition");
              }
              switch (name) {
                case "schemaVersion":
                  version();
                  break;
                case "id":
                  idAt[0] = p.currentTokenLocation();
                  id[0] = JsonValues.nonBlank(p, "a definition id");
                  break;
                case "version":
                  edition[0] = JsonValues.nonBlank(p, "a version of the definition, such as \"2\"");
                  break;
                case "labels":
                  labels[0] = VocabularyCodec.readLabels(p);
                  break;
                case VocabularyCodec.MEMBER:
                  declared.addAll(VocabularyCodec.readDeclared(p));
                  codes = new Codes(vocabularies.with(declared));
                  break;
                case "rules":
                  JsonValues.array(p, () -> rules.add(rule()));
                  break;
                default:
                  categories.addAll(categories(null));
              }
            });
    required(seen, document ? List.of("schemaVersion", "id", "labels", "categories") : List.of("id", "labels", "categories"), start, path);
    Map<String, Category> byId = new LinkedHashMap<>();
    for (Category c : categories) {
      collect(c, byId);
    }
    List<Rule> built = new ArrayList<>();
    for (RawRule r : rules) {
      built.add(rule(r, byId, id[0]));
    }
    TallyDefinition d;
    try {
      d = JsonValues.building(
          p,
          () -> {
            var b = TallyDefinition.builder().id(id[0]).labels(labels[0]).addAllDeclared(declared).addAllCategories(categories).addAllRules(built);
            if (edition[0] != null) {
              b.version(edition[0]);
            }
            return b.build();
          });
    } catch (JsonFault f) {
      throw ruleFault(f, rules);
    }
    if (document && definitions.conflicting(d).isPresent()) {
      throw new JsonFault(
          idAt[0],
          JsonPaths.child(path, "id"),
          "an id and version the reader does not know for another definition (it was given a different definition "
              + DefinitionRegistry.describe(d) + ")",
          "a different definition with the same id and version",
          null);
    }
    return d;
  }

  private static void collect(Category c, Map<String, Category> out) {
    out.put(c.id(), c);
    c.children().forEach(child -> collect(child, out));
  }

  /** A fault of the model about a declared rule, reported at that rule. */
  private static JsonFault ruleFault(JsonFault f, List<RawRule> rules) {
    Matcher m = RULE_MESSAGE.matcher(String.valueOf(f.getCause() == null ? "" : f.getCause().getMessage()));
    if (!m.matches()) {
      return f;
    }
    RawRule r = rules.get(Integer.parseInt(m.group(1)));
    String member = m.group(2) == null ? "" : m.group(2);
    return new JsonFault(r.at, r.path + member, "a rule that " + m.group(3), m.group(4), f.getCause());
  }

  private static final Pattern RULE_MESSAGE =
      Pattern.compile("^TallyDefinition\\.rules\\[(\\d+)\\](\\.[a-z]+)? (.*) but was: (.*)$", Pattern.DOTALL);

  /** Reads a rule: {@code kind}, {@code total}, {@code parts}, then optionally {@code tolerance} and {@code note}. */
  private RawRule rule() {
    first("a rule: an object with kind, total and parts");
    RawRule r = new RawRule();
    r.at = p.currentTokenLocation();
    r.path = JsonPaths.of(p);
    Set<String> seen =
        properties(
            RULE_PROPERTIES,
            "a property of a rule",
            name -> {
              switch (name) {
                case "kind":
                  String kind = JsonValues.string(p);
                  if (!RULE_KINDS.contains(kind)) {
                    throw JsonValues.fault(p, "a kind of rule (one of " + String.join(", ", RULE_KINDS) + ")");
                  }
                  r.kind = Rule.Kind.values()[RULE_KINDS.indexOf(kind)];
                  break;
                case "total":
                  r.totalAt = p.currentTokenLocation();
                  r.totalPath = JsonPaths.of(p);
                  r.total = JsonValues.nonBlank(p, "a category id");
                  break;
                case "parts":
                  TokenStreamLocation at = p.currentTokenLocation();
                  String partsPath = JsonPaths.of(p);
                  JsonValues.array(
                      p,
                      () -> {
                        r.partsAt.add(p.currentTokenLocation());
                        r.partsPaths.add(JsonPaths.of(p));
                        r.parts.add(JsonValues.nonBlank(p, "a category id"));
                      });
                  if (r.parts.isEmpty()) {
                    throw new JsonFault(at, partsPath, "at least one category id", "[]", null);
                  }
                  break;
                case "tolerance":
                  r.tolerance = JsonValues.count(p);
                  if (r.tolerance < 0) {
                    throw JsonValues.fault(p, "a tolerance, not negative");
                  }
                  break;
                default:
                  r.note = JsonValues.nonBlank(p, "a note");
              }
            });
    required(seen, List.of("kind", "total", "parts"), r.at, r.path);
    return r;
  }

  /** Reads a rule alone, its operands unchecked (a definition checks them against its categories). */
  Rule ruleAlone() {
    RawRule r = rule();
    var b = Rule.builder().kind(r.kind).total(r.total).addAllParts(r.parts).tolerance(r.tolerance);
    if (r.note != null) {
      b.note(r.note);
    }
    return JsonValues.building(p, b::build);
  }

  /** A rule whose operands name categories of the definition that have a value, each at its JSON path with the closest known id. */
  private Rule rule(RawRule r, Map<String, Category> byId, String definitionId) {
    operand(r.total, r.totalAt, r.totalPath, byId, definitionId);
    Set<String> parts = new HashSet<>();
    for (int i = 0; i < r.parts.size(); i++) {
      String part = r.parts.get(i);
      operand(part, r.partsAt.get(i), r.partsPaths.get(i), byId, definitionId);
      if (part.equals(r.total) || !parts.add(part)) {
        throw new JsonFault(
            r.partsAt.get(i), r.partsPaths.get(i), "each category once, the total " + JsonPaths.quote(r.total) + " not among the parts", JsonPaths.quote(part), null);
      }
    }
    var b = Rule.builder().kind(r.kind).total(r.total).addAllParts(r.parts).tolerance(r.tolerance);
    if (r.note != null) {
      b.note(r.note);
    }
    return b.build();
  }

  private static void operand(String id, TokenStreamLocation at, String path, Map<String, Category> byId, String definitionId) {
    Category c = byId.get(id);
    if (c == null) {
      throw new JsonFault(
          at, path, "a category of the definition" + (definitionId == null ? "" : " " + JsonPaths.quote(definitionId)), Codes.found(id, byId.keySet()), null);
    }
    if (!c.hasValue()) {
      throw new JsonFault(at, path, "a category with a value (the measure of " + id + " is " + measureKind(c.measure()) + ")", JsonPaths.quote(id), null);
    }
  }

  /** The kind a measure is written with. */
  static String measureKind(Measure m) {
    if (m instanceof Measure.Count) {
      return "count";
    }
    if (m instanceof Measure.Distinct) {
      return "distinct";
    }
    if (m instanceof Measure.Sum) {
      return "sum";
    }
    if (m instanceof Measure.LatestSnapshot) {
      return "latest_snapshot";
    }
    if (m instanceof Measure.SnapshotAt) {
      return "snapshot_at";
    }
    if (m instanceof Measure.SumOfChildren) {
      return "sum_of_children";
    }
    if (m instanceof Measure.PublishedOnly) {
      return "published_only";
    }
    return m instanceof Measure.Programme ? "programme" : "none";
  }

  /** Reads a category read alone (its children checked against it, its ids unique among its own). */
  Category category() {
    return category(null);
  }

  /** A category being read, so that its children can check that their ids are under its id. */
  private static final class Parent {
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
      throw JsonValues.fault(p, "an array of categories");
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
    Map<String, Object> v = new HashMap<>();
    Map<String, TokenStreamLocation> at = new HashMap<>();
    Set<String> seen =
        properties(
            CATEGORY_PROPERTIES,
            "a property of a category",
            name -> {
              at.put(name, p.currentTokenLocation());
              switch (name) {
                case "id":
                  String id = categoryId(parent);
                  self.known(id);
                  v.put(name, id);
                  break;
                case "labels":
                  v.put(name, VocabularyCodec.readLabels(p));
                  break;
                case "synonyms":
                  latest(p.currentTokenLocation(), JsonPaths.of(p), "the property \"synonyms\" of a category");
                  v.put(name, synonyms());
                  break;
                case "measure":
                  v.put(name, measure());
                  break;
                case "role":
                  latest(p.currentTokenLocation(), JsonPaths.of(p), "the property \"role\" of a category");
                  String role = JsonValues.string(p);
                  if (!ROLES.contains(role)) {
                    throw new JsonFault(
                        p.currentTokenLocation(), JsonPaths.of(p), "a role under the parent (one of " + String.join(", ", ROLES) + ")", Codes.found(role, ROLES), null);
                  }
                  v.put(name, Category.Role.values()[ROLES.indexOf(role)]);
                  break;
                case "checkedTotal":
                  v.put(name, JsonValues.bool(p));
                  break;
                case "tolerance":
                  latest(p.currentTokenLocation(), JsonPaths.of(p), "the property \"tolerance\" of a category");
                  long tolerance = JsonValues.count(p);
                  if (tolerance < 0) {
                    throw JsonValues.fault(p, "a tolerance, not negative");
                  }
                  v.put(name, tolerance);
                  break;
                case "note":
                  v.put(name, JsonValues.string(p));
                  break;
                default:
                  v.put(name, categories(self));
              }
            });
    required(seen, List.of("id", "labels", "measure"), start, path);
    String id = (String) v.get("id");
    Measure measure = (Measure) v.get("measure");
    boolean checked = Boolean.TRUE.equals(v.get("checkedTotal"));
    @SuppressWarnings("unchecked")
    List<Category> children = v.containsKey("children") ? (List<Category>) v.get("children") : List.of();
    boolean valued = !(measure instanceof Measure.None) && !(measure instanceof Measure.Programme);
    if (checked && !valued) {
      throw new JsonFault(
          at.get("checkedTotal"),
          JsonPaths.child(path, "checkedTotal"),
          "checkedTotal only on a category with a value (the measure is " + measureKind(measure) + ")",
          "true",
          null);
    }
    boolean sum = measure instanceof Measure.SumOfChildren;
    if ((checked || sum) && children.stream().noneMatch(c -> c.hasValue() && c.role() == Category.Role.PART)) {
      String where = children.isEmpty() ? (sum ? "measure" : "checkedTotal") : "children";
      throw new JsonFault(
          at.get(where),
          JsonPaths.child(path, where),
          "a child category with a value, since " + id + " is a total (" + (sum ? "sum_of_children" : "checkedTotal") + ")",
          children.isEmpty()
              ? "no children"
              : children.stream().noneMatch(Category::hasValue)
                  ? "only children whose measure is none or programme"
                  : "only children outside its sum (at_most or display_only)",
          null);
    }
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).role() == Category.Role.AT_MOST && !valued) {
        throw new JsonFault(
            at.get("children"),
            JsonPaths.child(path, "children") + "[" + i + "].role",
            "a role other than at_most under " + id + ", which has no value (the measure is " + measureKind(measure) + ")",
            "\"at_most\"",
            null);
      }
    }
    b.id(id).labels((Labels) v.get("labels")).measure(measure).checkedTotal(checked).addAllChildren(children);
    if (v.containsKey("role")) {
      b.role((Category.Role) v.get("role"));
    }
    if (v.containsKey("tolerance")) {
      b.tolerance((Long) v.get("tolerance"));
    }
    if (v.containsKey("synonyms")) {
      b.synonyms((Synonyms) v.get("synonyms"));
    }
    if (v.containsKey("note")) {
      b.note((String) v.get("note"));
    }
    return JsonValues.building(p, b::build);
  }

  /** The languages of a category's synonyms, as written. */
  static final List<String> SYNONYM_LANGUAGES = List.of("ar", "fr", "en");

  /** A category's synonyms: {@code {"ar": [...], "fr": [...], "en": [...]}}, each list optional. */
  private Synonyms synonyms() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonValues.fault(p, "synonyms: an object with lists of texts by language (ar, fr, en)");
    }
    var b = Synonyms.builder();
    properties(
        SYNONYM_LANGUAGES,
        "a language of synonyms",
        language ->
            JsonValues.array(
                p,
                () -> {
                  String text = JsonValues.nonBlank(p, "a synonym");
                  switch (language) {
                    case "ar":
                      b.addAr(text);
                      break;
                    case "fr":
                      b.addFr(text);
                      break;
                    default:
                      b.addEn(text);
                  }
                }));
    return JsonValues.building(p, b::build);
  }

  private String categoryId(Parent parent) {
    TokenStreamLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    String id = JsonValues.string(p);
    if (!CATEGORY_ID.matcher(id).matches()) {
      throw JsonValues.fault(p, CATEGORY_ID_EXPECTED);
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

  // --- measures ------------------------------------------------------------------------------

  /** A member of a measure read before the measure's kind decides what it means. */
  private static final class Member {
    final String name;
    final TokenStreamLocation nameAt;
    final String path;
    final TokenStreamLocation at;
    Object value;

    Member(String name, TokenStreamLocation nameAt, String path, TokenStreamLocation at) {
      this.name = name;
      this.nameAt = nameAt;
      this.path = path;
      this.at = at;
    }

    String string() {
      return (String) value;
    }
  }

  /** Reads a measure. */
  Measure measure() {
    first("a measure: an object with a kind (one of " + measureKinds() + ")");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    Map<String, Member> members = new LinkedHashMap<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      TokenStreamLocation nameAt = p.currentTokenLocation();
      String memberPath = JsonPaths.of(p);
      if (!anyMeasureMember().contains(name) && !isLegacyFilterMember(name)) {
        throw new JsonFault(
            nameAt, memberPath, "a property of a measure (" + String.join(", ", anyMeasureMember()) + ")", Codes.found(name, anyMeasureMember()), null);
      }
      if (members.containsKey(name)) {
        throw new JsonFault(nameAt, memberPath, "each property once", JsonPaths.quote(name) + " a second time", null);
      }
      p.nextToken();
      Member m = new Member(name, nameAt, memberPath, p.currentTokenLocation());
      members.put(name, m);
      switch (name) {
        case "selector":
          m.value = selector();
          break;
        case "where":
          m.value = condition();
          break;
        case "account":
          m.value = JsonValues.nonBlank(p, "an account");
          break;
        case "date":
          m.value = JsonValues.date(p);
          break;
        case "kind":
        case "of":
        case "quantity":
        case "field":
        case "platform":
          m.value = JsonValues.string(p);
          break;
        default:
          m.value = rawValues(true);
      }
    }
    Member kindMember = members.get("kind");
    if (kindMember == null) {
      throw new JsonFault(
          start, JsonPaths.child(path, "kind"), "the required property \"kind\" (one of " + measureKinds() + ")", "none", null);
    }
    String kind = kindMember.string();
    List<String> allowed;
    boolean legacyForm;
    PropertyPath legacyDistinct = null;
    switch (kind) {
      case "count":
        allowed = List.of("kind", "selector");
        legacyForm = false;
        break;
      case "distinct":
        allowed = List.of("kind", "of", "where", "selector");
        legacyForm = false;
        generic(kindMember.at, kindMember.path, "the measure kind \"distinct\"");
        break;
      case "sum":
        legacyForm = members.containsKey("quantity");
        allowed = legacyForm ? List.of("kind", "quantity", "selector") : List.of("kind", "of", "selector");
        break;
      case "latest_snapshot":
        legacyForm = members.containsKey("field");
        allowed = legacyForm ? List.of("kind", "platform", "account", "field") : List.of("kind", "platform", "account", "of");
        break;
      case "snapshot_at":
        allowed = List.of("kind", "date", "platform", "account", "of");
        legacyForm = false;
        break;
      case "sum_of_children":
      case "published_only":
      case "programme":
      case "none":
        allowed = List.of("kind");
        legacyForm = false;
        break;
      default:
        legacyDistinct = generic() ? null : LegacyForms.distinct(kind).orElse(null);
        if (legacyDistinct == null) {
          String hint = LegacyForms.distinct(kind).isPresent() ? " (a kind of schemaVersion " + LEGACY + ")" : "";
          throw new JsonFault(
              kindMember.at,
              kindMember.path,
              "a measure kind (one of " + measureKinds() + ")",
              Codes.found(kind, allMeasureKinds()) + hint,
              null);
        }
        List<String> legacyAllowed = new ArrayList<>(List.of("kind", "selector"));
        legacyAllowed.addAll(LegacyForms.filters(legacyDistinct));
        allowed = legacyAllowed;
        legacyForm = true;
    }
    for (Member m : members.values()) {
      if (!allowed.contains(m.name)) {
        throw new JsonFault(
            m.nameAt, m.path, "a property of a " + kind + " measure (" + String.join(", ", allowed) + ")", JsonPaths.quote(m.name), null);
      }
    }
    if (legacyForm) {
      Member signal = members.containsKey("quantity") ? members.get("quantity") : members.containsKey("field") ? members.get("field") : kindMember;
      String what = signal == kindMember ? "the measure kind " + JsonPaths.quote(kind) : "the member " + JsonPaths.quote(signal.name) + " of a " + kind + " measure";
      legacy(signal == kindMember ? signal.at : signal.nameAt, signal.path, what);
    } else if (NEW_MEASURE_KINDS.contains(kind)) {
      latest(kindMember.at, kindMember.path, "the measure kind " + JsonPaths.quote(kind));
    } else if (members.containsKey("of")) {
      generic(members.get("of").nameAt, members.get("of").path, "the member \"of\" of a " + kind + " measure");
    }
    for (String name : allowed) {
      boolean optional = name.equals("account") || name.equals("where") || (legacyDistinct != null && !name.equals("selector") && !name.equals("kind"));
      if (!optional && !members.containsKey(name)) {
        throw new JsonFault(
            start, JsonPaths.child(path, name), "the required property \"" + name + "\" of a " + kind + " measure", "none", null);
      }
    }
    Selector selector = members.containsKey("selector") ? (Selector) members.get("selector").value : null;
    switch (kind) {
      case "count":
        return Measure.count(selector);
      case "distinct":
        return distinct(members.get("of"), members.get("where"), selector);
      case "sum":
        {
          PropertyPath of;
          if (legacyForm) {
            Member q = members.get("quantity");
            of = LegacyForms.quantity(q.string())
                .orElseThrow(
                    () -> new JsonFault(
                        q.at,
                        q.path,
                        "a quantity of schemaVersion " + LEGACY + " (" + String.join(", ", LegacyForms.quantities()) + ")",
                        Codes.found(q.string(), LegacyForms.quantities()),
                        null));
          } else {
            of = numbers(members.get("of"));
          }
          PropertyPath sumOf = of;
          return JsonValues.building(p, () -> Measure.sum(sumOf, selector));
        }
      case "latest_snapshot":
      case "snapshot_at":
        {
          Member platformMember = members.get("platform");
          Term platform = codes.find(RecordLayout.vocabularyIndex(Platform.VOCABULARY), platformMember.string());
          if (platform == null) {
            throw codes.unknown(platformMember.at, platformMember.path, Platform.VOCABULARY, platformMember.string());
          }
          Member field = members.get(legacyForm ? "field" : "of");
          String name = legacyForm ? LegacyForms.camel(field.string()) : field.string();
          Property<AudienceSnapshot, Long> of =
              LegacyForms.Snapshots.numeric(name)
                  .orElseThrow(
                      () -> new JsonFault(
                          field.at,
                          field.path,
                          "a numeric property of " + AudienceSnapshot.TYPE.code() + " (" + String.join(", ", LegacyForms.Snapshots.names()) + ")",
                          Codes.found(field.string(), LegacyForms.Snapshots.names()),
                          null));
          Optional<String> account = Optional.ofNullable(members.get("account")).map(Member::string);
          if (kind.equals("snapshot_at")) {
            LocalDate date = (LocalDate) members.get("date").value;
            return JsonValues.building(p, () -> new Measure.SnapshotAt(date, (Platform) platform, account, of));
          }
          return JsonValues.building(p, () -> new Measure.LatestSnapshot((Platform) platform, account, of));
        }
      case "sum_of_children":
        return Measure.sumOfChildren();
      case "published_only":
        return Measure.publishedOnly();
      case "programme":
        return Measure.programme();
      case "none":
        return Measure.none();
      default:
        return legacyDistinct(legacyDistinct, members, selector);
    }
  }

  private Measure distinct(Member ofMember, Member where, Selector selector) {
    PropertyPath of = path(ofMember);
    if (where == null) {
      return JsonValues.building(p, () -> Measure.distinct(of, selector));
    }
    RawCondition c = (RawCondition) where.value;
    RecordType<?> records = of.parent().flatMap(x -> x.valueType().recordType()).orElse(null);
    if (records == null) {
      throw new JsonFault(
          where.nameAt,
          where.path,
          "no \"where\": " + of + " reaches no nested records to filter (a filter needs a path through nested records"
              + LegacyForms.distinctKinds().stream().findFirst().map(k -> ", such as " + LegacyForms.distinct(k).orElseThrow()).orElse("") + ")",
          "\"where\"",
          null);
    }
    Property<?, ?> property = records.property(c.property).orElse(null);
    if (property == null) {
      List<String> names = new ArrayList<>();
      records.properties().forEach(x -> names.add(x.name()));
      throw new JsonFault(
          c.propertyAt,
          c.propertyPath,
          "a property of " + records.code() + " (" + String.join(", ", names) + "), the records " + of.parent().orElseThrow() + " reaches",
          Codes.found(c.property, names),
          null);
    }
    Condition condition = condition(c, property.type(), property.name());
    return JsonValues.building(p, () -> Measure.distinct(of, property, condition, selector));
  }

  private Measure legacyDistinct(PropertyPath of, Map<String, Member> members, Selector selector) {
    Member filter = null;
    for (Member m : members.values()) {
      if (!m.name.equals("kind") && !m.name.equals("selector")) {
        if (filter != null) {
          throw new JsonFault(m.nameAt, m.path, "one filter per measure", "a second filter " + JsonPaths.quote(m.name), null);
        }
        filter = m;
      }
    }
    if (filter == null) {
      return JsonValues.building(p, () -> Measure.distinct(of, selector));
    }
    Property<?, ?> property = LegacyForms.filter(of, filter.name).orElseThrow();
    @SuppressWarnings("unchecked")
    List<Raw> raw = (List<Raw>) filter.value;
    Condition condition = anyOf(raw, property.type(), property.name(), filter.at, filter.path);
    return JsonValues.building(p, () -> Measure.distinct(of, property, condition, selector));
  }

  private boolean isLegacyFilterMember(String name) {
    if (generic()) {
      return false;
    }
    for (String kind : LegacyForms.distinctKinds()) {
      if (LegacyForms.filters(LegacyForms.distinct(kind).orElseThrow()).contains(name)) {
        return true;
      }
    }
    return false;
  }

  private List<String> anyMeasureMember() {
    if (generic()) {
      return MEASURE_MEMBERS;
    }
    Set<String> all = new LinkedHashSet<>(version == LEGACY ? List.of() : MEASURE_MEMBERS);
    all.addAll(LEGACY_MEASURE_MEMBERS);
    for (String kind : LegacyForms.distinctKinds()) {
      all.addAll(LegacyForms.filters(LegacyForms.distinct(kind).orElseThrow()));
    }
    return new ArrayList<>(all);
  }

  private String measureKinds() {
    if (generic()) {
      return String.join(", ", MEASURE_KINDS);
    }
    List<String> legacy = new ArrayList<>(List.of("count"));
    legacy.addAll(LegacyForms.distinctKinds());
    legacy.addAll(List.of("sum", "latest_snapshot", "sum_of_children", "none"));
    if (version == LEGACY) {
      return String.join(", ", legacy);
    }
    return String.join(", ", MEASURE_KINDS) + ", or of schemaVersion " + LEGACY + ": " + String.join(", ", LegacyForms.distinctKinds());
  }

  private List<String> allMeasureKinds() {
    List<String> all = new ArrayList<>(MEASURE_KINDS);
    if (!generic()) {
      all.addAll(LegacyForms.distinctKinds());
    }
    return all;
  }

  /** A property path written as a string member, such as {@code unit.id}. */
  private PropertyPath path(Member m) {
    return path(m.string(), m.at, m.path);
  }

  private static PropertyPath path(String dotted, TokenStreamLocation at, String jsonPath) {
    try {
      return PropertyPath.parse(dotted);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      Matcher m = PATH_MESSAGE.matcher(message);
      if (m.matches()) {
        throw new JsonFault(at, jsonPath, "a property path that must " + m.group(1), m.group(2), e);
      }
      throw new JsonFault(at, jsonPath, "a property path such as bulletin.kind or unit.id", JsonPaths.quote(dotted) + " (" + message + ")", e);
    }
  }

  /** A path that reaches numbers, for a sum. */
  private PropertyPath numbers(Member m) {
    PropertyPath path = path(m);
    if (!path.valueType().isNumber()) {
      throw new JsonFault(m.at, m.path, "a property path that reaches numbers", JsonPaths.quote(m.string()) + " (" + path.valueType() + ")", null);
    }
    return path;
  }

  // --- selectors -------------------------------------------------------------------------------

  /** Reads a selector: an object whose first property tells its form apart. */
  Selector selector() {
    first("a selector: an object with one of the properties " + selectorKinds());
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    String name = p.nextName();
    if (name == null) {
      throw new JsonFault(
          p.currentTokenLocation(), JsonPaths.of(p), "a selector: an object with one of the properties " + selectorKinds(), "an empty object", null);
    }
    if (CONDITION_MEMBERS.contains(name)) {
      return where(start, path, name);
    }
    TokenStreamLocation nameAt = p.currentTokenLocation();
    String namePath = JsonPaths.of(p);
    Selector s;
    switch (name) {
      case "all":
        p.nextToken();
        if (p.currentToken() != JsonToken.VALUE_TRUE) {
          throw JsonValues.fault(p, "true (\"all\": true selects every activity)");
        }
        s = Selector.all();
        break;
      case "type":
        p.nextToken();
        s = new Selector.Types(types());
        break;
      case "between":
        p.nextToken();
        s = new Selector.Between(range());
        break;
      case "and":
        p.nextToken();
        s = new Selector.And(selectors());
        break;
      case "or":
        p.nextToken();
        s = new Selector.Or(selectors());
        break;
      case "not":
        p.nextToken();
        s = new Selector.Not(selector());
        break;
      default:
        PropertyPath legacyPath = generic() ? null : LegacyForms.selector(name).orElse(null);
        if (legacyPath == null) {
          String hint = LegacyForms.selector(name).isPresent() ? " (a key of schemaVersion " + LEGACY + ")" : "";
          throw new JsonFault(nameAt, namePath, "a selector kind (one of " + selectorKinds() + ")", Codes.found(name, allSelectorKinds()) + hint, null);
        }
        legacy(nameAt, namePath, "the selector key " + JsonPaths.quote(name));
        p.nextToken();
        TokenStreamLocation at = p.currentTokenLocation();
        String valuesPath = JsonPaths.of(p);
        Condition c = anyOf(rawValues(false), legacyPath.valueType(), legacyPath.toString(), at, valuesPath);
        s = JsonValues.building(p, () -> Selector.where(legacyPath, c));
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

  /** A selector on a property, {@code {"property": path, "in": [...]}} or with {@code "from"} and {@code "to"}. */
  private Selector where(TokenStreamLocation start, String path, String firstName) {
    RawCondition c = condition(start, path, firstName, "a selector on a property");
    generic(start, path, "a selector on a \"property\"");
    PropertyPath property = path(c.property, c.propertyAt, c.propertyPath);
    if (property.valueType().kind() == ValueType.Kind.RECORD) {
      RecordType<?> records = property.valueType().recordType().orElseThrow();
      List<String> names = new ArrayList<>();
      records.properties().forEach(x -> names.add(property + "." + x.name()));
      throw new JsonFault(
          c.propertyAt,
          c.propertyPath,
          "a property path that reaches values, not " + records.code() + " records (one of " + String.join(", ", names) + ")",
          JsonPaths.quote(c.property),
          null);
    }
    Condition condition = condition(c, property.valueType(), property.toString());
    return JsonValues.building(p, () -> Selector.where(property, condition));
  }

  private String selectorKinds() {
    if (generic()) {
      return String.join(", ", SELECTOR_KINDS);
    }
    List<String> legacy = new ArrayList<>(List.of("all", "type", "between", "and", "or", "not"));
    legacy.addAll(LegacyForms.selectorKeys());
    if (version == LEGACY) {
      return String.join(", ", legacy);
    }
    return String.join(", ", SELECTOR_KINDS) + ", or a key of schemaVersion " + LEGACY + ": "
        + String.join(", ", LegacyForms.selectorKeys());
  }

  private List<String> allSelectorKinds() {
    List<String> all = new ArrayList<>(SELECTOR_KINDS);
    if (!generic()) {
      all.addAll(LegacyForms.selectorKeys());
    }
    return all;
  }

  private List<Selector> selectors() {
    TokenStreamLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    List<Selector> out = new ArrayList<>();
    JsonValues.array(p, () -> out.add(selector()));
    if (out.isEmpty()) {
      throw new JsonFault(at, path, "at least one selector", "[]", null);
    }
    return out;
  }

  private Set<ActivityType<?>> types() {
    TokenStreamLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    Set<ActivityType<?>> out = new LinkedHashSet<>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw JsonValues.fault(p, "an array of activity types");
    }
    List<String> known = new ArrayList<>();
    ActivityType.all().forEach(t -> known.add(t.code()));
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String code = JsonValues.string(p);
      ActivityType<?> t = ActivityType.byCode(code).orElse(null);
      if (t == null) {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p), "an activity type (one of " + String.join(", ", known) + ")", Codes.found(code, known), null);
      }
      if (!out.add(t)) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each activity type once", JsonPaths.quote(code) + " a second time", null);
      }
    }
    if (out.isEmpty()) {
      throw new JsonFault(at, path, "at least one activity type", "[]", null);
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
                v[1] = JsonValues.date(p);
              } else {
                v[0] = JsonValues.date(p);
              }
            });
    required(seen, List.of("from", "to"), start, path);
    if (v[1].isBefore(v[0])) {
      throw new JsonFault(toAt[0], JsonPaths.child(path, "to"), "a date not before from (" + v[0] + ")", JsonPaths.quote(v[1].toString()), null);
    }
    return DateRange.of(v[0], v[1]);
  }

  // --- conditions ------------------------------------------------------------------------------

  /** A scalar read from a list of values, kept until the type it must have is known. */
  private static final class Raw {
    final JsonToken token;
    final Object value;
    final String shown;
    final TokenStreamLocation at;
    final String path;

    Raw(JsonToken token, Object value, String shown, TokenStreamLocation at, String path) {
      this.token = token;
      this.value = value;
      this.shown = shown;
      this.at = at;
      this.path = path;
    }
  }

  /** A condition read before the values' type is known: {@code property}, then {@code in} or {@code from} and {@code to}. */
  private static final class RawCondition {
    String property;
    TokenStreamLocation propertyAt;
    String propertyPath;
    List<Raw> in;
    TokenStreamLocation inAt;
    String inPath;
    Long from;
    TokenStreamLocation fromAt;
    String fromPath;
    Long to;
    TokenStreamLocation toAt;
    String toPath;
  }

  /** Reads a filter, {@code {"property": name, "in": [...]}} or with a range, the parser on its opening brace. */
  private RawCondition condition() {
    first("a filter: an object with property, then in or from and to");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    String name = p.nextName();
    if (name == null || !CONDITION_MEMBERS.contains(name)) {
      throw new JsonFault(
          p.currentTokenLocation(),
          JsonPaths.of(p),
          "a filter: an object with property, then in or from and to",
          name == null ? "an empty object" : Codes.found(name, CONDITION_MEMBERS),
          null);
    }
    return condition(start, path, name, "a filter");
  }

  /** Reads the members of a condition, the parser on the first member's name; {@code what} names it in messages. */
  private RawCondition condition(TokenStreamLocation start, String path, String firstName, String what) {
    RawCondition c = new RawCondition();
    Set<String> seen = new LinkedHashSet<>();
    for (String name = firstName; name != null; name = p.nextName()) {
      if (!CONDITION_MEMBERS.contains(name)) {
        throw new JsonFault(
            p.currentTokenLocation(),
            JsonPaths.of(p),
            "a property of " + what + " (" + String.join(", ", CONDITION_MEMBERS) + ")",
            Codes.found(name, CONDITION_MEMBERS),
            null);
      }
      if (!seen.add(name)) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each property once", JsonPaths.quote(name) + " a second time", null);
      }
      p.nextToken();
      TokenStreamLocation at = p.currentTokenLocation();
      String valuePath = JsonPaths.of(p);
      switch (name) {
        case "property":
          c.property = JsonValues.string(p);
          c.propertyAt = at;
          c.propertyPath = valuePath;
          break;
        case "in":
          c.in = rawValues(false);
          c.inAt = at;
          c.inPath = valuePath;
          break;
        case "from":
          c.from = JsonValues.count(p);
          c.fromAt = at;
          c.fromPath = valuePath;
          break;
        default:
          c.to = JsonValues.count(p);
          c.toAt = at;
          c.toPath = valuePath;
      }
    }
    if (c.property == null) {
      throw missing(start, path, "property");
    }
    if (c.in == null && c.from == null && c.to == null) {
      throw new JsonFault(start, JsonPaths.child(path, "in"), "the required property \"in\" (or \"from\" and \"to\")", "none", null);
    }
    if (c.in != null && (c.from != null || c.to != null)) {
      TokenStreamLocation at = c.from != null ? c.fromAt : c.toAt;
      String where = c.from != null ? c.fromPath : c.toPath;
      throw new JsonFault(at, where, "either \"in\" or \"from\" and \"to\", not both", "both", null);
    }
    if (c.in == null && (c.from == null || c.to == null)) {
      throw missing(start, path, c.from == null ? "from" : "to");
    }
    return c;
  }

  /** The condition on values of {@code type}; {@code what} names the property or path in messages. */
  private Condition condition(RawCondition c, ValueType<?> type, String what) {
    if (c.in != null) {
      return anyOf(c.in, type, what, c.inAt, c.inPath);
    }
    if (!type.isNumber()) {
      throw new JsonFault(
          c.fromAt, c.fromPath, "a property that holds numbers, to test a range (" + what + " holds " + type + ")", String.valueOf(c.from), null);
    }
    if (c.to < c.from) {
      throw new JsonFault(c.toAt, c.toPath, "a number not less than from (" + c.from + ")", String.valueOf(c.to), null);
    }
    return Condition.range(c.from, c.to);
  }

  /** The values of a list, each in the JSON form of {@code type}: at least one, each once. */
  private Condition anyOf(List<Raw> raw, ValueType<?> type, String what, TokenStreamLocation at, String path) {
    if (raw.isEmpty()) {
      throw new JsonFault(at, path, "at least one value of " + what, "[]", null);
    }
    Set<Object> values = new LinkedHashSet<>();
    for (Raw r : raw) {
      if (!values.add(value(r, type))) {
        throw new JsonFault(r.at, r.path, "each value of " + what + " once", r.shown + " a second time", null);
      }
    }
    return Condition.anyOf(values);
  }

  /** One value in the JSON form of {@code type}: a code or text as a string, a number, true or false. */
  private Object value(Raw r, ValueType<?> type) {
    switch (type.kind()) {
      case CODE:
        if (r.token == JsonToken.VALUE_STRING) {
          Term t = codes.find(RecordLayout.vocabularyIndex(type.vocabulary().orElseThrow()), (String) r.value);
          if (t == null) {
            throw codes.unknown(r.at, r.path, type.vocabulary().orElseThrow(), (String) r.value);
          }
          return t;
        }
        throw new JsonFault(r.at, r.path, Codes.expected(codes.vocabularies(), type.vocabulary().orElseThrow()), r.shown, null);
      case BOOLEAN:
        if (r.value instanceof Boolean) {
          return r.value;
        }
        break;
      case INTEGER:
        if (r.value instanceof Long && (Long) r.value >= Integer.MIN_VALUE && (Long) r.value <= Integer.MAX_VALUE) {
          return (int) (long) (Long) r.value;
        }
        break;
      case LONG:
        if (r.value instanceof Long) {
          return r.value;
        }
        break;
      case RECORD:
        break;
      default:
        if (r.token == JsonToken.VALUE_STRING) {
          try {
            return type.parse((String) r.value, codes.vocabularies());
          } catch (IllegalArgumentException e) {
            throw new JsonFault(r.at, r.path, type.expected(), r.shown, e);
          }
        }
    }
    String expected = type.kind() == ValueType.Kind.BOOLEAN ? "true or false" : type.isNumber() ? type.expected() : type.expected() + " in a string";
    throw new JsonFault(r.at, r.path, expected, r.shown, null);
  }

  /**
   * Reads a list of scalar values to convert once their type is known; with {@code single}, a lone
   * string stands for a list of one.
   */
  private List<Raw> rawValues(boolean single) {
    List<Raw> out = new ArrayList<>();
    if (single && p.currentToken() == JsonToken.VALUE_STRING) {
      out.add(raw());
      return out;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw JsonValues.fault(p, "an array of values");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(raw());
    }
    return out;
  }

  private Raw raw() {
    JsonToken t = p.currentToken();
    Object value;
    switch (t) {
      case VALUE_STRING:
        value = p.getString();
        break;
      case VALUE_TRUE:
        value = Boolean.TRUE;
        break;
      case VALUE_FALSE:
        value = Boolean.FALSE;
        break;
      case VALUE_NUMBER_INT:
        value = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getString() : (Object) p.getLongValue();
        break;
      case VALUE_NUMBER_FLOAT:
        value = p.getString();
        break;
      default:
        throw JsonValues.fault(p, "a value: a string, a whole number, true or false");
    }
    return new Raw(t, value, JsonPaths.describe(p), p.currentTokenLocation(), JsonPaths.of(p));
  }

  // --- tallies -------------------------------------------------------------------------------

  /** A published figure's reference to a source of the tally, resolved once the sources are read. */
  private static final class SourceRef {
    final String id;
    final TokenStreamLocation at;
    final String path;

    SourceRef(String id, TokenStreamLocation at, String path) {
      this.id = id;
      this.at = at;
      this.path = path;
    }
  }

  /** A figure of a tally as read: its category, where, its value and its provenance (or a reference to a source). */
  private static final class RawFigure {
    String category;
    TokenStreamLocation at;
    String path;
    long value;
    Object provenance;
  }

  /**
   * Reads a tally; with {@code document}, {@code schemaVersion} is required (and allowed).
   *
   * @param given the definition the caller supplies, or null to take the inline one or a registered one
   */
  Tally tally(boolean document, TallyDefinition given) {
    first(
        document
            ? "a tally document (a JSON object with schemaVersion " + VERSION + ")"
            : "a tally: an object with definition, institution, period and figures");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    List<String> allowed = new ArrayList<>();
    if (document) {
      allowed.add("schemaVersion");
    }
    allowed.addAll(List.of("definition", "definitionRef", "definitionVersion", "institution", "period", "sources", "figures"));
    inTally = true;
    TallyDefinition[] inline = {null};
    String[] ref = {null};
    String[] refVersion = {null};
    TokenStreamLocation[] defAt = {null};
    TokenStreamLocation[] versionAt = {null};
    Institution[] institution = {null};
    DateRange[] period = {null};
    Map<String, Source> sources = new LinkedHashMap<>();
    Map<String, TokenStreamLocation> sourcesAt = new HashMap<>();
    Map<String, String> sourcesPaths = new HashMap<>();
    List<RawFigure> figures = new ArrayList<>();
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
                    inTally = false;
                    inline[0] = definition(false);
                    inTally = true;
                  } else {
                    ref[0] = JsonValues.nonBlank(p, "a definition id");
                  }
                  break;
                case "definitionVersion":
                  latest(p.currentTokenLocation(), JsonPaths.of(p), "the property \"definitionVersion\" of a tally");
                  versionAt[0] = p.currentTokenLocation();
                  refVersion[0] = JsonValues.nonBlank(p, "a version of the definition");
                  break;
                case "institution":
                  institution[0] = DatasetCodec.readInstitution(p, JsonPaths.of(p));
                  break;
                case "period":
                  period[0] = range();
                  break;
                case "sources":
                  latest(p.currentTokenLocation(), JsonPaths.of(p), "the property \"sources\" of a tally");
                  JsonValues.array(
                      p,
                      () -> {
                        TokenStreamLocation at = p.currentTokenLocation();
                        String sourcePath = JsonPaths.of(p);
                        Source source = source(true, false);
                        TokenStreamLocation first = sourcesAt.putIfAbsent(source.id(), at);
                        if (first != null) {
                          throw new JsonFault(
                              at,
                              sourcePath + ".id",
                              "a source id not used before (it is used on line " + first.getLineNr() + ")",
                              JsonPaths.quote(source.id()),
                              null);
                        }
                        sources.put(source.id(), source);
                        sourcesPaths.put(source.id(), sourcePath);
                      });
                  break;
                default:
                  JsonValues.array(p, () -> figures.add(figureInTally()));
              }
            });
    inTally = false;
    if (document && !seen.contains("schemaVersion")) {
      throw missing(start, path, "schemaVersion");
    }
    if (defAt[0] == null) {
      throw new JsonFault(
          start, JsonPaths.child(path, "definition"), "the required property \"definition\" (or \"definitionRef\")", "none", null);
    }
    if (refVersion[0] != null && ref[0] == null) {
      throw new JsonFault(
          versionAt[0],
          JsonPaths.child(path, "definitionVersion"),
          "\"definitionVersion\" only with \"definitionRef\" (an inline definition states its own version)",
          JsonPaths.quote(refVersion[0]),
          null);
    }
    required(seen, List.of("institution", "period"), start, path);
    TallyDefinition definition = definitionOf(inline[0], ref[0], Optional.ofNullable(refVersion[0]), given, defAt[0], versionAt[0], path);
    Map<String, Category> categories = new LinkedHashMap<>();
    definition.allCategories().forEach(c -> categories.put(c.id(), c));
    Map<String, Figure> byCategory = new LinkedHashMap<>();
    Map<String, Long> lines = new HashMap<>();
    Set<String> cited = new HashSet<>();
    for (RawFigure f : figures) {
      String id = f.category;
      Category c = categories.get(id);
      if (c == null) {
        throw new JsonFault(
            f.at, f.path, "a category of the definition " + JsonPaths.quote(definition.id()), Codes.found(id, categories.keySet()), null);
      }
      if (!c.hasValue()) {
        throw new JsonFault(
            f.at, f.path, "a category with a value (the measure of " + id + " is " + measureKind(c.measure()) + ")", JsonPaths.quote(id), null);
      }
      Long first = lines.putIfAbsent(id, (long) f.at.getLineNr());
      if (first != null) {
        throw new JsonFault(
            f.at, f.path, "one figure per category (" + id + " has a figure on line " + first + ")", "a second figure for " + JsonPaths.quote(id), null);
      }
      Provenance provenance;
      if (f.provenance instanceof SourceRef) {
        SourceRef r = (SourceRef) f.provenance;
        Source source = sources.get(r.id);
        if (source == null) {
          throw new JsonFault(
              r.at,
              r.path,
              sources.isEmpty() ? "the id of a source listed in \"sources\" (the tally lists none)" : "the id of a source listed in \"sources\"",
              Codes.found(r.id, sources.keySet()),
              null);
        }
        cited.add(r.id);
        provenance = Provenance.published(source);
      } else {
        provenance = (Provenance) f.provenance;
      }
      long value = f.value;
      byCategory.put(id, JsonValues.building(p, () -> Figure.of(value, provenance)));
    }
    for (String id : sources.keySet()) {
      if (!cited.contains(id)) {
        throw new JsonFault(
            sourcesAt.get(id), sourcesPaths.get(id) + ".id", "a source a figure cites (list each source once, for the figures that cite it)",
            JsonPaths.quote(id) + ", which no figure cites", null);
      }
    }
    Map<String, Figure> distinct = distinctSourceIds(byCategory);
    return JsonValues.building(
        p,
        () ->
            Tally.builder()
                .definition(definition)
                .institution(institution[0])
                .period(period[0])
                .putAllFigures(distinct)
                .build());
  }

  /**
   * The figures with sources written inline (versions 1 and 2), each source given an id no other
   * source of the tally has: its own (made from the title), or that id with {@code -2}, {@code -3}...
   */
  private static Map<String, Figure> distinctSourceIds(Map<String, Figure> figures) {
    Map<String, Source> byId = new HashMap<>();
    Map<Source, Source> renamed = new HashMap<>();
    Map<String, Figure> out = new LinkedHashMap<>();
    for (Map.Entry<String, Figure> e : figures.entrySet()) {
      Figure f = e.getValue();
      if (f.provenance() instanceof Provenance.Published) {
        Source s = ((Provenance.Published) f.provenance()).source();
        Source given = renamed.get(s);
        if (given == null) {
          given = s;
          for (int n = 2; byId.containsKey(given.id()) && !byId.get(given.id()).equals(given); n++) {
            given = Source.builder().from(s).id(s.id() + "-" + n).build();
          }
          byId.put(given.id(), given);
          renamed.put(s, given);
        }
        f = Figure.of(f.value(), Provenance.published(given));
      }
      out.put(e.getKey(), f);
    }
    return out;
  }

  private TallyDefinition definitionOf(
      TallyDefinition inline,
      String ref,
      Optional<String> refVersion,
      TallyDefinition given,
      TokenStreamLocation at,
      TokenStreamLocation versionAt,
      String path) {
    if (inline != null) {
      if (given != null && !given.equals(inline)) {
        throw new JsonFault(
            at,
            JsonPaths.child(path, "definition"),
            "the definition passed by the caller (" + JsonPaths.quote(given.id()) + ")",
            "a different inline definition" + (given.id().equals(inline.id()) ? " with the same id" : " " + JsonPaths.quote(inline.id())),
            null);
      }
      Optional<TallyDefinition> other = definitions.conflicting(inline);
      if (other.isPresent()) {
        throw new JsonFault(
            at,
            JsonPaths.child(path, "definition"),
            "the definition registered as " + DefinitionRegistry.describe(inline) + " (one id and version, one definition)",
            "a different definition with the same id and version",
            null);
      }
      return inline;
    }
    if (given != null) {
      if (!given.id().equals(ref)) {
        throw new JsonFault(
            at, JsonPaths.child(path, "definitionRef"), "the id of the definition passed by the caller (" + JsonPaths.quote(given.id()) + ")", JsonPaths.quote(ref), null);
      }
      if (refVersion.isPresent() && !refVersion.equals(given.version())) {
        throw new JsonFault(
            versionAt,
            JsonPaths.child(path, "definitionVersion"),
            "the version of the definition passed by the caller (" + given.version().map(JsonPaths::quote).orElse("none") + ")",
            JsonPaths.quote(refVersion.get()),
            null);
      }
      return given;
    }
    List<TallyDefinition> registered = definitions.withId(ref);
    if (registered.isEmpty()) {
      throw new JsonFault(
          at,
          JsonPaths.child(path, "definitionRef"),
          "an inline \"definition\", or the id of a definition the reader knows (pass the definition: readTally(file, definition), or"
              + " register it with withDefinitions)",
          "a reference to " + Codes.found(ref, definitions.ids()),
          null);
    }
    if (refVersion.isPresent()) {
      return definitions.find(ref, refVersion).orElseThrow(
          () -> new JsonFault(
              versionAt,
              JsonPaths.child(path, "definitionVersion"),
              "a version of " + JsonPaths.quote(ref) + " the reader knows (" + versions(registered) + ")",
              JsonPaths.quote(refVersion.get()),
              null));
    }
    if (registered.size() > 1) {
      throw new JsonFault(
          at,
          JsonPaths.child(path, "definitionVersion"),
          "\"definitionVersion\": the reader knows several versions of " + JsonPaths.quote(ref) + " (" + versions(registered) + ")",
          "none",
          null);
    }
    return registered.get(0);
  }

  private static String versions(List<TallyDefinition> definitions) {
    List<String> out = new ArrayList<>();
    definitions.forEach(d -> out.add(d.version().map(JsonPaths::quote).orElse("without a version")));
    return String.join(", ", out);
  }

  /** One element of a tally's figures. */
  private RawFigure figureInTally() {
    first("a figure: an object with category, value and provenance");
    RawFigure f = new RawFigure();
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    Set<String> seen =
        properties(
            FIGURE_PROPERTIES,
            "a property of a figure",
            name -> {
              switch (name) {
                case "category":
                  f.at = p.currentTokenLocation();
                  f.path = JsonPaths.of(p);
                  f.category = JsonValues.string(p);
                  break;
                case "value":
                  f.value = JsonValues.count(p);
                  break;
                default:
                  f.provenance = provenance(true);
              }
            });
    required(seen, FIGURE_PROPERTIES, start, path);
    return f;
  }

  /** Reads a figure alone: {@code {"value", "provenance"}}, a published one with its source inline. */
  Figure figure() {
    first("a figure: an object with value and provenance");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    long[] value = {0};
    Provenance[] provenance = {null};
    List<String> allowed = List.of("value", "provenance");
    Set<String> seen =
        properties(
            allowed,
            "a property of a figure",
            name -> {
              if (name.equals("value")) {
                value[0] = JsonValues.count(p);
              } else {
                provenance[0] = (Provenance) provenance(false);
              }
            });
    required(seen, allowed, start, path);
    return JsonValues.building(p, () -> Figure.of(value[0], provenance[0]));
  }

  /** Reads a provenance alone, a published one with its source inline. */
  Provenance provenance() {
    return (Provenance) provenance(false);
  }

  /**
   * Reads a provenance: {@code kind} and the properties of that kind, in any order; in a tally
   * document of version 3, a published figure's {@code source} is the id of one of the tally's
   * sources, returned as a {@link SourceRef}.
   */
  private Object provenance(boolean inDocument) {
    List<String> kinds = List.of("computed", "published", "derived");
    first("a provenance: an object with a kind (one of " + String.join(", ", kinds) + ")");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    long[] inputs = {0};
    Object[] source = {null};
    String[] formula = {null};
    List<String> from = new ArrayList<>();
    String kind = null;
    Map<String, TokenStreamLocation> names = new LinkedHashMap<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (!ANY_PROVENANCE_PROPERTY.contains(name) || (kind != null && !PROVENANCE_PROPERTIES.get(kind).contains(name))) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), provenanceProperties(kind), JsonPaths.quote(name), null);
      }
      if (names.put(name, p.currentTokenLocation()) != null) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each property once", JsonPaths.quote(name) + " a second time", null);
      }
      p.nextToken();
      switch (name) {
        case "kind":
          kind = JsonValues.string(p);
          if (!kinds.contains(kind)) {
            throw new JsonFault(
                p.currentTokenLocation(), JsonPaths.of(p), "a provenance kind (one of " + String.join(", ", kinds) + ")", Codes.found(kind, kinds), null);
          }
          break;
        case "inputs":
          inputs[0] = JsonValues.count(p);
          if (inputs[0] < 0) {
            throw JsonValues.fault(p, "a number of input records, not negative");
          }
          break;
        case "source":
          source[0] = publishedSource(inDocument);
          break;
        case "formula":
          formula[0] = JsonValues.nonBlank(p, "a formula");
          break;
        default:
          TokenStreamLocation at = p.currentTokenLocation();
          String fromPath = JsonPaths.of(p);
          JsonValues.array(p, () -> from.add(JsonValues.nonBlank(p, "a figure the value is derived from")));
          if (from.isEmpty()) {
            throw new JsonFault(at, fromPath, "at least one figure the value is derived from", "[]", null);
          }
      }
    }
    if (kind == null) {
      throw new JsonFault(
          start, JsonPaths.child(path, "kind"), "the required property \"kind\" (one of " + String.join(", ", kinds) + ")", "none", null);
    }
    List<String> own = PROVENANCE_PROPERTIES.get(kind);
    for (Map.Entry<String, TokenStreamLocation> e : names.entrySet()) {
      if (!own.contains(e.getKey())) {
        throw new JsonFault(e.getValue(), JsonPaths.child(path, e.getKey()), provenanceProperties(kind), JsonPaths.quote(e.getKey()), null);
      }
    }
    for (String name : own) {
      if (!names.containsKey(name)) {
        throw new JsonFault(
            start, JsonPaths.child(path, name), "the required property \"" + name + "\" of a " + kind + " provenance", "none", null);
      }
    }
    if (source[0] instanceof SourceRef) {
      return source[0];
    }
    String k = kind;
    return JsonValues.building(
        p,
        () -> {
          switch (k) {
            case "computed":
              return Provenance.computed(inputs[0]);
            case "published":
              return Provenance.published((Source) source[0]);
            default:
              return Provenance.derived(formula[0], from);
          }
        });
  }

  /**
   * The source of a published figure: in a tally document, the id of one of its sources (version 3)
   * or the source inline (versions 1 and 2); read alone, the source inline.
   */
  private Object publishedSource(boolean inDocument) {
    TokenStreamLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    if (p.currentToken() == JsonToken.VALUE_STRING && inDocument) {
      latest(at, path, "a source named by its id");
      return new SourceRef(JsonValues.nonBlank(p, "the id of a source of the tally"), at, path);
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonValues.fault(
          p, inDocument && version == VERSION ? "the id of a source listed in \"sources\"" : "a source: an object with a title");
    }
    if (inDocument) {
      form(at, path, "a source written inline (version 3 lists the sources once, in \"sources\", and names them by id)", LEGACY, GENERIC);
    }
    return source(false, inDocument);
  }

  private static String provenanceProperties(String kind) {
    return kind == null
        ? "a property of a provenance (" + String.join(", ", ANY_PROVENANCE_PROPERTY) + ")"
        : "a property of a " + kind + " provenance (" + String.join(", ", PROVENANCE_PROPERTIES.get(kind)) + ")";
  }

  /** Reads a source alone: {@code title} required; {@code id, publisher, date, url, language, note} optional. */
  Source source() {
    return source(false, false);
  }

  /**
   * Reads a source.
   *
   * @param listed in a tally's {@code sources}: the id is required
   * @param inline inline in a figure of a version 1 or 2 tally document: no id, no language
   */
  private Source source(boolean listed, boolean inline) {
    first(listed ? "a source: an object with an id and a title" : "a source: an object with a title");
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    var b = Source.builder();
    Set<String> seen =
        properties(
            inline ? INLINE_SOURCE_PROPERTIES : SOURCE_PROPERTIES,
            "a property of a source",
            name -> {
              switch (name) {
                case "id":
                  String id = JsonValues.string(p);
                  if (!FastParse.isThemeId(id)) {
                    throw JsonValues.fault(p, "a source id: lower case letters and digits joined by '_', '-' or '.'");
                  }
                  b.id(id);
                  break;
                case "title":
                  b.title(JsonValues.nonBlank(p, "a title"));
                  break;
                case "publisher":
                  b.publisher(JsonValues.nonBlank(p, "a publisher"));
                  break;
                case "date":
                  b.date(JsonValues.date(p));
                  break;
                case "url":
                  URI url = JsonValues.uri(p);
                  b.url(url);
                  break;
                case "language":
                  b.language(JsonValues.string(p));
                  break;
                default:
                  b.note(JsonValues.nonBlank(p, "a note"));
              }
            });
    required(seen, listed ? List.of("id", "title") : List.of("title"), start, path);
    return JsonValues.building(p, b::build);
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
            p.currentTokenLocation(), JsonPaths.of(p), what + " (" + String.join(", ", allowed) + ")", Codes.found(name, allowed), null);
      }
      if (!seen.add(name)) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each property once", JsonPaths.quote(name) + " a second time", null);
      }
      p.nextToken();
      value.accept(name);
    }
    return seen;
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
}
