package io.hasila.csv;

/**
 * One data record seen through the header: cells by schema column, formula marks removed.
 *
 * <p>Mutable and reused for every record of a file, so reading allocates nothing per row here.
 */
final class Row {
  private final int[] position;
  private CsvCells record;
  private boolean bareCrs;

  /** A row view for a header that puts schema column {@code i} at field {@code position[i]} (-1 if absent). */
  Row(int[] position) {
    this.position = position;
  }

  /** Where each schema column is among the record's fields (-1 if absent). */
  int[] positions() {
    return position.clone();
  }

  /** Views {@code record}; {@code bareCrs} if its cells may hold the stand-ins of bare CRs ({@link CsvText#BARE_CR}). */
  void set(CsvCells record, boolean bareCrs) {
    this.record = record;
    this.bareCrs = bareCrs;
  }

  /**
   * The cell of schema column {@code column} with its formula mark removed; blank if the file lacks
   * the column or the read skipped it (outside its projection).
   */
  String get(int column) {
    int p = position[column];
    if (p < 0) {
      return "";
    }
    String v = record.getField(p);
    if (v == null) {
      return ""; // skipped: outside the projection
    }
    return Cells.restore(bareCrs ? CsvText.withBareCrs(v) : v);
  }
}
