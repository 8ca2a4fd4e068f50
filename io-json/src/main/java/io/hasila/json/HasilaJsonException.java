package io.hasila.json;

import io.hasila.io.Rejection;
import java.util.Objects;

/**
 * A record Hasila's JSON formats could not read, or a file they could not read or write, with
 * where it happened and what was expected there.
 *
 * <p>The message has the shape {@code activities.jsonl line 1042, column 9, $.date: expected an
 * ISO date (yyyy-MM-dd) but found "31/12/2020"}. Lines, columns and records count from 1; a
 * column counts Unicode code points; 0 means "not known" (for example, a failure to open a file).
 * The JSON path is relative to the document read ({@code $} is a JSON Lines record or the whole
 * document). Validation failures of the model (a negative count, a blank id) are reported the same
 * way, at the field concerned.
 */
public final class HasilaJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long column;
  private final long record;
  private final String path;
  private final String expected;
  private final String found;

  HasilaJsonException(
      String source,
      long line,
      long column,
      long record,
      String path,
      String expected,
      String found,
      Throwable cause) {
    super(message(source, line, column, path, expected, found), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.record = record;
    this.path = Objects.requireNonNull(path, "path");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = Objects.requireNonNull(found, "found");
  }

  /** The name of the source read or written, usually a file name. */
  public String source() {
    return source;
  }

  /** The line of the fault, from 1; 0 if not known. */
  public long line() {
    return line;
  }

  /** The column of the fault in code points, from 1; 0 if not known. */
  public long column() {
    return column;
  }

  /** The record's position among the records read, from 1; 0 if the fault is outside any record. */
  public long record() {
    return record;
  }

  /** The JSON path of the field at fault, such as {@code $.claim.firstSeen}; {@code $} for the whole record. */
  public String path() {
    return path;
  }

  /** What the reader expected at that place. */
  public String expected() {
    return expected;
  }

  /** What it found instead. */
  public String found() {
    return found;
  }

  /** The reason alone, without the source and position: {@code expected ... but found ...}. */
  public String reason() {
    return "expected " + expected + " but found " + found;
  }

  /** This fault as a lenient reader's rejection of the record whose raw text is {@code raw}. */
  Rejection toRejection(long recordLine, String raw) {
    String where =
        line == recordLine
            ? (column > 0 ? " (column " + column + ")" : "")
            : " (line " + line + (column > 0 ? ", column " + column : "") + ")";
    return Rejection.builder()
        .source(source)
        .line(recordLine)
        .record(record)
        .field(path)
        .raw(raw)
        .reason(reason() + where)
        .build();
  }

  /** This fault moved down by {@code lines} lines and {@code records} records, for a piece read from the middle of a file. */
  HasilaJsonException shifted(long lines, long records) {
    if (lines == 0 && records == 0) {
      return this;
    }
    return new HasilaJsonException(
        source, line > 0 ? line + lines : 0, column, record > 0 ? record + records : 0, path, expected, found, getCause());
  }

  private static String message(
      String source, long line, long column, String path, String expected, String found) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(" line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
    }
    sb.append(", ").append(path).append(": expected ").append(expected).append(" but found ").append(found);
    return sb.toString();
  }
}
