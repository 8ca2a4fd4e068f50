package io.hasila.json;

import io.hasila.tally.Category;
import io.hasila.tally.Mapping;
import io.hasila.tally.TallyDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads and writes mapping documents ({@code schemaVersion} 1): {@code {"schemaVersion": 1,
 * "from": "<earlier definition id>", "to": "<later definition id>", "note": ..., "lines": [{"from":
 * [ids], "to": [ids], "note": ...}]}}. When the reader knows both definitions, every category id
 * is checked against its definition at its JSON path, with the closest known id. Stateless.
 */
final class MappingCodec {
  /** The version of mapping documents. */
  static final int SCHEMA_VERSION = 1;

  private static final List<String> DOCUMENT = List.of("schemaVersion", "from", "to", "note", "lines");
  private static final List<String> LINE = List.of("from", "to", "note");

  private MappingCodec() {}

  /** Writes a mapping document: {@code schemaVersion, from, to, note, lines}; a line's id lists on one line. */
  static void write(JsonGenerator g, Mapping m) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
    g.writeStringProperty("from", m.from());
    g.writeStringProperty("to", m.to());
    if (m.note().isPresent()) {
      g.writeStringProperty("note", m.note().get());
    }
    if (!m.lines().isEmpty()) {
      g.writeArrayPropertyStart("lines");
      for (Mapping.Line l : m.lines()) {
        if (l.note().isEmpty()) {
          JsonSupport.inlineNext(g);
        }
        g.writeStartObject();
        ids(g, "from", l.from());
        ids(g, "to", l.to());
        if (l.note().isPresent()) {
          g.writeStringProperty("note", l.note().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void ids(JsonGenerator g, String name, List<String> ids) {
    JsonSupport.inlineNext(g);
    g.writeArrayPropertyStart(name);
    for (String id : ids) {
      g.writeString(id);
    }
    g.writeEndArray();
  }

  /** An id read, with where it is. */
  private static final class Id {
    final String id;
    final TokenStreamLocation at;
    final String path;

    Id(String id, TokenStreamLocation at, String path) {
      this.id = id;
      this.at = at;
      this.path = path;
    }
  }

  /**
   * Reads a mapping document, the parser before or on its opening brace; {@code definitions} are
   * those the reader knows, to check the ids against (when it knows both, one version each).
   */
  static Mapping read(JsonParser p, DefinitionRegistry definitions, boolean whole) {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw JsonValues.fault(p, "a mapping document (a JSON object with schemaVersion " + SCHEMA_VERSION + ")");
    }
    TokenStreamLocation start = p.currentTokenLocation();
    var b = Mapping.builder();
    Id[] ends = new Id[2];
    List<List<Id>> froms = new ArrayList<>();
    List<List<Id>> tos = new ArrayList<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (!DOCUMENT.contains(name)) {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p), "a property of a mapping (" + String.join(", ", DOCUMENT) + ")", Codes.found(name, DOCUMENT), null);
      }
      if (seen.put(name, true) != null) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each property once", JsonPaths.quote(name) + " a second time", null);
      }
      p.nextToken();
      switch (name) {
        case "schemaVersion":
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || JsonValues.count(p) != SCHEMA_VERSION) {
            throw JsonValues.fault(p, "schemaVersion " + SCHEMA_VERSION);
          }
          break;
        case "from":
        case "to":
          Id end = new Id(JsonValues.nonBlank(p, "a definition id"), p.currentTokenLocation(), JsonPaths.of(p));
          ends[name.equals("from") ? 0 : 1] = end;
          break;
        case "note":
          b.note(JsonValues.nonBlank(p, "a note"));
          break;
        default:
          JsonValues.array(p, () -> b.addLines(line(p, froms, tos)));
      }
    }
    for (String name : List.of("schemaVersion", "from", "to")) {
      if (!seen.containsKey(name)) {
        throw new JsonFault(start, "$." + name, "the required property \"" + name + "\"", "none", null);
      }
    }
    if (whole && p.nextToken() != null) {
      throw JsonValues.fault(p, "the end of the document");
    }
    check(froms, ends[0], definitions);
    check(tos, ends[1], definitions);
    Mapping m = JsonValues.building(p, () -> b.from(ends[0].id).to(ends[1].id).build());
    return m;
  }

  private static Mapping.Line line(JsonParser p, List<List<Id>> froms, List<List<Id>> tos) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonValues.fault(p, "a line of a mapping: an object with from and to");
    }
    TokenStreamLocation start = p.currentTokenLocation();
    String path = JsonPaths.of(p);
    List<Id> from = null;
    List<Id> to = null;
    String note = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (!LINE.contains(name)) {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p), "a property of a line (" + String.join(", ", LINE) + ")", Codes.found(name, LINE), null);
      }
      p.nextToken();
      if (name.equals("note")) {
        if (note != null) {
          throw JsonValues.fault(p, "each property once");
        }
        note = JsonValues.nonBlank(p, "a note");
        continue;
      }
      if ((name.equals("from") ? from : to) != null) {
        throw JsonValues.fault(p, "each property once");
      }
      List<Id> ids = new ArrayList<>();
      JsonValues.array(p, () -> ids.add(new Id(JsonValues.nonBlank(p, "a category id"), p.currentTokenLocation(), JsonPaths.of(p))));
      if (name.equals("from")) {
        from = ids;
      } else {
        to = ids;
      }
    }
    for (String name : List.of("from", "to")) {
      if ((name.equals("from") ? from : to) == null) {
        throw new JsonFault(start, path + "." + name, "the required property \"" + name + "\" (an empty array on the side that has no category)", "none", null);
      }
    }
    if (from.isEmpty() && to.isEmpty()) {
      throw new JsonFault(start, path, "a line that names a category on at least one side", "\"from\": [] and \"to\": []", null);
    }
    checkOnce(from, froms, "from");
    checkOnce(to, tos, "to");
    froms.add(from);
    tos.add(to);
    List<String> f = new ArrayList<>();
    from.forEach(i -> f.add(i.id));
    List<String> t = new ArrayList<>();
    to.forEach(i -> t.add(i.id));
    return new Mapping.Line(f, t, Optional.ofNullable(note));
  }

  /** Each category once per side, across lines. */
  private static void checkOnce(List<Id> ids, List<List<Id>> before, String side) {
    Map<String, Id> seen = new HashMap<>();
    before.forEach(l -> l.forEach(i -> seen.putIfAbsent(i.id, i)));
    for (Id i : ids) {
      Id first = seen.putIfAbsent(i.id, i);
      if (first != null) {
        throw new JsonFault(
            i.at, i.path, "each category of the \"" + side + "\" definition in one line only (it is named on line " + first.at.getLineNr() + ")", JsonPaths.quote(i.id), null);
      }
    }
  }

  /** The ids of one side against that side's definition, when the reader knows it (one version of it). */
  private static void check(List<List<Id>> lines, Id definition, DefinitionRegistry definitions) {
    List<TallyDefinition> known = definitions.withId(definition.id);
    if (known.size() != 1) {
      return;
    }
    TallyDefinition d = known.get(0);
    Set<String> ids = new java.util.LinkedHashSet<>();
    d.allCategories().forEach(c -> ids.add(c.id()));
    for (List<Id> line : lines) {
      for (Id i : line) {
        Category c = d.category(i.id).orElse(null);
        if (c == null) {
          throw new JsonFault(i.at, i.path, "a category of the definition " + JsonPaths.quote(d.id()), Codes.found(i.id, ids), null);
        }
        if (!c.hasValue()) {
          throw new JsonFault(
              i.at, i.path, "a category with a value (the measure of " + i.id + " is " + TallyReader.measureKind(c.measure()) + ")", JsonPaths.quote(i.id), null);
        }
      }
    }
  }
}
