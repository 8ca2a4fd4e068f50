package io.hasila.testkit;

import io.hasila.internal.JsonText;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Property;
import io.hasila.model.RecordType;
import io.hasila.model.ValueType;
import java.util.List;

/**
 * Prints described records as one-line JSON objects, the shape of Hasila's JSON Lines, so that a
 * failing case can be read (and pasted into a file) as it is. For messages only: the io-json
 * module is the format's reader and writer.
 */
final class RecordText {
  private RecordText() {}

  /** The input as a JSON Lines record if it is a described record, else its {@code toString()}. */
  static String of(Object input) {
    if (input instanceof Activity) {
      return of(((Activity) input).type(), (Activity) input, true);
    }
    if (input instanceof AudienceSnapshot) {
      return of(AudienceSnapshot.TYPE, (AudienceSnapshot) input, true);
    }
    return String.valueOf(input);
  }

  /** Each input on its own line. */
  static String lines(List<?> inputs) {
    StringBuilder sb = new StringBuilder();
    for (Object o : inputs) {
      sb.append("  ").append(of(o)).append('\n');
    }
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  private static <R> String of(RecordType<? extends R> type, Object record, boolean withType) {
    StringBuilder sb = new StringBuilder("{");
    if (withType) {
      sb.append("\"type\":");
      string(sb, type.code());
    }
    for (Property<?, ?> p : type.properties()) {
      Property<Object, Object> q = (Property<Object, Object>) p;
      List<Object> values = q.values(record);
      if (values.isEmpty()) {
        continue;
      }
      if (sb.length() > 1) {
        sb.append(',');
      }
      string(sb, p.name());
      sb.append(':');
      if (p.cardinality() == Property.Cardinality.MANY) {
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          value(sb, q.type(), values.get(i));
        }
        sb.append(']');
      } else {
        value(sb, q.type(), values.get(0));
      }
    }
    return sb.append('}').toString();
  }

  private static void value(StringBuilder sb, ValueType<Object> type, Object v) {
    switch (type.kind()) {
      case BOOLEAN:
      case INTEGER:
      case LONG:
        sb.append(v);
        break;
      case RECORD:
        sb.append(of(type.recordType().orElseThrow(), v, false));
        break;
      default:
        string(sb, type.format(v));
    }
  }

  private static void string(StringBuilder sb, String s) {
    JsonText.appendQuoted(sb, s, Integer.MAX_VALUE);
  }
}
