package io.hasila.json;

import io.hasila.internal.JsonText;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** Renders a parser's position as a JSON path ({@code $.activities[3].date}) and tokens as text for messages. */
final class JsonPaths {
  private static final int MAX_SHOWN = 80;

  private JsonPaths() {}

  /** The JSON path of the value the parser's context points at. */
  static String of(TokenStreamContext ctx) {
    Deque<String> parts = new ArrayDeque<>();
    for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          parts.push("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.currentName() != null) {
        parts.push(name(c.currentName()));
      }
    }
    StringBuilder sb = new StringBuilder("$");
    parts.forEach(sb::append);
    return sb.toString();
  }

  /** The JSON path of the parser's current value (for an opening bracket, of the object or array it opens). */
  static String of(JsonParser p) {
    TokenStreamContext ctx = p.streamReadContext();
    JsonToken t = p.currentToken();
    if (ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
      ctx = ctx.getParent();
    }
    return of(ctx);
  }

  /** {@code base} extended by a property name. */
  static String child(String base, String name) {
    return base + name(name);
  }

  private static String name(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + name : "[" + quote(name) + "]";
  }

  /** The current token as a message shows it: strings quoted and shortened, containers by kind. */
  static String describe(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      case PROPERTY_NAME:
        return "the property " + quote(p.currentName());
      case VALUE_STRING:
        return quote(p.getString());
      case VALUE_NULL:
        return "null";
      default:
        return shorten(p.getString());
    }
  }

  /** A string as a message shows it: in double quotes, control characters escaped, shortened. */
  static String quote(String s) {
    StringBuilder sb = JsonText.appendQuoted(new StringBuilder(Math.min(s.length(), MAX_SHOWN) + 2), s, MAX_SHOWN);
    if (s.length() > MAX_SHOWN) {
      sb.append("... (").append(s.length()).append(" chars)");
    }
    return sb.toString();
  }

  static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "... (" + s.length() + " chars)";
  }
}
