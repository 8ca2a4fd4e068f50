package io.hasila.csv;

import io.hasila.model.Property;
import io.hasila.model.RecordBuilder;
import io.hasila.model.RecordType;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one described {@link Property} of a record type sits in a row, and how it is read from and
 * written to its cells: one cell for a value ({@link Single}), one cell of {@code |}-separated
 * items for several values ({@link Many}) or several nested records ({@link Items}), one column per
 * nested property for a single nested record ({@link Nested}).
 *
 * <p>Slots are made once per layout from the descriptions and are immutable; the state of a read
 * (caches, deferred problems) is in the {@link Decoding} passed in.
 */
abstract class Slot {
  /** Records kept per cache: units and nested items repeat on most rows. */
  static final int KEPT = 1_024;

  final Property<Object, Object> property;

  @SuppressWarnings("unchecked")
  Slot(Property<?, ?> property) {
    this.property = (Property<Object, Object>) property;
  }

  /** Reads the property from the row into the builder; throws {@link CellProblem} for a bad cell. */
  abstract void decode(Row row, RecordBuilder<Object> builder, Decoding decoding);

  /** Writes the property of {@code record} into its cells, which start blank. */
  abstract void encode(Object record, String[] cells);

  /** The name of the slot's first column. */
  abstract String firstColumn();

  /** The index of the slot's first column. */
  abstract int firstIndex();

  /** Marks the columns the slot reads in {@code columns}. */
  void columns(boolean[] columns) {
    columns[firstIndex()] = true;
  }

  /** The column holding {@code path} below this property ({@code ""} for the property itself), for messages. */
  String columnOf(String path) {
    return firstColumn();
  }

  /** One value, or none, in one cell. */
  static final class Single extends Slot {
    final Cell cell;
    private final boolean required;
    private final Object defaultValue;
    private final String requiredMessage;

    Single(Property<?, ?> property, Cell cell, String requiredMessage) {
      super(property);
      this.cell = cell;
      this.required = property.required();
      this.defaultValue = property.defaultValue().orElse(null);
      this.requiredMessage = requiredMessage;
    }

    @Override
    void decode(Row row, RecordBuilder<Object> builder, Decoding decoding) {
      String v = row.get(cell.index);
      if (v.isBlank()) {
        if (defaultValue != null) {
          builder.set(property, defaultValue);
        } else if (required) {
          throw CellProblem.inCell(cell.column, requiredMessage, v);
        }
        return;
      }
      builder.set(property, decoding.value(cell, v));
    }

    @Override
    void encode(Object record, String[] cells) {
      Optional<Object> v = property.value(record);
      if (v.isPresent()) {
        cells[cell.index] = cell.format(v.get());
      }
    }

    @Override
    String firstColumn() {
      return cell.column;
    }

    @Override
    int firstIndex() {
      return cell.index;
    }
  }

  /** Any number of values in one cell, separated by {@code |}. */
  static final class Many extends Slot {
    final Cell cell;
    private final boolean required;
    private final String requiredMessage;

    Many(Property<?, ?> property, Cell cell, String requiredMessage) {
      super(property);
      this.cell = cell;
      this.required = property.required();
      this.requiredMessage = requiredMessage;
    }

    @Override
    void decode(Row row, RecordBuilder<Object> builder, Decoding decoding) {
      String v = row.get(cell.index);
      if (v.isBlank()) {
        if (required) {
          throw CellProblem.inCell(cell.column, requiredMessage, v);
        }
        return;
      }
      List<String> items = Cells.splitList(v);
      for (int i = 0; i < items.size(); i++) {
        builder.set(property, decoding.value(cell, items.get(i)));
      }
    }

    @Override
    void encode(Object record, String[] cells) {
      List<Object> values = property.values(record);
      if (values.isEmpty()) {
        return;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          sb.append(Cells.LIST_SEPARATOR);
        }
        Cells.appendEscaped(sb, cell.format(values.get(i)), false);
      }
      cells[cell.index] = sb.toString();
    }

    @Override
    String firstColumn() {
      return cell.column;
    }

