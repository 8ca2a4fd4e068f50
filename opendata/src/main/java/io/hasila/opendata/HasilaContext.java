package io.hasila.opendata;

import io.hasila.model.Property;
import io.hasila.model.RecordType;
import io.hasila.model.Term;
import io.hasila.model.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Hasila's JSON-LD context, made from the descriptions and {@link LinkedTerms}: the prefixes, one
 * prefix per vocabulary for its codes, the schema.org terms of the mapped properties and a Hasila
 * term for every other property. The bundled copy ({@code context/hasila.jsonld}) is this, checked
 * by a test. Immutable.
 */
final class HasilaContext {
  /** The prefix of each vocabulary's codes, by vocabulary name: the name, or {@code <name>_code} where a property's term has the name. */
  private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

  /** The context's terms, in a stable order: term to its IRI, or to its expanded definition. */
  static final Map<String, Object> TERMS = build();

  private HasilaContext() {}

  private static Map<String, Object> build() {
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("hasila", LinkedTerms.HASILA);
    terms.put("schema", LinkedTerms.SCHEMA);
    terms.put("xsd", LinkedTerms.XSD);
    Map<String, Object> vocabularies = new LinkedHashMap<>();
    Map<String, Object> properties = new LinkedHashMap<>();
    for (RecordType<?> t : LinkedTerms.exportedTypes()) {
      for (Property<?, ?> p : t.properties()) {
        p.type().vocabulary().ifPresent(v -> vocabularies.put(v.name(), LinkedTerms.vocabularyIri((Vocabulary<?>) v)));
        if (LinkedTerms.isId(p)) {
          continue;
        }
        LinkedTerms.Mapped mapped = LinkedTerms.MAPPED.get(p.name());
        if (mapped != null && mapped.iri().isEmpty()) {
          continue; // an Activity Streams term: its context defines it
        }
        String key = LinkedTerms.keyOf(p);
        String iri = mapped == null ? "hasila:" + key : mapped.iri().get();
        Object definition = definition(iri, p);
        Object before = properties.putIfAbsent(key, definition);
        if (before != null && !before.equals(definition)) {
          throw new IllegalStateException(
              "the term " + key + " would mean two things: " + before + " and " + definition + " (" + t.code() + "." + p.name() + ")");
        }
      }
    }
    vocabularies.forEach(
        (name, iri) -> {
          String prefix = properties.containsKey(name) ? name + "_code" : name;
          PREFIXES.put(name, prefix);
          terms.put(prefix, iri);
        });
    terms.putAll(properties);
    return java.util.Collections.unmodifiableMap(terms);
  }

  private static Object definition(String iri, Property<?, ?> p) {
    String type;
    switch (p.type().kind()) {
      case DATE:
        type = "xsd:date";
        break;
      case DATE_TIME:
        type = "xsd:dateTime";
        break;
      case URI:
      case CODE:
        type = "@id";
        break;
      default:
        type = null;
    }
    boolean list = p.cardinality() == Property.Cardinality.MANY && p.ordered();
    if (type == null && !list) {
      return iri;
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("@id", iri);
    if (type != null) {
      d.put("@type", type);
    }
    if (list) {
      d.put("@container", "@list");
    }
    return d;
  }

  /** The compact IRI of a code: {@code theme:health_emergency}, {@code platform_code:twitter}. */
  static String codeIri(Term term) {
    String prefix = PREFIXES.get(term.vocabulary().name());
    if (prefix == null) {
      throw new IllegalStateException("no prefix for the vocabulary " + term.vocabulary().name());
    }
    return prefix + ":" + term.code();
  }

  /** Writes the context object: {@code {"hasila": ..., "kind": {...}}}. */
  @SuppressWarnings("unchecked")
  static void write(JsonGenerator g) {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : TERMS.entrySet()) {
      if (e.getValue() instanceof String) {
        g.writeStringProperty(e.getKey(), (String) e.getValue());
      } else {
        g.writeName(e.getKey());
        g.writeStartObject();
        for (Map.Entry<String, Object> d : ((Map<String, Object>) e.getValue()).entrySet()) {
          g.writeStringProperty(d.getKey(), Objects.toString(d.getValue()));
        }
        g.writeEndObject();
      }
    }
    g.writeEndObject();
  }

  /** The bundled document as it should read: {@code {"@context": {...}}}, indented, ending with a line feed. */
  static String document() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonOut out = JsonOut.toStream(bytes);
    JsonGenerator g = out.generator();
    g.writeStartObject();
    g.writeName("@context");
    write(g);
    g.writeEndObject();
    out.commit();
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
