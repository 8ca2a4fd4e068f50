package io.hasila.csv;

import io.hasila.internal.FastParse;
import io.hasila.model.ValueType;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One scalar value's place in a row: the column it is in and its {@link ValueType}, with what
 * decoding needs at hand (the kind, the bounds of a number, the vocabulary of a code by index).
 * Immutable.
 */
final class Cell {
  final int index;
  final String column;
  final ValueType<Object> type;
  final ValueType.Kind kind;
  /** The index of a code's vocabulary among the layout's vocabularies; -1 for other kinds. */
  final int vocabulary;
  final long min;
  final long max;

  @SuppressWarnings("unchecked")
  Cell(int index, String column, ValueType<?> type, int vocabulary) {
    this.index = index;
    this.column = column;
    this.type = (ValueType<Object>) type;
    this.kind = type.kind();
    this.vocabulary = vocabulary;
    this.min = type.minimum().orElse(0);
    this.max = type.maximum().orElse(Long.MAX_VALUE);
  }

  /** The canonical text of a value, as writers put it in the cell (before escaping and neutralisation). */
  String format(Object value) {
    if (kind == ValueType.Kind.TEXT || kind == ValueType.Kind.LANGUAGE) {
      return (String) value;
    }
    if ((kind == ValueType.Kind.DATE && !FastParse.fourDigitYear(((LocalDate) value).getYear()))
        || (kind == ValueType.Kind.DATE_TIME && !FastParse.fourDigitYear(((ZonedDateTime) value).getYear()))) {
      throw new CellProblem(column, "a " + (kind == ValueType.Kind.DATE ? "date" : "date-time") + " in the years 0000 to 9999", type.format(value));
    }
    return type.format(value);
  }
}
