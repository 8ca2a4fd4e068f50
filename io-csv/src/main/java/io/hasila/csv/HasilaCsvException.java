package io.hasila.csv;

import io.hasila.io.HasilaFormatException;

/**
 * A CSV source Hasila cannot read, or a file it cannot write: where the fault is (file, line,
 * record, column) and what was expected.
 *
 * <p>The line is the one the faulty record <em>starts</em> on (a quoted cell may span several
 * lines), counting the header as line 1, except for bytes that are not text in the reader's
 * charset: then it is the line of the first bad byte, the {@link #column() column} is its
 * character in that line, and the message names its byte offset in the file. The record counts
 * data records from 1; it is 0 for a fault in the header or in the file as a whole. The {@link
 * #field() field} is the name of the column at fault; the {@link #column() column} in characters
 * is otherwise not tracked (0). Thrown by strict
 * readers at the first bad record, by every reader for a bad header, a broken file or an I/O
 * failure (with its cause attached), and by writers for an I/O failure. The message reads, for
 * example: {@code activities.csv line 42, column "date": expected an ISO date (yyyy-MM-dd) but
 * found "31/12/2020"}.
 */
public final class HasilaCsvException extends HasilaFormatException {
  private static final long serialVersionUID = 1L;

  HasilaCsvException(
      String source, long line, long record, String field, String expected, String found, Throwable cause) {
    this(source, line, 0, record, field, expected, found, cause);
  }

  HasilaCsvException(
      String source,
      long line,
      long column,
      long record,
      String field,
      String expected,
      String found,
      Throwable cause) {
    super(message(source, line, field, expected, found), source, line, column, record, field, expected, found, cause);
  }

  /** The same failure at {@code line} and {@code record}, for an I/O failure met while reading. */
  HasilaCsvException at(long line, long record) {
    return new HasilaCsvException(source(), line, column(), record, field().orElse(null), expected(), found().orElse(null), getCause());
  }

  private static String message(String source, long line, String field, String expected, String found) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (field != null) {
      sb.append(", column \"").append(field).append('"');
    }
    return sb.append(": ").append(CellProblem.reason(expected, found)).toString();
  }

  /** This fault moved down by {@code lines} lines and {@code records} records, for a piece read from the middle of a file. */
  HasilaCsvException shifted(long lines, long records) {
    if (lines == 0 && records == 0) {
      return this;
    }
    return new HasilaCsvException(
        source(),
        line() + lines,
        column(),
        record() > 0 ? record() + records : 0,
        field().orElse(null),
        expected(),
        found().orElse(null),
        getCause());
  }
}
