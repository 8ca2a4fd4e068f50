package io.hasila.csv;

import io.hasila.internal.Suggest;
import io.hasila.model.ActivityType;
import io.hasila.model.Labels;
import io.hasila.model.Projection;
import io.hasila.model.Property;
import io.hasila.model.RecordType;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The columns of one kind of file and where each property of each record type sits in them, all
 * derived from the {@link RecordType descriptions}: no property is named here.
 *
 * <p>The rules (documented in the module README): a {@code type} column first when the file holds
 * several record types; then the common properties, then each type's own in type order, each in a
 * column named by its name in lower snake case; properties of different types with the same name
 * share a column, placed where it first appears; a single nested record is flattened into one
 * column per nested property, {@code <property>_<nested property>}; several values go in one cell,
 * separated by {@code |}; several nested records go in one cell too, each item its values joined by
 * {@code :}. Immutable and thread safe.
 */
final class FileLayout<T> implements RowEncoder<T> {
  static final String TYPE = "type";

  private final String noun;
  private final boolean typed;
  private final Function<? super T, ? extends RecordType<?>> typeOf;
  private final List<String> names;
  private final List<String> required;
  private final List<CsvColumn> columns;
  /** For each column, the codes of the types it applies to, for messages. */
  private final String[] typesOfColumn;
  private final List<Plan> plans;
  private final Map<String, Plan> byCode;
  private final String typeCodes;
  private final List<Vocabulary<?>> vocabularies;
  private final int caches;

  /** How the rows of one record type are read and written. */
  static final class Plan {
    final RecordType<Object> type;
    final String code;
    final Slot[] slots;
    /** The columns a row of this type must leave blank. */
    int[] blank;
    /** The plan's position among the layout's plans. */
    int index;

    @SuppressWarnings("unchecked")
    Plan(RecordType<?> type, List<Slot> slots) {
      this.type = (RecordType<Object>) type;
      this.code = type.code();
      this.slots = slots.toArray(new Slot[0]);
    }

    /** The column of a dotted path of properties ({@code unit.id}), or null if it has none. */
    String columnOf(String path) {
      int dot = path.indexOf('.');
      String head = dot < 0 ? path : path.substring(0, dot);
      for (Slot slot : slots) {
        if (slot.property.name().equals(head)) {
          return slot.columnOf(dot < 0 ? "" : path.substring(dot + 1));
        }
      }
      return null;
    }
  }

  /**
   * The layout of a file of several record types told apart by a {@code type} column: the
   * properties {@code common} to all types first, then each type's own.
   */
  static <T> FileLayout<T> typed(
      String noun,
      Labels typeLabels,
      List<? extends RecordType<?>> types,
      List<? extends Property<?, ?>> common,
      Function<? super T, ? extends RecordType<?>> typeOf) {
    return new FileLayout<>(noun, typeLabels, types, common, typeOf);
  }

  /** The layout of a file of one record type. */
  static <T> FileLayout<T> of(String noun, RecordType<T> type) {
    return new FileLayout<>(noun, null, List.of(type), type.properties(), value -> type);
  }

