package io.hasila.csv;

import java.util.Optional;

/**
 * A CSV source Hasila cannot read: where the fault is (file, line, record, column) and what was expected.
 *
 * <p>The line is the one the faulty record <em>starts</em> on (a quoted cell may span several
 * lines), counting the header as line 1. The record counts data records from 1; it is 0 for a
 * fault in the header or in the file as a whole. Thrown by strict readers at the first bad
 * record, and by every reader for a bad header or a broken file. The message reads, for example:
 * {@code activities.csv line 42, column "date": expected an ISO date (yyyy-MM-dd) but found "31/12/2020"}.
 */
public final class HasilaCsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long record;
  private final String column;
  private final String expected;
  private final String found;

  HasilaCsvException(
      String source, long line, long record, String column, String expected, String found, Throwable cause) {
    super(message(source, line, column, expected, found), cause);
    this.source = source;
    this.line = line;
    this.record = record;
    this.column = column;
    this.expected = expected;
    this.found = found;
  }

  static String message(String source, long line, String column, String expected, String found) {
    StringBuilder sb = new StringBuilder(source).append(" line ").append(line);
    if (column != null) {
      sb.append(", column \"").append(column).append('"');
    }
    return sb.append(": ").append(reason(expected, found)).toString();
  }

  static String reason(String expected, String found) {
    return found == null ? "expected " + expected : "expected " + expected + " but found " + found;
  }

  /** This fault moved down by {@code lines} lines and {@code records} records, for a piece read from the middle of a file. */
  HasilaCsvException shifted(long lines, long records) {
    if (lines == 0 && records == 0) {
      return this;
    }
    return new HasilaCsvException(
        source, line + lines, record > 0 ? record + records : 0, column, expected, found, getCause());
  }

  /** The name of the source, usually the file name. */
  public String source() {
    return source;
  }

  /** The line the faulty record starts on, from 1 (the header is line 1). */
  public long line() {
    return line;
  }

  /** The faulty record's number among the data records, from 1; 0 for the header or the file as a whole. */
  public long record() {
    return record;
  }

  /** The column at fault, if the fault is in one column. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** What the reader expected, in words. */
  public String expected() {
    return expected;
  }

  /** What it found instead, as shown in the message (cell text in quotes), if anything was found. */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }
}
