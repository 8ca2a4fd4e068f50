package io.hasila.json;

import io.hasila.internal.FastParse;
import io.hasila.model.Labels;
import io.hasila.model.Term;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads and writes declared codes: the {@code "vocabularies"} object of vocabulary and dataset
 * documents, {@code {"platform": [{"code": "x", "labels": {"ar": ..., "fr": ..., "en": ...}}],
 * "theme": [...]}}, and the vocabulary document itself ({@code schemaVersion} 1). Stateless.
 */
final class VocabularyCodec {
  /** The version of vocabulary documents. */
  static final int SCHEMA_VERSION = 1;

  /** The member that holds declared codes, in vocabulary and dataset documents. */
  static final String MEMBER = "vocabularies";

  private VocabularyCodec() {}

  /** Writes a vocabulary document: {@code schemaVersion}, then the declared codes. */
  static void writeDocument(JsonGenerator g, Vocabularies vocabularies) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
    g.writeName(MEMBER);
    writeDeclared(g, vocabularies.declared());
    g.writeEndObject();
  }

  /** Writes declared terms grouped by vocabulary, in the order of {@link Vocabularies#all()}, each group in declaration order. */
  static void writeDeclared(JsonGenerator g, Collection<? extends Term> terms) {
    g.writeStartObject();
    for (Vocabulary<?> v : Vocabularies.all()) {
      boolean started = false;
      for (Term t : terms) {
        if (t.vocabulary() != v) {
          continue;
        }
        if (!started) {
          g.writeArrayPropertyStart(v.name());
          started = true;
        }
        g.writeStartObject();
        g.writeStringProperty("code", t.code());
        g.writeName("labels");
        writeLabels(g, t.labels());
        g.writeEndObject();
      }
      if (started) {
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  /** Writes labels: {@code {"ar", "fr", "en"}}. */
  static void writeLabels(JsonGenerator g, Labels labels) {
    g.writeStartObject();
    g.writeStringProperty("ar", labels.ar());
    g.writeStringProperty("fr", labels.fr());
    g.writeStringProperty("en", labels.en());
    g.writeEndObject();
  }

  /** Reads labels, the parser on their opening brace. */
  static Labels readLabels(JsonParser p) {
    String[] l = JsonValues.objectOfStrings(p, "ar", "fr", "en");
    return JsonValues.building(p, () -> Labels.of(l[0], l[1], l[2]));
  }

  /** Reads a vocabulary document, the parser before its first token; {@code whole}: nothing may follow it. */
  static List<Term> readDocument(JsonParser p, boolean whole) {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw JsonValues.fault(p, "a vocabulary document (a JSON object with schemaVersion " + SCHEMA_VERSION + ")");
    }
    TokenStreamLocation start = p.currentTokenLocation();
    boolean versioned = false;
    List<Term> terms = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (name.equals("schemaVersion") && !versioned) {
        p.nextToken();
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || JsonValues.count(p) != SCHEMA_VERSION) {
          throw JsonValues.fault(p, "schemaVersion " + SCHEMA_VERSION);
        }
        versioned = true;
      } else if (name.equals(MEMBER) && terms == null) {
        p.nextToken();
        terms = readDeclared(p);
      } else {
        throw new JsonFault(
            p.currentTokenLocation(),
            JsonPaths.of(p),
            "a property of a vocabulary document (schemaVersion, vocabularies), once each",
            JsonPaths.quote(name),
            null);
      }
    }
    if (!versioned) {
      throw new JsonFault(start, "$.schemaVersion", "the required property \"schemaVersion\"", "none", null);
    }
    if (terms == null) {
      throw new JsonFault(start, "$." + MEMBER, "the required property \"" + MEMBER + "\"", "none", null);
    }
    if (whole && p.nextToken() != null) {
      throw JsonValues.fault(p, "the end of the document");
    }
    return terms;
  }

  /** Reads declared codes, {@code {"vocabulary name": [terms]}}, the parser on the opening brace. */
  static List<Term> readDeclared(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonValues.fault(p, "an object of declared codes by vocabulary name (" + names() + ")");
    }
    List<Term> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      Vocabulary<?> v = Vocabularies.named(name).orElse(null);
      if (v == null) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "a vocabulary name (" + names() + ")", Codes.found(name, nameList()), null);
      }
      if (!seen.add(name)) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each vocabulary once", JsonPaths.quote(name) + " a second time", null);
      }
      p.nextToken();
      Map<String, Term> codes = new LinkedHashMap<>();
      JsonValues.array(p, () -> {
        TokenStreamLocation at = p.currentTokenLocation();
        String path = JsonPaths.of(p);
        Term term = readTerm(p, v, "code");
        if (codes.putIfAbsent(term.code(), term) != null) {
          throw new JsonFault(at, path + ".code", "each code of " + v.name() + " once", JsonPaths.quote(term.code()) + " a second time", null);
        }
      });
      out.addAll(codes.values());
    }
    return out;
  }

  /**
   * Reads one term, {@code {"<key>": code, "labels": {...}}}, the parser on its opening brace;
   * {@code key} is {@code code}, or {@code id} for the themes of version 1 dataset documents.
   */
  static Term readTerm(JsonParser p, Vocabulary<?> vocabulary, String key) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonValues.fault(p, "a declared " + vocabulary.name() + ": an object with " + key + " and labels");
    }
    String code = null;
    Labels labels = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      if (name.equals(key) && code == null) {
        code = JsonValues.string(p);
        if (!FastParse.isThemeId(code)) {
          throw JsonValues.fault(p, "a code: lower case letters and digits joined by '_', '-' or '.'");
        }
      } else if (name.equals("labels") && labels == null) {
        labels = readLabels(p);
      } else {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p), "the properties " + key + " and labels, once each", JsonPaths.quote(name), null);
      }
    }
    if (code == null || labels == null) {
      String missing = code == null ? key : "labels";
      throw new JsonFault(
          p.currentTokenLocation(), JsonPaths.of(p) + "." + missing, "the required property \"" + missing + "\"", "none", null);
    }
    String c = code;
    Labels l = labels;
    return JsonValues.building(p, () -> vocabulary.term(c, l));
  }

  private static String names() {
    return String.join(", ", nameList());
  }

  private static List<String> nameList() {
    List<String> out = new ArrayList<>();
    Vocabularies.all().forEach(v -> out.add(v.name()));
    return out;
  }
}
