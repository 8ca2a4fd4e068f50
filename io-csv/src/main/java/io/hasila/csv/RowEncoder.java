package io.hasila.csv;

import java.util.List;

/** What a CSV file written by {@link HasilaCsvWriter} holds: its header and the cells of each value. */
interface RowEncoder<T> {
  /** The column names, in writing order. */
  List<String> header();

  /** Fills {@code cells} (one per column, in column order) with the value's text, blank where absent. */
  void encode(T value, String[] cells);
}
