package io.hasila.opendata;

import io.hasila.csv.CsvColumn;
import io.hasila.model.Property;
import io.hasila.model.RecordType;
import io.hasila.model.Term;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Frictionless Table Schema fields made from io-csv's {@link CsvColumn} descriptions and the
 * properties they hold, and the codes seen while the files were written (so that the enums cover
 * every code in the file, declared or not). Not thread safe: one per package written.
 */
final class TableSchemas {
  /** A Table Schema field, as ordered JSON values (strings, numbers, booleans, lists and maps). */
  record Field(Map<String, Object> json) {}

  private final Vocabularies vocabularies;
  private final Map<Vocabulary<?>, Set<String>> seen = new IdentityHashMap<>();

  TableSchemas(Vocabularies vocabularies) {
    this.vocabularies = vocabularies;
  }

  /** Notes the codes a record holds, nested records included. */
  void see(RecordType<?> type, Object record) {
    for (Property<?, ?> p : type.properties()) {
      see(p, record);
    }
  }

  @SuppressWarnings("unchecked")
  private void see(Property<?, ?> property, Object record) {
    Property<Object, Object> p = (Property<Object, Object>) property;
    ValueType<?> type = p.type();
    if (type.kind() == ValueType.Kind.CODE) {
      for (Object v : p.values(record)) {
        Term t = (Term) v;
        seen.computeIfAbsent(t.vocabulary(), k -> new LinkedHashSet<>()).add(t.code());
      }
    } else if (type.kind() == ValueType.Kind.RECORD) {
      RecordType<?> nested = type.recordType().orElseThrow();
      for (Object v : p.values(record)) {
        see(nested, v);
      }
    }
  }

  /** The known codes of the column's vocabularies, then those seen in the file that nobody declared. */
  private List<String> codes(List<Vocabulary<?>> of) {
    Set<String> out = new LinkedHashSet<>();
    for (Vocabulary<?> v : of) {
      out.addAll(vocabularies.codes(v));
      out.addAll(seen.getOrDefault(v, Set.of()));
    }
    return new ArrayList<>(out);
  }

