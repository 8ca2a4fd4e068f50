package io.hasila.csv;

import java.util.List;

/** What a CSV file written by {@link HasilaCsvWriter} holds: its header and the cells of each value. */
interface RowEncoder<T> {
  /** The column names, in writing order. */
  List<String> header();

  /** Fills {@code cells} (one per column, in column order) with the value's text, blank where absent. */
  void encode(T value, String[] cells);

  /**
   * Whether a column holds signed numbers: a cell of it that is a plain number ({@code -12},
   * {@code -12,5}) is written as it is, since a spreadsheet reads it as a number, not a formula;
   * anything else in it is neutralised like every cell. False unless overridden.
   */
  default boolean signedNumbers(int column) {
    return false;
  }
}
