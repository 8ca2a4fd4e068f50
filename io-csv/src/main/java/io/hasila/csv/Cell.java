package io.hasila.csv;

import io.hasila.model.ValueType;

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
    return kind == ValueType.Kind.TEXT || kind == ValueType.Kind.LANGUAGE ? (String) value : type.format(value);
  }
}
