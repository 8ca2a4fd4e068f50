package io.hasila.json;

import io.hasila.internal.Encodings;
import io.hasila.internal.FastParse;
import io.hasila.model.Property;
import io.hasila.model.Term;
import io.hasila.model.ValueType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes records of any described type as JSON objects, from their {@link RecordLayout}: {@code
 * type} first for a top-level record, then the properties in description order. Absent optional
 * values and empty collections are left out; a property with a default value is always written;
 * sets and lists in their recorded order; codes as their code strings; nested records as objects.
 * Not thread safe: one instance per writer (it reuses itself as the action over a property's values).
 */
final class RecordEncoder implements Consumer<Object> {
  private static final SerializableString TYPE = new SerializedString(RecordLayout.TYPE);

  private JsonGenerator g;
  /** The type of the values {@link #accept} writes, and the layout of nested records among them. */
  private ValueType<?> current;
  private RecordLayout currentNested;
  /** The names of the properties being written, outermost first, for the path of a value refused. */
  private final String[] names = new String[16];
  private int depth;

  /** Writes a record as one JSON object. */
  void write(JsonGenerator generator, RecordLayout layout, Object record) {
    JsonGenerator saved = g;
    g = generator;
    depth = 0;
    try {
      record(layout, record);
    } finally {
      g = saved;
    }
  }

  private void record(RecordLayout layout, Object record) {
    g.writeStartObject();
    if (layout.top) {
      g.writeName(TYPE);
      g.writeString(layout.code);
    }
    for (int i : layout.order) {
      Property<Object, Object> p = cast(layout.properties[i]);
      if (!p.isPresent(record)) {
        continue;
      }
      g.writeName(layout.serialized[i]);
      if (depth < names.length) {
        names[depth] = layout.serialized[i].getValue();
      }
      depth++;
      ValueType<?> savedType = current;
      RecordLayout savedNested = currentNested;
      current = p.type();
      currentNested = layout.nested[i];
      if (p.cardinality() == Property.Cardinality.MANY) {
        g.writeStartArray();
        p.forEach(record, this);
        g.writeEndArray();
      } else {
        p.forEach(record, this);
      }
      current = savedType;
      currentNested = savedNested;
      depth--;
    }
    g.writeEndObject();
  }

  /** Writes one value of the current property. */
  @Override
  public void accept(Object v) {
    switch (current.kind()) {
      case TEXT:
      case LANGUAGE:
        String text = (String) v;
        int lone = Encodings.loneSurrogate(text);
        if (lone >= 0) {
          throw new JsonFault(null, path(), JsonValues.UNICODE, Encodings.describeLoneSurrogate(text, lone), null);
        }
        g.writeString(text);
        break;
      case BOOLEAN:
        g.writeBoolean((Boolean) v);
        break;
      case INTEGER:
        g.writeNumber((Integer) v);
        break;
      case LONG:
        g.writeNumber((Long) v);
        break;
      case DATE:
        LocalDate date = (LocalDate) v;
        if (!FastParse.fourDigitYear(date.getYear())) {
          throw new JsonFault(null, path(), "a date in the years 0000 to 9999", date.toString(), null);
        }
        g.writeString(date.toString());
        break;
      case DATE_TIME:
        ZonedDateTime time = (ZonedDateTime) v;
        String formatted = DateTimeFormatter.ISO_ZONED_DATE_TIME.format(time);
        if (!FastParse.fourDigitYear(time.getYear())) {
          throw new JsonFault(null, path(), "a date-time in the years 0000 to 9999", formatted, null);
        }
        g.writeString(formatted);
        break;
      case URI:
        g.writeString(v.toString());
        break;
      case CODE:
        g.writeString(((Term) v).code());
        break;
      case RECORD:
      default:
        record(currentNested, v);
    }
  }

  /** The JSON path of the value being written, such as {@code $.unit.name}. */
  private String path() {
    StringBuilder sb = new StringBuilder("$");
    for (int i = 0; i < Math.min(depth, names.length); i++) {
      sb.append('.').append(names[i]);
    }
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  private static Property<Object, Object> cast(Property<?, ?> p) {
    return (Property<Object, Object>) p;
  }
}
