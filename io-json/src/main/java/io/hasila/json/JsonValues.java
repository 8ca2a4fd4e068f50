package io.hasila.json;

import io.hasila.internal.Encodings;
import io.hasila.internal.FastParse;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the scalar values every JSON codec shares, from a parser on the value's token, failing with
 * a {@link JsonFault} at that token; and places a model validation failure at the field its message
 * names. Stateless.
 */
final class JsonValues {
  /** What a date looks like, in words. */
  static final String DATE_EXPECTED = "an ISO date (yyyy-MM-dd)";

  /** What a string must be, in words. */
  static final String UNICODE = "Unicode text (a \\uD800-\\uDBFF escape followed by a \\uDC00-\\uDFFF one, never alone)";

  /** The shape of the model's validation messages: {@code Type.field rule but was: value}. */
  private static final Pattern VALIDATION =
      Pattern.compile("^[A-Za-z]+\\.([A-Za-z0-9.]+) (.*) but was: (.*)$", Pattern.DOTALL);

  private JsonValues() {}

  /** A string value; one holding a lone surrogate (such as a {@code \uD800} escape with no pair) is a fault. */
  static String string(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fault(p, "a string");
    }
    String s = p.getString();
    int lone = Encodings.loneSurrogate(s);
    if (lone >= 0) {
      throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), UNICODE, Encodings.describeLoneSurrogate(s, lone), null);
    }
    return s;
  }

  /** A string with a non-blank character; {@code what} names it with its article. */
  static String nonBlank(JsonParser p, String what) {
    String s = string(p);
    if (s.isBlank()) {
      throw fault(p, what + " (not blank)");
    }
    return s;
  }

  /** An ISO date. */
  static LocalDate date(JsonParser p) {
    String s = string(p);
    try {
      return FastParse.isoDate(s);
    } catch (DateTimeException e) {
      throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), DATE_EXPECTED, JsonPaths.quote(s), e);
    }
  }

  /** A URI. */
  static URI uri(JsonParser p) {
    String s = string(p);
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "a URI (RFC 3986)", JsonPaths.quote(s), e);
    }
  }

  /** True or false. */
  static boolean bool(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (p.currentToken() == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw fault(p, "true or false");
  }

  /** A whole number that fits a long. */
  static long count(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fault(p, "a whole number");
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fault(p, "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
    }
    return p.getLongValue();
  }

  /** Calls {@code element} once per element of an array, with the parser on the element's first token. */
  static void array(JsonParser p, Runnable element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fault(p, "an array");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      element.run();
    }
  }

  /** Reads an object whose properties are all strings and all required, in any order. */
  static String[] objectOfStrings(JsonParser p, String... names) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fault(p, "an object with " + String.join(", ", names));
    }
    String[] values = new String[names.length];
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = names.length - 1;
      while (i >= 0 && !names[i].equals(name)) {
        i--;
      }
      if (i < 0) {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p), "one of the properties " + String.join(", ", names), Codes.found(name, java.util.List.of(names)), null);
      }
      if (values[i] != null) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each property once", JsonPaths.quote(name) + " a second time", null);
      }
      p.nextToken();
      values[i] = string(p);
    }
    for (int i = 0; i < names.length; i++) {
      if (values[i] == null) {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p) + "." + names[i], "the required property \"" + names[i] + "\"", "none", null);
      }
    }
    return values;
  }

  /** Builds a value at the parser's closing brace, placing a validation failure at that value's field. */
  static <T> T building(JsonParser p, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw validation(e, JsonPaths.of(p), name -> p.currentTokenLocation(), p.currentTokenLocation());
    }
  }

  /** Where a field of the value being built starts, if known. */
  interface Locator {
    /** The location of the field's value; null if not known. */
    TokenStreamLocation at(String field);
  }

  /**
   * A model validation failure ({@code Type.field rule but was: value}) as a fault at {@code
   * base.field}, placed where {@code locator} says the field starts, else at {@code fallback}.
   */
  static JsonFault validation(RuntimeException e, String base, Locator locator, TokenStreamLocation fallback) {
    String message = String.valueOf(e.getMessage());
    Matcher m = VALIDATION.matcher(message);
    if (!m.matches()) {
      return new JsonFault(fallback, base, "a valid value", message, e);
    }
    String field = m.group(1);
    String top = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
    TokenStreamLocation at = locator.at(top);
    return new JsonFault(at != null ? at : fallback, base + "." + field, "a value that " + m.group(2), m.group(3), e);
  }

  /** A fault at the parser's current token. */
  static JsonFault fault(JsonParser p, String expected) {
    return new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), expected, JsonPaths.describe(p), null);
  }
}