  private FileLayout(
      String noun,
      Labels typeLabels,
      List<? extends RecordType<?>> types,
      List<? extends Property<?, ?>> common,
      Function<? super T, ? extends RecordType<?>> typeOf) {
    this.noun = noun;
    this.typed = typeLabels != null;
    this.typeOf = typeOf;
    Drafts drafts = new Drafts();
    StringJoiner codes = new StringJoiner(", ");
    types.forEach(t -> codes.add(t.code()));
    this.typeCodes = codes.toString();
    if (typed) {
      StringJoiner quoted = new StringJoiner("`, `", "one of `", "`");
      types.forEach(t -> quoted.add(t.code()));
      drafts.bind(TYPE, null, new ArrayList<>(types), typeLabels, quoted.toString(), true, null, true);
    }
    List<RecordType<?>> all = new ArrayList<>(types);
    List<Slot> commonSlots = new ArrayList<>();
    for (Property<?, ?> p : common) {
      commonSlots.add(drafts.slot(p, all, "every " + noun, true));
    }
    List<Plan> made = new ArrayList<>();
    Map<String, Plan> codeMap = new HashMap<>();
    for (RecordType<?> t : types) {
      List<Slot> slots = new ArrayList<>(commonSlots);
      int found = 0;
      for (Property<?, ?> p : t.properties()) {
        if (contains(common, p)) {
          found++;
        } else {
          slots.add(drafts.slot(p, List.of(t), typed ? t.code() + " rows" : "every " + noun, false));
        }
      }
      if (found != common.size()) {
        throw new IllegalStateException(t.code() + " lacks some of the common properties " + common);
      }
      Plan plan = new Plan(t, slots);
      plan.index = made.size();
      made.add(plan);
      codeMap.put(t.code(), plan);
    }
    this.plans = List.copyOf(made);
    this.byCode = Map.copyOf(codeMap);
    List<String> allNames = new ArrayList<>();
    List<String> header = new ArrayList<>();
    List<CsvColumn> described = new ArrayList<>();
    this.typesOfColumn = new String[drafts.all.size()];
    for (Draft d : drafts.all) {
      allNames.add(d.name);
      if (d.inHeader) {
        header.add(d.name);
      }
      described.add(d.column());
      StringJoiner j = new StringJoiner(", ");
      d.types.forEach(t -> j.add(t.code()));
      typesOfColumn[d.index] = j.toString();
    }
    for (Plan plan : plans) {
      plan.blank =
          drafts.all.stream().filter(d -> !d.types.contains(plan.type)).mapToInt(d -> d.index).toArray();
    }
    this.names = List.copyOf(allNames);
    this.required = List.copyOf(header);
    this.columns = List.copyOf(described);
    this.vocabularies = List.copyOf(drafts.vocabularies);
    this.caches = drafts.caches;
  }

  private static boolean contains(List<? extends Property<?, ?>> properties, Property<?, ?> p) {
    for (Property<?, ?> q : properties) {
      if (q == p) {
        return true;
      }
    }
    return false;
  }

