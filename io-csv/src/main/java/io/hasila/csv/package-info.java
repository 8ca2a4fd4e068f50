/**
 * Spreadsheet-grade CSV for Hasila: activities and audience snapshots, read and written through
 * {@link io.hasila.csv.HasilaCsv}.
 *
 * <p>Reading streams in constant memory, accepts what spreadsheets save (UTF-8 with or without
 * BOM, LF or CRLF, comma or semicolon, columns in any order) and follows the shared reading
 * contract of {@link io.hasila.io}: strict or lenient, every record accepted or rejected with its
 * position. Writing is atomic, plain or Excel-friendly, and neutralises spreadsheet formulas in a
 * way the reader reverses. Only {@code HasilaCsv}, the builders, readers, writers, {@code
 * CsvDialect} and {@code HasilaCsvException} are public; everything else is package-private.
 */
package io.hasila.csv;
