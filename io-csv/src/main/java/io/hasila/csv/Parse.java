package io.hasila.csv;

import io.hasila.internal.FastParse;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parsers of typed cells; each throws a {@link CellProblem} naming the column, the expected form and the text found. */
final class Parse {
  static final DateTimeFormatter TIME = DateTimeFormatter.ISO_ZONED_DATE_TIME;

  private Parse() {}

  static boolean blank(String value) {
    return value.isBlank();
  }

  /** An ISO date {@code yyyy-MM-dd}; surrounding spaces are ignored. */
  static LocalDate date(String column, String value) {
    String v = value.strip();
    try {
      return FastParse.isoDate(v);
    } catch (DateTimeException e) {
      throw CellProblem.inCell(column, "an ISO date (yyyy-MM-dd)", value);
    }
  }

  /** An ISO zoned date-time such as {@code 2020-03-20T10:15:30+01:00[Africa/Casablanca]}. */
  static ZonedDateTime time(String column, String value) {
    try {
      return FastParse.isoZonedDateTime(value.strip());
    } catch (DateTimeParseException e) {
      throw CellProblem.inCell(
          column, "an ISO zoned date-time (e.g. 2020-03-20T10:15:30+01:00[Africa/Casablanca])", value);
    }
  }

  /** A whole number from 0 up, digits only. */
  static long count(String column, String value) {
    String v = value.strip();
    boolean digits = !v.isEmpty() && v.length() <= 19;
    for (int i = 0; digits && i < v.length(); i++) {
      char c = v.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    if (digits) {
      try {
        return Long.parseLong(v);
      } catch (NumberFormatException e) {
        // more than Long.MAX_VALUE: reported below
      }
    }
    throw CellProblem.inCell(column, "a whole number from 0 to " + Long.MAX_VALUE + " (digits only)", value);
  }

  /** A whole number that fits an {@code int}, digits only. */
  static int smallCount(String column, String value) {
    long n;
    try {
      n = count(column, value);
    } catch (CellProblem e) {
      n = -1;
    }
    if (n < 0 || n > Integer.MAX_VALUE) {
      throw CellProblem.inCell(column, "a whole number from 0 to " + Integer.MAX_VALUE + " (digits only)", value);
    }
    return (int) n;
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
    throw CellProblem.inCell(column, "true or false (or vrai or faux)", value);
  }

  /** An absolute or relative URI. */
  static URI uri(String column, String value) {
    try {
      return new URI(value.strip());
    } catch (URISyntaxException e) {
      throw CellProblem.inCell(column, "a URI (" + e.getReason() + ")", value);
    }
  }
}