  /** {@code firstSeen} as {@code first_seen}: the column name of a property name, in lower snake case. */
  static String snake(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String words(String name) {
    return snake(name).replace('_', ' ');
  }

  /** What the records of the file are called in messages: "activity", "snapshot". */
  String noun() {
    return noun;
  }

  @Override
  public List<String> header() {
    return names;
  }

  /** The columns a file's header must have, in column order; the others may be left out (read as blank). */
  List<String> required() {
    return required;
  }

  /** The columns, described. */
  List<CsvColumn> columns() {
    return columns;
  }

  /** The vocabularies of the codes the columns hold, in the order cells refer to them. */
  List<Vocabulary<?>> vocabularies() {
    return vocabularies;
  }

  /** How many caches of nested records a decoder keeps. */
  int caches() {
    return caches;
  }

  /** How the row is read: the plan of the type in its {@code type} column, or the only one. */
  Plan plan(Row row) {
    if (!typed) {
      return plans.get(0);
    }
    String cell = row.get(0);
    Plan plan = byCode.get(cell);
    if (plan != null) {
      return plan;
    }
    String expected = article(noun) + noun + " type (one of " + typeCodes + ")";
    if (cell.isBlank()) {
      throw CellProblem.inCell(TYPE, expected, cell);
    }
    plan = byCode.get(cell.strip());
    if (plan == null) {
      throw new CellProblem(TYPE, expected, CellProblem.quote(cell) + Suggest.didYouMean(cell.strip(), byCode.keySet()));
    }
    return plan;
  }

  /**
   * The plans restricted to the slots {@code projection} reads (of activity types; other record
   * types keep every slot), in the order of the layout's plans, with their blank columns.
   */
  Plan[] project(Projection projection) {
    Plan[] out = new Plan[plans.size()];
    for (Plan plan : plans) {
      List<Slot> kept = new ArrayList<>();
      for (Slot slot : plan.slots) {
        if (!(plan.type instanceof ActivityType) || projection.reads((ActivityType<?>) plan.type, slot.property)) {
          kept.add(slot);
        }
      }
      Plan p = new Plan(plan.type, kept);
      p.blank = plan.blank;
      p.index = plan.index;
      out[plan.index] = p;
    }
    return out;
  }

  /** The columns the plans read, with the {@code type} column: what a projected read materialises. */
  boolean[] columnsOf(Plan[] projected) {
    boolean[] columns = new boolean[names.size()];
    if (typed) {
      columns[0] = true;
    }
    for (Plan p : projected) {
      for (Slot slot : p.slots) {
        slot.columns(columns);
      }
    }
    return columns;
  }

  /** The problem of a value in a column that does not apply to the row's type. */
  CellProblem notBlank(Plan plan, int column, String value) {
    return CellProblem.inCell(
        names.get(column),
        "a blank cell in a " + plan.code + " row (the column is for " + typesOfColumn[column] + ")",
        value);
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
  }

  @Override
  public void encode(T value, String[] cells) {
    Arrays.fill(cells, "");
    RecordType<?> type = typeOf.apply(value);
    Plan plan = null;
    for (Plan p : plans) {
      if (p.type == type) {
        plan = p;
        break;
      }
    }
    if (plan == null) {
      throw new IllegalArgumentException("a " + noun + " file holds no " + type.code() + " but was given: " + value);
    }
    if (typed) {
      cells[0] = plan.code;
    }
    for (Slot slot : plan.slots) {
      slot.encode(value, cells);
    }
  }

  /** One column while the layout is made. */
  private static final class Draft {
    final String name;
    final int index;
    final Labels labels;
    final List<RecordType<?>> types = new ArrayList<>();
    final Map<String, List<RecordType<?>>> syntaxes = new LinkedHashMap<>();
    final List<RecordType<?>> requiredFor = new ArrayList<>();
    final List<Property<?, ?>> properties = new ArrayList<>();
    String requiredWhen;
    boolean inHeader;

    Draft(String name, int index, Labels labels) {
      this.name = name;
      this.index = index;
      this.labels = labels;
    }

    CsvColumn column() {
      String syntax;
      if (syntaxes.size() == 1) {
        syntax = syntaxes.keySet().iterator().next();
      } else {
        StringJoiner j = new StringJoiner("; ");
        syntaxes.forEach(
            (words, types) -> {
              StringJoiner codes = new StringJoiner(", ");
              types.forEach(t -> codes.add(t.code()));
              j.add(words + " (" + codes + ")");
            });
        syntax = j.toString();
      }
      return new CsvColumn(name, labels, types, properties, syntax, inHeader, requiredFor, Optional.ofNullable(requiredWhen));
    }
  }

  /** The columns made so far, with the vocabularies and caches the slots refer to. */
  private static final class Drafts {
    final List<Draft> all = new ArrayList<>();
    final Map<String, Draft> byName = new HashMap<>();
    final List<Vocabulary<?>> vocabularies = new ArrayList<>();
    int caches;

    /** The column {@code name}, made if new, now also applying to {@code types}. */
    Draft bind(
        String name,
        Property<?, ?> property,
        List<RecordType<?>> types,
        Labels labels,
        String syntax,
        boolean required,
        String requiredWhen,
        boolean inHeader) {
      Draft d = byName.get(name);
      if (d == null) {
        d = new Draft(name, all.size(), labels);
        all.add(d);
        byName.put(name, d);
      }
      for (RecordType<?> t : types) {
        if (d.types.contains(t)) {
          throw new IllegalStateException("two properties of " + t.code() + " would share the column " + name);
        }
        d.types.add(t);
        if (required) {
          d.requiredFor.add(t);
        }
      }
      if (property != null && !contains(d.properties, property)) {
        d.properties.add(property);
      }
      d.syntaxes.computeIfAbsent(syntax, k -> new ArrayList<>()).addAll(types);
      d.requiredWhen = d.requiredWhen == null ? requiredWhen : d.requiredWhen;
      d.inHeader |= inHeader;
      return d;
    }

    Cell cell(Draft d, ValueType<?> type) {
      int vocabulary = -1;
      Optional<Vocabulary<?>> v = type.vocabulary();
      if (v.isPresent()) {
        vocabulary = indexOf(v.get());
        if (vocabulary < 0) {
          vocabulary = vocabularies.size();
          vocabularies.add(v.get());
        }
      }
      return new Cell(d.index, d.name, type, vocabulary);
    }

    private int indexOf(Vocabulary<?> v) {
      for (int i = 0; i < vocabularies.size(); i++) {
        if (vocabularies.get(i) == v) {
          return i;
        }
      }
      return -1;
    }

    /** The slot of property {@code p} of {@code types}, binding its columns. */
    Slot slot(Property<?, ?> p, List<RecordType<?>> types, String requiredFor, boolean common) {
      ValueType<?> type = p.type();
      String requiredMessage = "a value (required for " + requiredFor + ")";
      if (type.kind() == ValueType.Kind.RECORD) {
        RecordType<?> nested = type.recordType().orElseThrow();
        return p.cardinality() == Property.Cardinality.MANY
            ? items(p, nested, types, requiredMessage, common)
            : nested(p, nested, types, requiredFor, common);
      }
      boolean many = p.cardinality() == Property.Cardinality.MANY;
      String syntax = many ? listOf(type) : CellSyntax.describe(type, p.defaultValue());
      Draft d = bind(snake(p.name()), p, types, p.labels(), syntax, p.required(), null, common && p.required());
      Cell cell = cell(d, type);
      return many ? new Slot.Many(p, cell, requiredMessage) : new Slot.Single(p, cell, requiredMessage);
    }

    private static String listOf(ValueType<?> type) {
      return CellSyntax.describe(type, Optional.empty()) + " items, separated by `|`";
    }

    /** A single nested record: one column per nested property. */
    private Slot nested(
        Property<?, ?> p, RecordType<?> nested, List<RecordType<?>> types, String requiredFor, boolean common) {
      boolean one = p.cardinality() == Property.Cardinality.ONE;
      String prefix = snake(p.name()) + "_";
      List<Slot> parts = new ArrayList<>();
      for (Property<?, ?> q : nested.properties()) {
        ValueType<?> type = q.type();
        if (type.kind() == ValueType.Kind.RECORD) {
          throw new IllegalStateException("a record nested in " + nested.code() + " has no CSV columns: " + q);
        }
        String message =
            one
                ? "a value (required for " + requiredFor + ")"
                : "the " + words(p.name()) + "'s " + words(q.name()) + " when other " + words(p.name())
                    + " columns are filled";
        boolean many = q.cardinality() == Property.Cardinality.MANY;
        String syntax = many ? listOf(type) : CellSyntax.describe(type, q.defaultValue());
        Draft d =
            bind(
                prefix + snake(q.name()),
                q,
                types,
                q.labels(),
                syntax,
                one && q.required(),
                !one && q.required() ? "when another `" + prefix + "…` column is filled" : null,
                common && one && q.required());
        Cell cell = cell(d, type);
        parts.add(many ? new Slot.Many(q, cell, message) : new Slot.Single(q, cell, message));
      }
      return new Slot.Nested(p, nested, parts, one ? caches++ : -1);
    }

    /**
     * Several nested records in one cell. Each item holds the record's properties joined by
     * {@code :}: first those that are not text, or are named {@code id}, in declaration order;
     * then the other text properties, the last of which is split off whole so it may hold colons.
     */
    private Slot items(
        Property<?, ?> p, RecordType<?> nested, List<RecordType<?>> types, String requiredMessage, boolean common) {
      List<Property<?, ?>> first = new ArrayList<>();
      List<Property<?, ?>> texts = new ArrayList<>();
      for (Property<?, ?> q : nested.properties()) {
        if (q.type().kind() == ValueType.Kind.RECORD || q.cardinality() == Property.Cardinality.MANY) {
          throw new IllegalStateException("a " + nested.code() + " item holds single values only: " + q);
        }
        (q.type().kind() != ValueType.Kind.TEXT || q.name().equals("id") ? first : texts).add(q);
      }
      List<Property<?, ?>> order = new ArrayList<>(first);
      order.addAll(texts);
      String name = snake(p.name());
      StringJoiner shape = new StringJoiner(":");
      StringJoiner where = new StringJoiner("; ");
      StringJoiner escaped = new StringJoiner(" and ");
      for (int i = 0; i < order.size(); i++) {
        Property<?, ?> q = order.get(i);
        shape.add(snake(q.name()));
        where.add(snake(q.name()) + " " + CellSyntax.describe(q.type(), q.defaultValue()));
        if (i < order.size() - 1 && q.type().kind() == ValueType.Kind.TEXT) {
          escaped.add(snake(q.name()) + "s");
        }
      }
      String malformed =
          name + " as " + shape + " separated by '|' (escape \\, | and : in "
              + (escaped.length() == 0 ? "items" : escaped.toString()) + " with \\)";
      String syntax = "`" + shape + "` items, separated by `|`: " + where;
      Draft d = bind(name, p, types, p.labels(), syntax, p.required(), null, common && p.required());
      Cell cell = cell(d, p.type());
      List<Cell> partCells = new ArrayList<>();
      for (Property<?, ?> q : order) {
        partCells.add(cell(d, q.type()));
      }
      return new Slot.Items(p, cell, nested, order, partCells, requiredMessage, malformed, caches++);
    }
  }

  @Override
  public String toString() {
    return "the " + noun + " file " + names;
  }
}
