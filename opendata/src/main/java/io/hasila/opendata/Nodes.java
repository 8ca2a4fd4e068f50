package io.hasila.opendata;

import io.hasila.model.Activity;
import io.hasila.model.Property;
import io.hasila.model.RecordType;
import io.hasila.model.Term;
import io.hasila.model.ValueType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes described records as JSON-LD nodes, property by property from their descriptions: the
 * node's {@code id} from its {@code id} property, its types from {@link LinkedTerms}, every property
 * the record holds under its term. No property is named here. Immutable and thread safe.
 */
final class Nodes {
  private final String base;

  Nodes(String base) {
    this.base = base;
  }

  /** The IRI of an activity: the base, {@code activities/}, its id. */
  String activityIri(Activity a) {
    return base + "activities/" + segment(a.id());
  }

  /** Writes an activity as a node. */
  void writeActivity(JsonGenerator g, Activity a) {
    write(g, a.type(), a, activityIri(a));
  }

  @SuppressWarnings("unchecked")
  private void write(JsonGenerator g, RecordType<?> type, Object record, String iri) {
    g.writeStartObject();
    List<Property<Object, Object>> properties = new ArrayList<>();
    for (Property<?, ?> p : type.properties()) {
      properties.add((Property<Object, Object>) p);
    }
    String id = iri;
    for (Property<Object, Object> p : properties) {
      if (id == null && LinkedTerms.isId(p)) {
        id = base + type.code() + "/" + segment((String) p.value(record).orElseThrow());
      }
    }
    if (id != null) {
      g.writeStringProperty("id", id);
    }
    List<String> types = new ArrayList<>(LinkedTerms.typesOf(type));
    for (Property<Object, Object> p : properties) {
      if (p.type().kind() == ValueType.Kind.CODE) {
        for (Object v : p.values(record)) {
          for (LinkedTerms.ExtraType extra : LinkedTerms.EXTRA_TYPES) {
            if (extra.term().equals(v) && !types.contains(extra.type())) {
              types.add(extra.type());
            }
          }
        }
      }
    }
    g.writeName("type");
    if (types.size() == 1) {
      g.writeString(types.get(0));
    } else {
      g.writeStartArray();
      for (String t : types) {
        g.writeString(t);
      }
      g.writeEndArray();
    }
    for (Property<Object, Object> p : properties) {
      if (LinkedTerms.isId(p) || !p.isPresent(record)) {
        continue;
      }
      g.writeName(LinkedTerms.keyOf(p));
      if (p.cardinality() == Property.Cardinality.MANY) {
        g.writeStartArray();
        p.forEach(record, v -> value(g, p.type(), v));
        g.writeEndArray();
      } else {
        value(g, p.type(), p.value(record).orElseThrow());
      }
    }
    g.writeEndObject();
  }

  private void value(JsonGenerator g, ValueType<Object> type, Object v) {
    switch (type.kind()) {
      case BOOLEAN:
        g.writeBoolean((Boolean) v);
        break;
      case INTEGER:
      case LONG:
        g.writeNumber(((Number) v).longValue());
        break;
      case DATE_TIME:
        g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((ZonedDateTime) v));
        break;
      case CODE:
        g.writeString(HasilaContext.codeIri((Term) v));
        break;
      case URI:
        g.writeString(((URI) v).toString());
        break;
      case RECORD:
        write(g, type.recordType().orElseThrow(), v, null);
        break;
      default:
        g.writeString(type.format(v));
    }
  }

  /** An id as one path segment of an IRI: unreserved characters kept, the others percent-encoded in UTF-8. */
  static String segment(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }
}
