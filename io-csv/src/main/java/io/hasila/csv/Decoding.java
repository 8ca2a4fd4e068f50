package io.hasila.csv;

import io.hasila.internal.FastParse;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of one reader while it decodes records: the shared {@link RecordDecoder} (codes and
 * caches) and the problem a row may have that only shows once the model accepted the row.
 *
 * <p>A number below its type's minimum or a text that is not a language tag is handed to the
 * model's builder, whose own check names the field in its words ({@code "PublicationIssue.number
 * must be at least 1"}); should the model accept it, the problem is reported after the build
 * instead. One per reader thread; not thread safe.
 */
final class Decoding {
  /** Core's validation messages: {@code "Type.field rule but was: value"}. */
  private static final Pattern SHAPE =
      Pattern.compile("^([A-Za-z]+)\\.([A-Za-z.]+) (.*?)(?: but was: (.*))?$", Pattern.DOTALL);

  private static final String SEPARATOR = " but was: ";

  private final RecordDecoder<?> decoder;
  private final String valid;
  private CsvNumbers numbers = CsvNumbers.DIGITS;
  private boolean deferred;
  private String deferredColumn;
  private String deferredExpected;
  private String deferredFound;

  Decoding(RecordDecoder<?> decoder, String noun) {
    this.decoder = decoder;
    this.valid = "a valid " + noun;
  }

  /** The value of a non-blank cell, of the cell's type. */
  Object value(Cell cell, String text) {
    switch (cell.kind) {
      case TEXT:
        return text;
      case LANGUAGE:
        String tag = text.strip();
        if (!FastParse.isLanguageTag(tag)) {
          defer(cell.column, cell.type.expected(), CellProblem.quote(text));
        }
        return tag;
      case BOOLEAN:
        return CellSyntax.bool(cell.column, text) ? Boolean.TRUE : Boolean.FALSE;
      case INTEGER:
        return Integer.valueOf((int) number(cell, text));
      case LONG:
        return Long.valueOf(number(cell, text));
      case DATE:
        return CellSyntax.date(cell.column, text);
      case DATE_TIME:
        return CellSyntax.dateTime(cell.column, text);
      case URI:
        return CellSyntax.uri(cell.column, text);
      case CODE:
        return decoder.term(cell, text);
      case RECORD:
      default:
        throw new IllegalStateException("a " + cell.type + " has no single cell");
    }
  }

  /** Reads whole numbers in the form {@code numbers} says from now on. */
  void numbers(CsvNumbers numbers) {
    this.numbers = numbers;
  }

  private long number(Cell cell, String text) {
    long n = CellSyntax.number(cell.column, text, cell.max, numbers);
    if (n < cell.min) {
      defer(cell.column, CellSyntax.wholeNumber(cell.min, cell.max), CellProblem.quote(text));
    }
    return n;
  }

  private void defer(String column, String expected, String found) {
    if (!deferred) {
      deferred = true;
      deferredColumn = column;
      deferredExpected = expected;
      deferredFound = found;
    }
  }

  /** Starts a row: no problem deferred yet. */
  void start() {
    deferred = false;
  }

  /** Whether no problem has been deferred in this row so far: what was decoded may be kept in a cache. */
  boolean clean() {
    return !deferred;
  }

  /** Ends a row the model accepted: throws the first problem deferred, if any. */
  void finish() {
    if (deferred) {
      throw new CellProblem(deferredColumn, deferredExpected, deferredFound);
    }
  }

  /** The cache number {@code id} of the decoder. */
  Map<String, Object> cache(int id) {
    return decoder.cache(id);
  }

  /**
   * The model's refusal of a record as a problem in the column of the field it names: {@code
   * "Type.path rule but was: value"} becomes {@code expected a valid <noun> (Type.path rule) but
   * found value}, in the column {@code columnOf} gives for the path (none if it gives null). A
   * message of another shape is kept whole, with no column.
   */
  CellProblem modelFailure(RuntimeException e, UnaryOperator<String> columnOf) {
    String message = String.valueOf(e.getMessage());
    Matcher m = SHAPE.matcher(message);
    if (!m.matches() || !message.contains(SEPARATOR)) {
      return new CellProblem(null, valid, CellProblem.quote(message), e);
    }
    String path = m.group(2);
    return new CellProblem(
        columnOf.apply(path), valid + " (" + m.group(1) + "." + path + " " + m.group(3) + ")", m.group(4), e);
  }
}
