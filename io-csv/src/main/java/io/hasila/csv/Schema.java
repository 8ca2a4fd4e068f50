package io.hasila.csv;

import java.util.List;
import java.util.Set;

/**
 * The column layout of one kind of record and how a value maps to and from its cells.
 *
 * <p>Columns are identified by their position in {@link #columns()}, the order they are written
 * in. Implementations are stateless apart from configuration and thread safe.
 */
interface Schema<T> {
  /** What a record holds, for messages: "activity", "snapshot". */
  String noun();

  /** The column names, in writing order. */
  List<String> columns();

  /** The columns a file's header must have; the others may be left out (read as blank). */
  Set<String> required();

  /** Decodes one record; throws {@link CellProblem} or the core's validation exceptions. */
  T decode(Row row);

  /** Fills {@code cells} (one per column, in column order) with the value's text, blank where absent. */
  void encode(T value, String[] cells);
}
