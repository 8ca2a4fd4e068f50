package io.hasila.csv;

import io.hasila.internal.FastParse;
import io.hasila.model.ValueType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The text of a cell for each {@link ValueType.Kind kind} of value: what readers accept, with the
 * message of a {@link CellProblem} naming the column, the expected form and the text found.
 *
 * <p>Spreadsheets add spaces and change the case of booleans, so readers are more tolerant than
 * the canonical forms writers use ({@link ValueType#format}): surrounding spaces are ignored in
 * every cell but text, and booleans also read as {@code TRUE}, {@code vrai} or {@code faux}.
 */
final class CellSyntax {
  static final String DATE = "an ISO date (yyyy-MM-dd)";
  static final String DATE_TIME = "an ISO zoned date-time (e.g. 2020-03-20T10:15:30+01:00[Africa/Casablanca])";
  static final String BOOLEAN = "true or false (or vrai or faux)";

  private CellSyntax() {}

  /** An ISO date {@code yyyy-MM-dd}; surrounding spaces are ignored. */
  static LocalDate date(String column, String value) {
    try {
      return FastParse.isoDate(value.strip());
    } catch (DateTimeException e) {
      throw CellProblem.inCell(column, DATE, value);
    }
  }

  /** An ISO zoned date-time such as {@code 2020-03-20T10:15:30+01:00[Africa/Casablanca]}. */
  static ZonedDateTime dateTime(String column, String value) {
    try {
      return FastParse.isoZonedDateTime(value.strip());
    } catch (DateTimeException e) {
      throw CellProblem.inCell(column, DATE_TIME, value);
    }
  }

  /** A whole number from 0 to {@code max} in the form {@code numbers} says; surrounding spaces are ignored. */
  static long number(String column, String value, long max, CsvNumbers numbers) {
    try {
      return number(column, value, max);
    } catch (CellProblem e) {
      long n = numbers.parse(value.strip(), max);
      if (n < 0) {
        throw numbers == CsvNumbers.DIGITS
            ? e
            : CellProblem.inCell(column, "a whole number from 0 to " + max + " (" + numbers.description() + ")", value);
      }
      return n;
    }
  }

  /** A whole number from 0 to {@code max}, digits only; surrounding spaces are ignored. */
  static long number(String column, String value, long max) {
    String v = value.strip();
    int n = v.length();
    boolean digits = n > 0 && n <= 19;
    long result = 0;
    for (int i = 0; digits && i < n; i++) {
      char c = v.charAt(i);
      digits = c >= '0' && c <= '9';
      if (digits) {
        result = result * 10 + (c - '0');
        digits = result >= 0; // 19 digits may overflow a long
      }
    }
    if (!digits || result > max) {
      throw CellProblem.inCell(column, wholeNumber(0, max), value);
    }
    return result;
  }

  /** "a whole number from 0 to 2147483647 (digits only)". */
  static String wholeNumber(long min, long max) {
    return "a whole number from " + min + " to " + max + " (digits only)";
  }

  /**
   * {@code true} or {@code false} in any case (English-locale spreadsheets save {@code TRUE}), or
   * {@code vrai} / {@code faux} (French-locale ones save {@code VRAI}); blank is false.
   */
  static boolean bool(String column, String value) {
    String v = value.strip();
    if (v.isEmpty() || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("faux")) {
      return false;
    }
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("vrai")) {
      return true;
    }
    throw CellProblem.inCell(column, BOOLEAN, value);
  }

  /** An absolute or relative URI; surrounding spaces are ignored. */
  static URI uri(String column, String value) {
    try {
      return new URI(value.strip());
    } catch (URISyntaxException e) {
      throw CellProblem.inCell(column, "a URI (" + e.getReason() + ")", value);
    }
  }

  /** What a cell of this type holds, in words with Markdown code spans, for the column documentation. */
  static String describe(ValueType<?> type, Optional<?> defaultValue) {
    String words;
    switch (type.kind()) {
      case TEXT:
        words = "text";
        break;
      case LANGUAGE:
        words = "BCP 47 language tag such as `ar` or `fr-MA`";
        break;
      case BOOLEAN:
        words = "`true` or `false` (any case, or `vrai` / `faux`)";
        break;
      case INTEGER:
      case LONG:
        words =
            "whole number from " + type.minimum().orElse(0) + " to " + type.maximum().orElseThrow() + ", digits only";
        break;
      case DATE:
        words = "ISO date `yyyy-MM-dd`";
        break;
      case DATE_TIME:
        words = "ISO zoned date-time such as `2020-03-20T18:30:00+01:00[Africa/Casablanca]`";
        break;
      case URI:
        words = "URI";
        break;
      case CODE:
        words = "code of `" + type.vocabulary().orElseThrow().name() + "`";
        break;
      case RECORD:
      default:
        words = "`" + type.recordType().orElseThrow().code() + "`";
        break;
    }
    if (defaultValue.isPresent()) {
      @SuppressWarnings("unchecked")
      ValueType<Object> t = (ValueType<Object>) type;
      words += "; blank is `" + t.format(defaultValue.get()) + "`";
    }
    return words;
  }
}
