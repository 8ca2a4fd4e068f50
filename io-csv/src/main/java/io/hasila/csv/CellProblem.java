package io.hasila.csv;

/**
 * A bad value found while decoding one record, before its position is known.
 *
 * <p>The reader adds the source, line and record and turns it into a {@link HasilaCsvException}
 * or a rejection. No stack trace: lenient reads may meet many of these.
 */
final class CellProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String column;
  private final String expected;
  private final String found;

  /** A problem in {@code column} (null for the whole record): what was expected and what was found, rendered. */
  CellProblem(String column, String expected, String found) {
    this(column, expected, found, null);
  }

  /** The same with the exception that revealed it, such as the model's refusal of a value. */
  CellProblem(String column, String expected, String found, Throwable cause) {
    super(expected, cause, false, false);
    this.column = column;
    this.expected = expected;
    this.found = found;
  }

  /** The same problem when the value found is a cell's text, shown quoted. */
  static CellProblem inCell(String column, String expected, String value) {
    return new CellProblem(column, expected, quote(value));
  }

  static String quote(String value) {
    return '"' + value + '"';
  }

  /** {@code expected ... but found ...}, the reason without the position. */
  static String reason(String expected, String found) {
    return found == null ? "expected " + expected : "expected " + expected + " but found " + found;
  }

  String column() {
    return column;
  }

  String expected() {
    return expected;
  }

  String found() {
    return found;
  }
}
