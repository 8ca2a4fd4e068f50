package io.hasila.csv;

import io.hasila.model.Projection;
import io.hasila.model.RecordBuilder;
import io.hasila.model.Term;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes the rows of one {@link FileLayout} against one set of {@link Vocabularies}: the codes of
 * each vocabulary the layout uses in a hash table, and the caches of nested records that repeat
 * from row to row (units, nested items), bounded.
 *
 * <p>Thread safe: the readers of the pieces of one file share a decoder, each with its own {@link
 * Decoding}.
 */
final class RecordDecoder<T> {
  private final FileLayout<T> layout;
  private final Vocabularies vocabularies;
  private final List<Map<String, Term>> codes;
  private final List<Map<String, Object>> caches;
  /** The plans restricted to a projection, by plan index; null when every property is decoded. */
  private final FileLayout.Plan[] projected;
  /** The schema columns a projected read materialises; null when all are. */
  private final boolean[] columns;

  private RecordDecoder(RecordDecoder<T> full, Projection projection) {
    this.layout = full.layout;
    this.vocabularies = full.vocabularies;
    this.codes = full.codes;
    this.caches = full.caches;
    this.projected = layout.project(projection);
    this.columns = layout.columnsOf(projected);
  }

  /** This decoder decoding only what {@code projection} reads (itself for every property). */
  RecordDecoder<T> projected(Projection projection) {
    return projection.isAll() ? this : new RecordDecoder<>(this, projection);
  }

  /** The schema columns a read materialises; null when it materialises all. */
  boolean[] columns() {
    return columns;
  }

  RecordDecoder(FileLayout<T> layout, Vocabularies vocabularies) {
    this.projected = null;
    this.columns = null;
    this.layout = layout;
    this.vocabularies = vocabularies;
    List<Map<String, Term>> tables = new ArrayList<>();
    for (Vocabulary<?> v : layout.vocabularies()) {
      Map<String, Term> table = new HashMap<>();
      for (Term t : vocabularies.terms(v)) {
        table.put(t.code(), t);
      }
      tables.add(table);
    }
    this.codes = List.copyOf(tables);
    List<Map<String, Object>> kept = new ArrayList<>();
    for (int i = 0; i < layout.caches(); i++) {
      kept.add(new ConcurrentHashMap<>());
    }
    this.caches = List.copyOf(kept);
  }

  /** A decoding state for one reader. */
  Decoding decoding() {
    return new Decoding(this, layout.noun());
  }

  /** The record of a row; throws {@link CellProblem} naming the column at fault. */
  @SuppressWarnings("unchecked")
  T decode(Row row, Decoding decoding) {
    FileLayout.Plan plan = layout.plan(row);
    if (projected != null) {
      plan = projected[plan.index];
    }
    int[] blank = plan.blank;
    for (int i = 0; i < blank.length; i++) {
      String v = row.get(blank[i]);
      if (!v.isEmpty()) {
        throw layout.notBlank(plan, blank[i], v);
      }
    }
    decoding.start();
    RecordBuilder<Object> builder = plan.type.builder();
    for (Slot slot : plan.slots) {
      slot.decode(row, builder, decoding);
    }
    Object record;
    try {
      record = builder.build();
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      throw decoding.modelFailure(e, plan::columnOf);
    }
    decoding.finish();
    return (T) record;
  }

  /** The term of a code cell, surrounding spaces ignored; an unknown code names the closest known one. */
  Term term(Cell cell, String text) {
    Map<String, Term> table = codes.get(cell.vocabulary);
    Term t = table.get(text);
    if (t != null) {
      return t;
    }
    String code = text.strip();
    t = table.get(code);
    if (t != null) {
      return t;
    }
    Vocabulary<?> v = cell.type.vocabulary().orElseThrow();
    throw new CellProblem(
        cell.column,
        "a known code of " + v.name() + " (" + String.join(", ", vocabularies.codes(v)) + ")",
        CellProblem.quote(code)
            + vocabularies.closest(v, code).map(c -> " (did you mean \"" + c + "\"?)").orElse(""));
  }

  Map<String, Object> cache(int id) {
    return caches.get(id);
  }
}
