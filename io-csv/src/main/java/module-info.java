/**
 * Spreadsheet-grade CSV for Hasila: activities and audience snapshots read and written through
 * {@link io.hasila.csv.HasilaCsv}, with columns derived from the core's record descriptions, and
 * the tally export.
 */
module io.hasila.csv {
  requires transitive io.hasila.core;
  requires de.siegmar.fastcsv;

  exports io.hasila.csv;
}