  /** The field of a column of an activities or snapshots file. */
  Field field(CsvColumn c, List<? extends RecordType<?>> allTypes) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", c.name());
    f.put("title", c.labels().en());
    Map<String, Object> constraints = new LinkedHashMap<>();
    if (c.inHeader()) {
      constraints.put("required", true);
    }
    StringJoiner applies = new StringJoiner(", ");
    c.types().forEach(t -> applies.add(t.code()));
    String description =
        c.labels().fr() + " — " + c.labels().ar() + ". " + plain(c.syntax())
            + (c.types().size() == allTypes.size() ? "." : "; filled in " + applies + " rows only.");
    List<Property<?, ?>> properties = c.properties();
    if (properties.isEmpty()) {
      f.put("type", "string");
      List<String> codes = new ArrayList<>();
      c.types().forEach(t -> codes.add(t.code()));
      constraints.put("enum", codes);
    } else {
      Property<?, ?> first = properties.get(0);
      ValueType.Kind kind = first.type().kind();
      boolean many = first.cardinality() == Property.Cardinality.MANY;
      for (Property<?, ?> p : properties) {
        if (p.type().kind() != kind || (p.cardinality() == Property.Cardinality.MANY) != many) {
          throw new IllegalStateException("the column " + c.name() + " holds values of different types: " + properties);
        }
      }
      List<Vocabulary<?>> vocabularyList = new ArrayList<>();
      for (Property<?, ?> p : properties) {
        p.type().vocabulary().ifPresent(vocabularyList::add);
      }
      if (many || kind == ValueType.Kind.RECORD) {
        f.put("type", "string");
        if (kind == ValueType.Kind.CODE) {
          String one = alternatives(codes(vocabularyList));
          constraints.put("pattern", one + "(\\|" + one + ")*");
        }
      } else {
        switch (kind) {
          case BOOLEAN:
            f.put("type", "boolean");
            f.put("trueValues", List.of("true"));
            f.put("falseValues", List.of("false"));
            break;
          case INTEGER:
          case LONG:
            f.put("type", "integer");
            first.type().minimum().ifPresent(m -> constraints.put("minimum", m));
            break;
          case DATE:
            f.put("type", "date");
            break;
          case URI:
            f.put("type", "string");
            f.put("format", "uri");
            break;
          case CODE:
            f.put("type", "string");
            constraints.put("enum", codes(vocabularyList));
            break;
          case DATE_TIME:
            // ISO zoned date-times end with the zone's id in brackets, which Table Schema's datetime lacks.
            f.put("type", "string");
            constraints.put("pattern", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+\\-]\\d{2}:\\d{2})(\\[[^\\]]+\\])?");
            break;
          default:
            f.put("type", "string");
            if (kind == ValueType.Kind.TEXT) {
              description += " A text that starts with =, +, -, @, a tab or a carriage return is written after an apostrophe ('), which readers of Hasila's CSV remove.";
            }
        }
      }
    }
    f.put("description", description);
    if (!constraints.isEmpty()) {
      f.put("constraints", constraints);
    }
    return new Field(f);
  }

  /** {@code (a|b\.c)}: the codes as an XML Schema regular expression. */
  private static String alternatives(List<String> codes) {
    StringJoiner j = new StringJoiner("|", "(", ")");
    for (String code : codes) {
      j.add(code.replace(".", "\\."));
    }
    return j.toString();
  }

  /** A syntax description without its Markdown code spans. */
  private static String plain(String syntax) {
    String s = syntax.replace("`", "");
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The fields of the tally export, in io-csv's column order: the types each column holds. */
  static List<Field> tallyFields(List<String> columns) {
    Map<String, Map<String, Object>> known = new LinkedHashMap<>();
    known.put("institution", field("string", "the institution's id", true));
    known.put("period_from", field("date", "the first day of the tally's period", true));
    known.put("period_to", field("date", "the last day of the tally's period", true));
    known.put("category", field("string", "the category's path, ids joined by dots", true));
    Map<String, Object> depth = field("integer", "the category's depth, 0 for a top-level category", true);
    constraint(depth, "minimum", 0);
    known.put("depth", depth);
    known.put("label_ar", field("string", "the category's label in Arabic", false));
    known.put("label_fr", field("string", "the category's label in French", false));
    known.put("label_en", field("string", "the category's label in English", false));
    known.put("value", field("integer", "the figure; blank when the category has none", false));
    Map<String, Object> provenance = field("string", "where the figure comes from", false);
    constraint(provenance, "enum", List.of("computed", "published", "derived"));
    known.put("provenance", provenance);
    Map<String, Object> inputs = field("integer", "for a computed figure, how many records it was computed from", false);
    constraint(inputs, "minimum", 0);
    known.put("inputs", inputs);
    known.put("source_title", field("string", "for a published figure, its source's title", false));
    known.put("source_publisher", field("string", "the source's publisher", false));
    known.put("source_date", field("date", "the source's date", false));
    Map<String, Object> url = field("string", "the source's address", false);
    url.put("format", "uri");
    known.put("source_url", url);
    known.put("source_note", field("string", "a note on the source", false));
    known.put("formula", field("string", "for a derived figure, how it was derived", false));
    known.put("derived_from", field("string", "the categories it was derived from, separated by |", false));
    known.put("note", field("string", "the category's note", false));
    List<Field> out = new ArrayList<>();
    for (String column : columns) {
      Map<String, Object> f = known.get(column);
      if (f == null) {
        throw new IllegalStateException("the tally export has a column without a Table Schema type: " + column);
      }
      Map<String, Object> named = new LinkedHashMap<>();
      named.put("name", column);
      named.putAll(f);
      out.add(new Field(named));
    }
    return out;
  }

  private static Map<String, Object> field(String type, String description, boolean required) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", type);
    f.put("description", description);
    if (required) {
      constraint(f, "required", true);
    }
    return f;
  }

  @SuppressWarnings("unchecked")
  private static void constraint(Map<String, Object> field, String name, Object value) {
    ((Map<String, Object>) field.computeIfAbsent("constraints", k -> new LinkedHashMap<>())).put(name, value);
  }
}
