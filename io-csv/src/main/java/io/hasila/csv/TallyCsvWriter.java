package io.hasila.csv;

import io.hasila.tally.Tally;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Exports a tally as a flat table a spreadsheet opens cleanly: one row per category, with its
 * path, depth, labels in Arabic, French and English, value and provenance; get one from
 * {@link HasilaCsv#tallyWriter()}.
 *
 * <p>The export is for people: it is not read back (tallies round-trip as JSON). Cells are
 * neutralised against formula injection like every Hasila CSV, and file writes are atomic.
 * Defaults: {@link CsvDialect#PLAIN}, comma delimiter. Mutable and not thread safe.
 */
public final class TallyCsvWriter {
  private final CsvWriterBuilder<TallySchema.Line> builder = new CsvWriterBuilder<>(TallySchema.INSTANCE);

  TallyCsvWriter() {}

  /** Plain (no BOM, LF; the default) or Excel-friendly (BOM, CRLF). */
  public TallyCsvWriter dialect(CsvDialect dialect) {
    builder.dialect(dialect);
    return this;
  }

  /** The delimiter: ',' (the default) or ';' for spreadsheets in locales such as French. */
  public TallyCsvWriter delimiter(char delimiter) {
    builder.delimiter(delimiter);
    return this;
  }

  /** Writes the tally to a file atomically: the old file stays as it was if anything fails. */
  public void write(Path file, Tally tally) throws IOException {
    builder.write(file, TallySchema.lines(Objects.requireNonNull(tally, "tally")));
  }

  /** Writes the tally to a byte stream, flushes it and leaves it open. */
  public void write(OutputStream out, Tally tally) throws IOException {
    builder.write(out, TallySchema.lines(Objects.requireNonNull(tally, "tally")));
  }
}
