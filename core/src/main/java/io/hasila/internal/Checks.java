package io.hasila.internal;

import java.util.Collection;

/**
 * Validation helpers whose messages name the type, the field and the offending value.
 *
 * <p>Not public API. Every message has the shape {@code "Type.field must ... but was: value"}.
 */
public final class Checks {
  private Checks() {}

  /** Fails unless {@code value} has a non-whitespace character. */
  public static String notBlank(String type, String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          type + "." + field + " must not be blank but was: " + quote(value));
    }
    return value;
  }

  /** Fails if {@code value} is negative. */
  public static long notNegative(String type, String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          type + "." + field + " must not be negative but was: " + value);
    }
    return value;
  }

  /** Fails unless {@code value} is at least one. */
  public static long positive(String type, String field, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          type + "." + field + " must be at least 1 but was: " + value);
    }
    return value;
  }

  /** Fails if {@code values} is empty. */
  public static void notEmpty(String type, String field, Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          type + "." + field + " must have at least one element but was: []");
    }
  }

  /** Fails with the standard message when {@code ok} is false. */
  public static void check(boolean ok, String type, String field, String rule, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(
          type + "." + field + " " + rule + " but was: " + render(value));
    }
  }

  /** Renders a value the way messages show it: strings quoted, everything else as is. */
  public static String render(Object value) {
    return value instanceof CharSequence ? quote(value.toString()) : String.valueOf(value);
  }

  private static String quote(String s) {
    return '"' + s + '"';
  }
}
