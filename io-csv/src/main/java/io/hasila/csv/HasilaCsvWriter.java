package io.hasila.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import io.hasila.internal.AtomicFile;
import io.hasila.internal.Encodings;
import io.hasila.io.RecordWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes one CSV file or stream: the header first, then one record per row; what {@link
 * HasilaCsv#activityWriter(Path)} and its siblings return.
 *
 * <p>Every cell a spreadsheet could take for a formula is neutralised (see the module README). On
 * a file, rows go to a temporary file beside it and {@link #commit()} moves it over the file
 * atomically; {@link #close()} without a commit deletes the temporary file and leaves the file as it
 * was, so use try-with-resources and commit as the last statement. On a stream, {@link #commit()}
 * flushes it; the stream is never closed, it belongs to the caller. Every I/O failure is a {@link
 * HasilaCsvException} naming the target. Not thread safe.
 *
 * @param <T> the record type
 */
public final class HasilaCsvWriter<T> implements RecordWriter<T> {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final RowEncoder<T> encoder;
  private final String target;
  private final AtomicFile file;
  private final CsvWriter csv;
  private final String[] cells;
  private long written;
  private boolean finished;

  private HasilaCsvWriter(
      RowEncoder<T> encoder, CsvDialect dialect, char delimiter, OutputStream out, AtomicFile file, String target) {
    this.encoder = encoder;
    this.file = file;
    this.target = target;
    this.cells = new String[encoder.header().size()];
    try {
      if (dialect.bom()) {
        out.write(BOM);
      }
    } catch (IOException e) {
      throw CsvRecordReader.ioFailure(target, "a writable target", e);
    }
    this.csv =
        CsvWriter.builder()
            .fieldSeparator(delimiter)
            .quoteStrategy(QuoteStrategies.REQUIRED)
            .lineDelimiter(dialect == CsvDialect.EXCEL ? LineDelimiter.CRLF : LineDelimiter.LF)
            .build(out, StandardCharsets.UTF_8);
    writeCells(encoder.header().toArray(new String[0]));
  }

  /** A writer of a new version of {@code path}, which appears only on {@link #commit()}. */
  static <T> HasilaCsvWriter<T> toFile(RowEncoder<T> encoder, CsvDialect dialect, char delimiter, Path path) {
    String target = CsvRecordReader.sourceOf(path);
    AtomicFile file;
    try {
      file = AtomicFile.create(path);
    } catch (IOException e) {
      throw CsvRecordReader.ioFailure(target, "a writable file", e);
    }
    try {
      return new HasilaCsvWriter<>(encoder, dialect, delimiter, file.out(), file, target);
    } catch (RuntimeException e) {
      file.close();
      throw e;
    }
  }

  /** A writer to a stream, named {@code target} in errors, which it flushes on {@link #commit()} and never closes. */
  static <T> HasilaCsvWriter<T> toStream(RowEncoder<T> encoder, CsvDialect dialect, char delimiter, OutputStream out, String target) {
    return new HasilaCsvWriter<>(encoder, dialect, delimiter, out, null, target);
  }

  /**
   * Writes one record as one row.
   *
   * @throws IllegalStateException after {@link #commit()} or {@link #close()}
   * @throws HasilaCsvException when the output cannot be written
   */
  @Override
  public HasilaCsvWriter<T> write(T record) {
    if (finished) {
      throw new IllegalStateException("HasilaCsvWriter is already committed or closed: " + target);
    }
    try {
      encoder.encode(record, cells);
    } catch (CellProblem e) {
      throw new HasilaCsvException(target, 0, written + 1, e.column(), e.expected(), e.found(), e.getCause());
    }
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      int lone = Encodings.loneSurrogate(cell);
      if (lone >= 0) {
        throw new HasilaCsvException(
            target,
            0,
            written + 1,
            encoder.header().get(i),
            "Unicode text (a surrogate pair, never half of one)",
            Encodings.describeLoneSurrogate(cell, lone),
            null);
      }
      cells[i] = encoder.signedNumbers(i) && Cells.isPlainNumber(cell) ? cell : Cells.neutralise(cell);
    }
    writeCells(cells);
    written++;
    return this;
  }

  private void writeCells(String[] row) {
    try {
      csv.writeRecord(row);
    } catch (UncheckedIOException e) {
      throw new HasilaCsvException(
          target, 0, 0, null, "a writable target", String.valueOf(e.getCause()), e.getCause());
    }
  }

  /** How many records were written so far (the header is not a record). */
  @Override
  public long written() {
    return written;
  }

  /**
   * Finishes the output: flushes a stream, or flushes a file to disk and moves it over the target atomically.
   *
   * @throws IllegalStateException after {@link #commit()} or {@link #close()}
   * @throws HasilaCsvException when the output cannot be written or moved into place
   */
  @Override
  public void commit() {
    if (finished) {
      throw new IllegalStateException("HasilaCsvWriter is already committed or closed: " + target);
    }
    finished = true;
    try {
      csv.flush();
      if (file != null) {
        file.commit();
      }
    } catch (IOException | UncheckedIOException e) {
      if (file != null) {
        file.close();
      }
      IOException cause = e instanceof IOException ? (IOException) e : ((UncheckedIOException) e).getCause();
      throw CsvRecordReader.ioFailure(target, "a writable target", cause);
    }
  }

  /** Releases the output; a file not committed is left as it was and its temporary file deleted. */
  @Override
  public void close() {
    if (finished) {
      return;
    }
    finished = true;
    if (file != null) {
      file.close();
    }
  }
}
