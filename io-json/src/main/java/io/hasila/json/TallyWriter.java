package io.hasila.json;

import io.hasila.model.ActivityType;
import io.hasila.model.ValueType;
import io.hasila.tally.Category;
import io.hasila.tally.Condition;
import io.hasila.tally.Figure;
import io.hasila.tally.Measure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Rule;
import io.hasila.tally.Selector;
import io.hasila.tally.Source;
import io.hasila.tally.Synonyms;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Encodes tally definitions and tallies ({@code schemaVersion} 3) in the agreed property order
 * (see the README): a definition is {@code id, version, labels, vocabularies, categories, rules}; a
 * category is {@code id, labels, synonyms, measure, role, checkedTotal, tolerance, note, children}; a rule
 * is {@code kind, total, parts, tolerance, note}; a measure and a provenance start with their
 * {@code kind}; a selector's first property tells its form apart ({@code all}, {@code type}, {@code
 * property}, {@code between}, {@code and}, {@code or}, {@code not}); values are in the JSON form of
 * the path's value type, in their recorded order. A tally lists its sources once, and its
 * published figures name them by id. Absent optional values, the role {@code part}, {@code
 * checkedTotal: false}, a tolerance of 0 and empty lists are left out; figures are in definition
 * order. Stateless and thread safe.
 *
 * <p>A definition holding a {@link Selector#custom custom} selector cannot be written: call {@link
 * #requireWritable} first, so that nothing is written when it fails.
 */
final class TallyWriter {
  /** The document format version of definitions and tallies. */
  static final int SCHEMA_VERSION = TallyReader.VERSION;

  private TallyWriter() {}

  /** Writes a definition document: {@code schemaVersion}, then the definition's properties. */
  static void writeDefinitionDocument(JsonGenerator g, TallyDefinition d) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
    definitionProperties(g, d);
    g.writeEndObject();
  }

  /** Writes a definition as an object without {@code schemaVersion}, as a tally embeds it. */
  static void writeDefinition(JsonGenerator g, TallyDefinition d) {
    g.writeStartObject();
    definitionProperties(g, d);
    g.writeEndObject();
  }

  private static void definitionProperties(JsonGenerator g, TallyDefinition d) {
    g.writeStringProperty("id", d.id());
    if (d.version().isPresent()) {
      g.writeStringProperty("version", d.version().get());
    }
    g.writeName("labels");
    VocabularyCodec.writeLabels(g, d.labels());
    if (!d.declared().isEmpty()) {
      g.writeName(VocabularyCodec.MEMBER);
      VocabularyCodec.writeDeclared(g, d.declared());
    }
    g.writeArrayPropertyStart("categories");
    for (Category c : d.categories()) {
      write(g, c);
    }
    g.writeEndArray();
    if (!d.rules().isEmpty()) {
      g.writeArrayPropertyStart("rules");
      for (Rule r : d.rules()) {
        write(g, r);
      }
      g.writeEndArray();
    }
  }

  /** Writes a rule: {@code kind, total, parts}, then {@code tolerance} (when not 0) and {@code note}. */
  static void write(JsonGenerator g, Rule r) {
    g.writeStartObject();
    g.writeStringProperty("kind", TallyReader.RULE_KINDS.get(r.kind().ordinal()));
    g.writeStringProperty("total", r.total());
    JsonSupport.inlineNext(g);
    g.writeArrayPropertyStart("parts");
    for (String part : r.parts()) {
      g.writeString(part);
    }
    g.writeEndArray();
    if (r.tolerance() > 0) {
      g.writeNumberProperty("tolerance", r.tolerance());
    }
    if (r.note().isPresent()) {
      g.writeStringProperty("note", r.note().get());
    }
    g.writeEndObject();
  }

  /**
   * Writes a tally document: {@code schemaVersion}, the definition inline (or only its id, under
   * {@code definitionRef}), the institution, the period and the figures in definition order.
   */
  static void writeTallyDocument(JsonGenerator g, Tally t, boolean definitionInline) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
    tallyProperties(g, t, definitionInline);
    g.writeEndObject();
  }

  /** Writes a tally as an object without {@code schemaVersion}, its definition inline. */
  static void writeTally(JsonGenerator g, Tally t) {
    g.writeStartObject();
    tallyProperties(g, t, true);
    g.writeEndObject();
  }

  private static void tallyProperties(JsonGenerator g, Tally t, boolean definitionInline) {
    if (definitionInline) {
      g.writeName("definition");
      writeDefinition(g, t.definition());
    } else {
      g.writeStringProperty("definitionRef", t.definition().id());
      if (t.definition().version().isPresent()) {
        g.writeStringProperty("definitionVersion", t.definition().version().get());
      }
    }
    g.writeName("institution");
    DatasetCodec.writeInstitution(g, t.institution());
    g.writeObjectPropertyStart("period");
    g.writeStringProperty("from", t.period().from().toString());
    g.writeStringProperty("to", t.period().to().toString());
    g.writeEndObject();
    if (!t.sources().isEmpty()) {
      g.writeArrayPropertyStart("sources");
      for (Source s : t.sources()) {
        write(g, s);
      }
      g.writeEndArray();
    }
    if (!t.figures().isEmpty()) {
      g.writeArrayPropertyStart("figures");
      for (Category c : t.definition().allCategories()) {
        Figure f = t.figures().get(c.id());
        if (f != null) {
          g.writeStartObject();
          g.writeStringProperty("category", c.id());
          g.writeNumberProperty("value", f.value());
          g.writeName("provenance");
          write(g, f.provenance(), true);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
  }

  /** Writes a category and its children. */
  static void write(JsonGenerator g, Category c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    g.writeName("labels");
    VocabularyCodec.writeLabels(g, c.labels());
    if (!c.synonyms().isEmpty()) {
      g.writeName("synonyms");
      writeSynonyms(g, c.synonyms());
    }
    g.writeName("measure");
    write(g, c.measure());
    if (c.role() != Category.Role.PART) {
      g.writeStringProperty("role", TallyReader.ROLES.get(c.role().ordinal()));
    }
    if (c.checkedTotal()) {
      g.writeBooleanProperty("checkedTotal", true);
    }
    if (c.tolerance() > 0) {
      g.writeNumberProperty("tolerance", c.tolerance());
    }
    if (c.note().isPresent()) {
      g.writeStringProperty("note", c.note().get());
    }
    if (!c.children().isEmpty()) {
      g.writeArrayPropertyStart("children");
      for (Category child : c.children()) {
        write(g, child);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes synonyms: {@code {"ar": [...], "fr": [...], "en": [...]}}, each list on one line, leaving out the empty ones. */
  static void writeSynonyms(JsonGenerator g, Synonyms s) {
    g.writeStartObject();
    List<List<String>> lists = List.of(s.ar(), s.fr(), s.en());
    for (int i = 0; i < lists.size(); i++) {
      if (!lists.get(i).isEmpty()) {
        JsonSupport.inlineNext(g);
        g.writeArrayPropertyStart(TallyReader.SYNONYM_LANGUAGES.get(i));
        for (String text : lists.get(i)) {
          g.writeString(text);
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  /** Writes a measure: {@code kind} first, then its own properties; on one line in a document when it has no selector. */
  static void write(JsonGenerator g, Measure m) {
    if (selectorOf(m) == null) {
      JsonSupport.inlineNext(g);
    }
    g.writeStartObject();
    if (m instanceof Measure.Count) {
      g.writeStringProperty("kind", "count");
      g.writeName("selector");
      write(g, ((Measure.Count) m).selector());
    } else if (m instanceof Measure.Distinct) {
      Measure.Distinct d = (Measure.Distinct) m;
      g.writeStringProperty("kind", "distinct");
      g.writeStringProperty("of", d.of().toString());
      if (d.filter().isPresent()) {
        Measure.Filter f = d.filter().get();
        g.writeName("where");
        JsonSupport.inlineNext(g);
        g.writeStartObject();
        g.writeStringProperty("property", f.property().name());
        condition(g, f.property().type(), f.condition());
        g.writeEndObject();
      }
      g.writeName("selector");
      write(g, d.selector());
    } else if (m instanceof Measure.Sum) {
      Measure.Sum s = (Measure.Sum) m;
      g.writeStringProperty("kind", "sum");
      g.writeStringProperty("of", s.of().toString());
      g.writeName("selector");
      write(g, s.selector());
    } else if (m instanceof Measure.LatestSnapshot) {
      Measure.LatestSnapshot l = (Measure.LatestSnapshot) m;
      g.writeStringProperty("kind", "latest_snapshot");
      g.writeStringProperty("platform", l.platform().code());
      if (l.account().isPresent()) {
        g.writeStringProperty("account", l.account().get());
      }
      g.writeStringProperty("of", l.field().name());
    } else if (m instanceof Measure.SnapshotAt) {
      Measure.SnapshotAt a = (Measure.SnapshotAt) m;
      g.writeStringProperty("kind", "snapshot_at");
      g.writeStringProperty("date", a.date().toString());
      g.writeStringProperty("platform", a.platform().code());
      if (a.account().isPresent()) {
        g.writeStringProperty("account", a.account().get());
      }
      g.writeStringProperty("of", a.field().name());
    } else {
      g.writeStringProperty("kind", TallyReader.measureKind(m));
    }
    g.writeEndObject();
  }

  /**
   * Writes a selector as an object whose first property tells its form apart; a leaf selector goes
   * on one line in a document. A custom selector fails here with a message naming only the
   * selector: {@link #requireWritable} names the category too.
   */
  static void write(JsonGenerator g, Selector s) {
    if (s instanceof Selector.And || s instanceof Selector.Or) {
      g.writeStartObject();
      List<Selector> parts = s instanceof Selector.And ? ((Selector.And) s).selectors() : ((Selector.Or) s).selectors();
      g.writeArrayPropertyStart(s instanceof Selector.And ? "and" : "or");
      for (Selector part : parts) {
        write(g, part);
      }
      g.writeEndArray();
      g.writeEndObject();
      return;
    }
    if (s instanceof Selector.Not) {
      g.writeStartObject();
      g.writeName("not");
      write(g, ((Selector.Not) s).selector());
      g.writeEndObject();
      return;
    }
    if (s instanceof Selector.Custom) {
      throw unwritable("$", (Selector.Custom) s, null);
    }
    JsonSupport.inlineNext(g);
    g.writeStartObject();
    if (s instanceof Selector.All) {
      g.writeBooleanProperty("all", true);
    } else if (s instanceof Selector.Types) {
      g.writeArrayPropertyStart("type");
      for (ActivityType<?> t : ((Selector.Types) s).types()) {
        g.writeString(t.code());
      }
      g.writeEndArray();
    } else if (s instanceof Selector.Where) {
      Selector.Where w = (Selector.Where) s;
      g.writeStringProperty("property", w.path().toString());
      condition(g, w.path().valueType(), w.condition());
    } else if (s instanceof Selector.Between) {
      Selector.Between b = (Selector.Between) s;
      g.writeObjectPropertyStart("between");
      g.writeStringProperty("from", b.range().from().toString());
      g.writeStringProperty("to", b.range().to().toString());
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("Selector not handled: " + s.getClass().getName());
    }
    g.writeEndObject();
  }

  /** Writes a condition's members after {@code property}: {@code "in"} with the values, or {@code "from"} and {@code "to"}. */
  private static void condition(JsonGenerator g, ValueType<?> type, Condition c) {
    if (c instanceof Condition.Range) {
      Condition.Range r = (Condition.Range) c;
      g.writeNumberProperty("from", r.min());
      g.writeNumberProperty("to", r.max());
      return;
    }
    g.writeArrayPropertyStart("in");
    for (Object v : ((Condition.AnyOf) c).values()) {
      value(g, type, v);
    }
    g.writeEndArray();
  }

  /** One value in the JSON form of its type: a number, true or false, or the canonical text (a code for a term). */
  @SuppressWarnings("unchecked")
  private static void value(JsonGenerator g, ValueType<?> type, Object v) {
    if (v instanceof Number) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else {
      g.writeString(((ValueType<Object>) type).format(v));
    }
  }

  /** Writes a figure as {@code {"value", "provenance"}}. */
  static void write(JsonGenerator g, Figure f) {
    g.writeStartObject();
    figureProperties(g, f);
    g.writeEndObject();
  }

  private static void figureProperties(JsonGenerator g, Figure f) {
    g.writeNumberProperty("value", f.value());
    g.writeName("provenance");
    write(g, f.provenance(), false);
  }

  /** Writes a provenance alone, a published one with its source inline. */
  static void write(JsonGenerator g, Provenance p) {
    write(g, p, false);
  }

  /**
   * Writes a provenance: {@code kind} first, then {@code inputs}, {@code source} (in a tally
   * document, the id of one of its sources) or {@code formula} and {@code from}; on one line in a
   * document when it is computed or names its source.
   */
  private static void write(JsonGenerator g, Provenance p, boolean sourceById) {
    if (p instanceof Provenance.Computed || (p instanceof Provenance.Published && sourceById)) {
      JsonSupport.inlineNext(g);
    }
    g.writeStartObject();
    g.writeStringProperty("kind", TallyReader.provenanceKind(p.kind()));
    if (p instanceof Provenance.Computed) {
      g.writeNumberProperty("inputs", ((Provenance.Computed) p).inputs());
    } else if (p instanceof Provenance.Published) {
      Source source = ((Provenance.Published) p).source();
      if (sourceById) {
        g.writeStringProperty("source", source.id());
      } else {
        g.writeName("source");
        write(g, source);
      }
    } else {
      Provenance.Derived d = (Provenance.Derived) p;
      g.writeStringProperty("formula", d.formula());
      g.writeArrayPropertyStart("from");
      for (String from : d.from()) {
        g.writeString(from);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes a source: {@code id, title, publisher, date, url, language, note}, the absent ones left out. */
  static void write(JsonGenerator g, Source s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id());
    g.writeStringProperty("title", s.title());
    if (s.publisher().isPresent()) {
      g.writeStringProperty("publisher", s.publisher().get());
    }
    if (s.date().isPresent()) {
      g.writeStringProperty("date", s.date().get().toString());
    }
    if (s.url().isPresent()) {
      g.writeStringProperty("url", s.url().get().toString());
    }
    if (s.language().isPresent()) {
      g.writeStringProperty("language", s.language().get());
    }
    if (s.note().isPresent()) {
      g.writeStringProperty("note", s.note().get());
    }
    g.writeEndObject();
  }

  // --- what cannot be written -----------------------------------------------------------------

  /**
   * Fails, before anything is written, if the definition holds a custom selector: the exception
   * names the JSON path it would have had ({@code base} is the definition's), the category and the
   * selector's name.
   */
  static void requireWritable(TallyDefinition d, String source, String base) {
    List<Category> categories = d.categories();
    for (int i = 0; i < categories.size(); i++) {
      requireWritable(categories.get(i), source, base + ".categories[" + i + "]");
    }
  }

  /** As {@link #requireWritable(TallyDefinition, String, String)}, for a category written alone. */
  static void requireWritable(Category c, String source, String path) {
    Selector s = selectorOf(c.measure());
    if (s != null) {
      requireWritable(s, source, path + ".measure.selector", c);
    }
    for (int i = 0; i < c.children().size(); i++) {
      requireWritable(c.children().get(i), source, path + ".children[" + i + "]");
    }
  }

  /** As above, for a selector; {@code category} is null for a selector written alone. */
  static void requireWritable(Selector s, String source, String path, Category category) {
    if (s instanceof Selector.Custom) {
      HasilaJsonException e = unwritable(path, (Selector.Custom) s, category);
      throw new HasilaJsonException(source, 0, 0, 0, e.path(), e.expected(), e.foundText(), null);
    }
    if (s instanceof Selector.And || s instanceof Selector.Or) {
      List<Selector> parts = s instanceof Selector.And ? ((Selector.And) s).selectors() : ((Selector.Or) s).selectors();
      String name = s instanceof Selector.And ? ".and[" : ".or[";
      for (int i = 0; i < parts.size(); i++) {
        requireWritable(parts.get(i), source, path + name + i + "]", category);
      }
    } else if (s instanceof Selector.Not) {
      requireWritable(((Selector.Not) s).selector(), source, path + ".not", category);
    }
  }

  static Selector selectorOf(Measure m) {
    if (m instanceof Measure.Count) {
      return ((Measure.Count) m).selector();
    }
    if (m instanceof Measure.Distinct) {
      return ((Measure.Distinct) m).selector();
    }
    if (m instanceof Measure.Sum) {
      return ((Measure.Sum) m).selector();
    }
    return null;
  }

  private static HasilaJsonException unwritable(String path, Selector.Custom s, Category category) {
    return new HasilaJsonException(
        "output",
        0,
        0,
        0,
        path,
        "a standard selector (custom selectors exist only in code; a tally over such a definition can be"
            + " written with writeTallyWithDefinitionRef)",
        "the custom selector " + JsonPaths.quote(s.name()) + (category == null ? "" : " of category " + JsonPaths.quote(category.id())),
        null);
  }
}
