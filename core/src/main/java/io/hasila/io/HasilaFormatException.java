package io.hasila.io;

import java.util.Objects;
import java.util.Optional;

/**
 * A record or file a Hasila format could not read (or write), with where it happened and what was
 * expected there: the one exception type every format throws, whatever the format.
 *
 * <p>Each format has its subclass ({@code HasilaJsonException}, {@code HasilaCsvException}) with
 * its own message shape, but the same parts: the source (usually a file name), the line the
 * faulty record starts on, the column in characters where known, the record's number, the field at
 * fault (a JSON path or a CSV column), what was expected and what was found. Lines, columns and
 * records count from 1; 0 means "not known" or "the file as a whole". An I/O failure is reported
 * the same way, with its cause attached. Unchecked in every format.
 */
public abstract class HasilaFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The source read or written. */
  private final String source;
  /** The line the faulty record starts on; 0 if not known. */
  private final long line;
  /** The column of the fault; 0 if not known. */
  private final long column;
  /** The faulty record's number; 0 if not known. */
  private final long record;
  /** The field at fault, or null. */
  private final String field;
  /** What was expected. */
  private final String expected;
  /** What was found, or null. */
  private final String found;

  /** For the formats' subclasses: the message and its parts; {@code field} and {@code found} may be null. */
  protected HasilaFormatException(
      String message,
      String source,
      long line,
      long column,
      long record,
      String field,
      String expected,
      String found,
      Throwable cause) {
    this(message, source, line, column, record, field, expected, found, cause, true);
  }

  /**
   * As the other constructor, with no stack trace unless {@code stackTrace}: for a fault that a
   * lenient reader turns into a rejection and never throws, where filling a stack trace per bad
   * record would only cost time.
   */
  protected HasilaFormatException(
      String message,
      String source,
      long line,
      long column,
      long record,
      String field,
      String expected,
      String found,
      Throwable cause,
      boolean stackTrace) {
    super(message, cause, true, stackTrace);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.record = record;
    this.field = field;
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = found;
  }

  /** The name of the source read or written, usually a file name. */
  public String source() {
    return source;
  }

  /** The line the faulty record starts on, from 1; 0 if not known or for the file as a whole. */
  public long line() {
    return line;
  }

  /** The column of the fault in characters (code points), from 1; 0 if not known. */
  public long column() {
    return column;
  }

  /** The faulty record's number among the records read, from 1; 0 for a header or the file as a whole. */
  public long record() {
    return record;
  }

  /** The field at fault, as the format names it (a JSON path, a CSV column), if the fault is in one field. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** What was expected, in words. */
  public String expected() {
    return expected;
  }

  /** What was found instead, as the message shows it, if anything was found. */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }

  /** {@code expected ... but found ...}: the reason without the position. */
  public String reason() {
    return found == null ? "expected " + expected : "expected " + expected + " but found " + found;
  }
}
