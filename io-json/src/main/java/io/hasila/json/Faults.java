package io.hasila.json;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Turns whatever went wrong while decoding a record into a {@link HasilaJsonException} with its position. */
final class Faults {
  /** How many bytes of a record a rejection shows. */
  static final int RAW_SHOWN = LineSource.KEPT_OF_LONG_LINE;

  private Faults() {}

  /** A Jackson failure placed at the parser's position when Jackson does not say where it was. */
  static JsonFault locate(JacksonException e, JsonParser p) {
    TokenStreamLocation location = e.getLocation();
    if (location == null || location == TokenStreamLocation.NA) {
      location = p.currentLocation();
    }
    String expected;
    if (e instanceof StreamConstraintsException) {
      expected = limit(e.getOriginalMessage());
    } else if (e instanceof UnexpectedEndOfInputException) {
      expected = "a complete JSON value";
    } else {
      expected = "well-formed JSON";
    }
    String found = clean(e.getOriginalMessage());
    if (e instanceof UnexpectedEndOfInputException) {
      found = "the end of the input (" + found + ")";
    }
    return new JsonFault(location, JsonPaths.of(p), expected, found, e);
  }

  /**
   * The exception for a failure while reading UTF-8 input held in {@code bytes}.
   *
   * @param line the line the input starts on, added to the parser's line numbers minus one
   */
  static HasilaJsonException of(RuntimeException e, String source, long record, byte[] bytes, long line) {
    return of(e, source, record, bytes, line, true);
  }

  /** As {@link #of(RuntimeException, String, long, byte[], long)}, with no stack trace unless {@code stackTrace}. */
  static HasilaJsonException of(RuntimeException e, String source, long record, byte[] bytes, long line, boolean stackTrace) {
    if (e instanceof HasilaJsonException) {
      return (HasilaJsonException) e;
    }
    TokenStreamLocation location;
    String path;
    String expected;
    String found;
    if (e instanceof JsonFault) {
      JsonFault f = (JsonFault) e;
      location = f.location;
      path = f.path;
      expected = f.expected;
      found = f.found;
    } else if (e instanceof JacksonException) {
      JacksonException j = (JacksonException) e;
      location = j.getLocation();
      path = j.processor() instanceof JsonParser ? JsonPaths.of((JsonParser) j.processor()) : "$";
      found = clean(j.getOriginalMessage());
      if (e instanceof StreamConstraintsException) {
        expected = limit(j.getOriginalMessage());
      } else if (e instanceof UnexpectedEndOfInputException) {
        expected = "a complete JSON value";
      } else {
        expected = "well-formed JSON";
      }
    } else {
      location = null;
      path = "$";
      expected = "a readable record";
      found = String.valueOf(e);
    }
    long lineNr = line;
    long column = 0;
    if (location != null && location != TokenStreamLocation.NA) {
      long offset = location.getByteOffset();
      if (bytes != null && offset >= 0 && offset <= bytes.length) {
        // Lines end at line feeds only, as JSON Lines has them: a bare CR starts no line here.
        for (int i = 0; i < offset; i++) {
          if (bytes[i] == '\n') {
            lineNr++;
          }
        }
      } else {
        lineNr = line + Math.max(location.getLineNr(), 1) - 1;
      }
      column = column(bytes, location);
    }
    return new HasilaJsonException(source, lineNr, column, record, path, expected, found, e, stackTrace);
  }

  /**
   * The limit a Jackson constraint message names, in the reader's words: its value, its name in
   * {@link JsonLimits} and how to raise it.
   */
  static String limit(String message) {
    String m = String.valueOf(message);
    String name;
    String what;
    if (m.contains("getMaxStringLength")) {
      name = "MaxStringLength";
      what = "strings of at most %s characters";
    } else if (m.contains("getMaxNameLength")) {
      name = "MaxStringLength";
      what = "property names of at most %s characters";
    } else if (m.contains("getMaxNestingDepth")) {
      name = "MaxNestingDepth";
      what = "objects and arrays nested at most %s deep";
    } else if (m.contains("getMaxNumberLength")) {
      name = "MaxNumberLength";
      what = "numbers of at most %s digits";
    } else if (m.contains("getMaxDocumentLength")) {
      name = "MaxDocumentBytes";
      what = "a document of at most %s bytes";
    } else {
      return "input within the reader's limits (see JsonLimits)";
    }
    java.util.regex.Matcher max = java.util.regex.Pattern.compile("maximum allowed \\((\\d+)").matcher(m);
    String value = max.find() ? max.group(1) : "the allowed number of";
    String field = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    if (name.equals("MaxStringLength") && what.startsWith("property")) {
      field = "maxStringLength, up to 50000 for names";
    }
    return String.format(what, value)
        + " (JsonLimits."
        + field
        + "; raise it with withLimits(JsonLimits.defaults().with"
        + name
        + "(...)))";
  }

  /** The column of a location in code points, from the byte offset when known. */
  private static long column(byte[] bytes, TokenStreamLocation location) {
    long offset = location.getByteOffset();
    if (bytes == null || offset < 0 || offset > bytes.length) {
      return Math.max(location.getColumnNr(), 0);
    }
    int end = (int) offset;
    int start = end;
    while (start > 0 && bytes[start - 1] != '\n') {
      start--;
    }
    long column = 1;
    for (int i = start; i < end; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }

  /** The first line of a Jackson message, without the start-marker location it may quote. */
  private static String clean(String message) {
    String m = message == null ? "a malformed record" : message;
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    return m.replaceAll(" ?\\(start marker at \\[.*?\\]\\)", "").trim();
  }

  /** The start of a record's text, as a rejection shows it; invalid UTF-8 shows as U+FFFD. */
  static String raw(byte[] bytes, int from, int length, long fullLength) {
    int shown = Math.min(length, RAW_SHOWN);
    String s = new String(bytes, from, shown, StandardCharsets.UTF_8);
    return fullLength > shown ? s + "... (" + fullLength + " bytes)" : s;
  }
}
