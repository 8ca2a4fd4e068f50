/**
 * Spreadsheet-grade CSV for Hasila: activities and audience snapshots, read and written through
 * {@link io.hasila.csv.HasilaCsv}.
 *
 * <p>The columns are derived from the core's record descriptions ({@link
 * io.hasila.model.ActivityType#all()}, {@link io.hasila.model.AudienceSnapshot#TYPE}) and listed
 * as {@link io.hasila.csv.CsvColumn}s. Reading streams in constant memory, accepts what
 * spreadsheets save (UTF-8 with or without BOM, LF or CRLF, comma or semicolon, columns in any
 * order) and follows the shared reading contract of {@link io.hasila.io}: {@link
 * io.hasila.csv.CsvRecordReader} is a {@link io.hasila.io.RecordReader}, {@link
 * io.hasila.csv.HasilaCsvReader} a {@link io.hasila.io.RecordStream}, {@link
 * io.hasila.csv.HasilaCsvWriter} a {@link io.hasila.io.RecordWriter}, and every failure a {@link
 * io.hasila.csv.HasilaCsvException}. Writing is atomic, plain or Excel-friendly, and neutralises
 * spreadsheet formulas in a way the reader reverses.
 */
package io.hasila.csv;