    @Override
    int firstIndex() {
      return cell.index;
    }
  }

  /**
   * A single nested record, one column per nested property: absent when all its cells are blank
   * (if it is optional), built and checked by its own type's builder otherwise.
   */
  static final class Nested extends Slot {
    private final RecordType<Object> type;
    private final Slot[] parts;
    private final boolean required;
    /** The cache of records by their cells, or -1 if the record is not cached. */
    private final int cache;

    @SuppressWarnings("unchecked")
    Nested(Property<?, ?> property, RecordType<?> type, List<Slot> parts, int cache) {
      super(property);
      this.type = (RecordType<Object>) type;
      this.parts = parts.toArray(new Slot[0]);
      this.required = property.cardinality() == Property.Cardinality.ONE;
      this.cache = cache;
    }

    @Override
    void columns(boolean[] columns) {
      for (Slot part : parts) {
        part.columns(columns);
      }
    }

    @Override
    void decode(Row row, RecordBuilder<Object> builder, Decoding decoding) {
      Map<String, Object> kept = null;
      String first = null;
      if (cache >= 0) {
        kept = decoding.cache(cache);
        first = row.get(parts[0].firstIndex());
        Object hit = kept.get(first);
        if (hit != null && ((Kept) hit).matches(row, parts)) {
          builder.set(property, ((Kept) hit).record);
          return;
        }
      }
      if (!required && allBlank(row)) {
        return;
      }
      boolean clean = decoding.clean();
      RecordBuilder<Object> nested = type.builder();
      for (Slot part : parts) {
        part.decode(row, nested, decoding);
      }
      Object record;
      try {
        record = nested.build();
      } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
        throw decoding.modelFailure(e, this::columnOf);
      }
      if (kept != null && clean && decoding.clean() && kept.size() < KEPT) {
        kept.put(first, new Kept(row, parts, record));
      }
      builder.set(property, record);
    }

    private boolean allBlank(Row row) {
      for (Slot part : parts) {
        if (!row.get(part.firstIndex()).isBlank()) {
          return false;
        }
      }
      return true;
    }

    @Override
    void encode(Object record, String[] cells) {
      Optional<Object> v = property.value(record);
      if (v.isPresent()) {
        for (Slot part : parts) {
          part.encode(v.get(), cells);
        }
      }
    }

    @Override
    String firstColumn() {
      return parts[0].firstColumn();
    }

    @Override
    int firstIndex() {
      return parts[0].firstIndex();
    }

    @Override
    String columnOf(String path) {
      int dot = path.indexOf('.');
      String head = dot < 0 ? path : path.substring(0, dot);
      for (Slot part : parts) {
        if (part.property.name().equals(head)) {
          return part.columnOf(dot < 0 ? "" : path.substring(dot + 1));
        }
      }
      return firstColumn();
    }

    /** A nested record decoded before, with the cells it came from. */
    private static final class Kept {
      final String[] cells;
      final Object record;

      Kept(Row row, Slot[] parts, Object record) {
        this.cells = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
          cells[i] = row.get(parts[i].firstIndex());
        }
        this.record = record;
      }

      boolean matches(Row row, Slot[] parts) {
        for (int i = 1; i < parts.length; i++) {
          if (!row.get(parts[i].firstIndex()).equals(cells[i])) {
            return false;
          }
        }
        return true;
      }
    }
  }

  /**
   * Any number of nested records in one cell: items separated by {@code |}, each item its
   * properties' values joined by {@code :} in a fixed order, the last one split off whole.
   */
  static final class Items extends Slot {
    private final Cell cell;
    private final RecordType<Object> type;
    private final List<Property<Object, Object>> parts;
    private final Cell[] partCells;
    private final boolean required;
    private final String requiredMessage;
    private final String malformed;
    private final int cache;

    @SuppressWarnings("unchecked")
    Items(
        Property<?, ?> property,
        Cell cell,
        RecordType<?> type,
        List<Property<?, ?>> parts,
        List<Cell> partCells,
        String requiredMessage,
        String malformed,
        int cache) {
      super(property);
      this.cell = cell;
      this.type = (RecordType<Object>) type;
      List<Property<Object, Object>> own = new ArrayList<>(parts.size());
      for (Property<?, ?> p : parts) {
        own.add((Property<Object, Object>) p);
      }
      this.parts = List.copyOf(own);
      this.partCells = partCells.toArray(new Cell[0]);
      this.required = property.required();
      this.requiredMessage = requiredMessage;
      this.malformed = malformed;
      this.cache = cache;
    }

    @Override
    void decode(Row row, RecordBuilder<Object> builder, Decoding decoding) {
      String v = row.get(cell.index);
      if (v.isBlank()) {
        if (required) {
          throw CellProblem.inCell(cell.column, requiredMessage, v);
        }
        return;
      }
      Map<String, Object> kept = decoding.cache(cache);
      List<String> items = Cells.splitRaw(v, Cells.LIST_SEPARATOR, Integer.MAX_VALUE);
      for (int i = 0; i < items.size(); i++) {
        String item = items.get(i);
        Object record = kept.get(item);
        if (record == null) {
          record = item(item, v, decoding);
          if (decoding.clean() && kept.size() < KEPT) {
            kept.put(item, record);
          }
        }
        builder.set(property, record);
      }
    }

    private Object item(String item, String cellText, Decoding decoding) {
      List<String> texts = Cells.splitRaw(item, Cells.PART_SEPARATOR, parts.size());
      if (texts.size() != parts.size()) {
        throw CellProblem.inCell(cell.column, malformed, cellText);
      }
      RecordBuilder<Object> nested = type.builder();
      for (int p = 0; p < parts.size(); p++) {
        String text = Cells.unescape(texts.get(p));
        if (text.isBlank() && !parts.get(p).required()) {
          continue;
        }
        nested.set(parts.get(p), decoding.value(partCells[p], text));
      }
      try {
        return nested.build();
      } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
        throw decoding.modelFailure(e, path -> cell.column);
      }
    }

    @Override
    void encode(Object record, String[] cells) {
      List<Object> values = property.values(record);
      if (values.isEmpty()) {
        return;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          sb.append(Cells.LIST_SEPARATOR);
        }
        Object item = values.get(i);
        for (int p = 0; p < parts.size(); p++) {
          if (p > 0) {
            sb.append(Cells.PART_SEPARATOR);
          }
          Optional<Object> v = parts.get(p).value(item);
          if (v.isPresent()) {
            Cells.appendEscaped(sb, partCells[p].format(v.get()), p < parts.size() - 1);
          }
        }
      }
      cells[cell.index] = sb.toString();
    }

    @Override
    String firstColumn() {
      return cell.column;
    }

    @Override
    int firstIndex() {
      return cell.index;
    }
  }
}
