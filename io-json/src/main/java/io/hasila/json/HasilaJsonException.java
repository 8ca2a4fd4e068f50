package io.hasila.json;

import io.hasila.io.HasilaFormatException;
import io.hasila.io.Rejection;
import java.util.Objects;

/**
 * A record Hasila's JSON formats could not read, or a file they could not read or write, with
 * where it happened and what was expected there: the JSON form of {@link HasilaFormatException}.
 *
 * <p>The message has the shape {@code activities.jsonl line 1042, column 9, $.date: expected an
 * ISO date (yyyy-MM-dd) but found "31/12/2020"}. Lines, columns and records count from 1; a
 * column counts Unicode code points; 0 means "not known" (for example, a failure to open a file).
 * The {@link #field() field} is the JSON path of the value at fault, relative to the document read
 * ({@code $} is a JSON Lines record or the whole document). Validation failures of the model (a
 * negative count, a blank id) are reported the same way, at the field concerned. Unchecked.
 */
public final class HasilaJsonException extends HasilaFormatException {
  private static final long serialVersionUID = 2L;

  HasilaJsonException(
      String source,
      long line,
      long column,
      long record,
      String path,
      String expected,
      String found,
      Throwable cause) {
    this(source, line, column, record, path, expected, found, cause, true);
  }

  /** The same, with no stack trace unless {@code stackTrace}: for a fault that only becomes a rejection. */
  HasilaJsonException(
      String source,
      long line,
      long column,
      long record,
      String path,
      String expected,
      String found,
      Throwable cause,
      boolean stackTrace) {
    super(
        message(source, line, column, path, expected, found),
        source,
        line,
        column,
        record,
        Objects.requireNonNull(path, "path"),
        expected,
        Objects.requireNonNull(found, "found"),
        cause,
        stackTrace);
  }

  /** This fault as a lenient reader's rejection of the record whose raw text is {@code raw}. */
  Rejection toRejection(long recordLine, String raw) {
    String where =
        line() == recordLine
            ? (column() > 0 ? " (column " + column() + ")" : "")
            : " (line " + line() + (column() > 0 ? ", column " + column() : "") + ")";
    return Rejection.builder()
        .source(source())
        .line(recordLine)
        .record(record())
        .field(path())
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
        source(), line() > 0 ? line() + lines : 0, column(), record() > 0 ? record() + records : 0, path(), expected(), foundText(), getCause());
  }

  /** The JSON path, always present in this format. */
  String path() {
    return field().orElse("$");
  }

  /** What was found, always present in this format. */
  String foundText() {
    return found().orElse("");
  }

  private static String message(String source, long line, long column, String path, String expected, String found) {
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
