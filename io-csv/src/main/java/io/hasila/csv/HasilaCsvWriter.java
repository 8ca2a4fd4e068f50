package io.hasila.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A streaming writer of one CSV file or stream: the header first, then one record per value.
 *
 * <p>Every cell a spreadsheet could take for a formula is neutralised (see the module README). For
 * a file target, records go to a temporary file beside the target and {@link #commit()} moves it
 * into place atomically; {@link #close()} without a commit deletes the temporary file and leaves
 * the target as it was, so use try-with-resources and commit as the last statement. For a stream
 * target, commit flushes and closes. Not thread safe.
 */
public final class HasilaCsvWriter<T> implements Closeable {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Schema<T> schema;
  private final CsvWriter csv;
  private final FileChannel channel;
  private final Path temp;
  private final Path target;
  private final String[] cells;
  private boolean finished;

  private HasilaCsvWriter(
      Schema<T> schema, CsvDialect dialect, char delimiter, OutputStream out, FileChannel channel, Path temp, Path target)
      throws IOException {
    this.schema = schema;
    this.channel = channel;
    this.temp = temp;
    this.target = target;
    this.cells = new String[schema.columns().size()];
    if (dialect.bom()) {
      out.write(BOM);
    }
    this.csv =
        CsvWriter.builder()
            .fieldSeparator(delimiter)
            .quoteStrategy(QuoteStrategies.REQUIRED)
            .lineDelimiter(dialect == CsvDialect.EXCEL ? LineDelimiter.CRLF : LineDelimiter.LF)
            .build(out, StandardCharsets.UTF_8);
    csv.writeRecord(schema.columns());
  }

  static <T> HasilaCsvWriter<T> toFile(Schema<T> schema, CsvDialect dialect, char delimiter, Path target)
      throws IOException {
    Path temp = AtomicFiles.tempFor(target);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      return new HasilaCsvWriter<>(schema, dialect, delimiter, Channels.newOutputStream(channel), channel, temp, target);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      AtomicFiles.discard(temp, e);
      throw e;
    }
  }

  static <T> HasilaCsvWriter<T> toStream(Schema<T> schema, CsvDialect dialect, char delimiter, OutputStream out)
      throws IOException {
    return new HasilaCsvWriter<>(schema, dialect, delimiter, out, null, null, null);
  }

  /** Writes one value as one record. */
  public HasilaCsvWriter<T> write(T value) throws IOException {
    if (finished) {
      throw new IllegalStateException("HasilaCsvWriter is already committed or closed");
    }
    schema.encode(value, cells);
    for (int i = 0; i < cells.length; i++) {
      cells[i] = Cells.neutralise(cells[i]);
    }
    try {
      csv.writeRecord(cells);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return this;
  }

  /** Writes each value in turn. */
  public HasilaCsvWriter<T> writeAll(Iterable<? extends T> values) throws IOException {
    for (T value : values) {
      write(value);
    }
    return this;
  }

  /** Finishes the output: for a file, flushes it to disk and moves it over the target atomically. */
  public void commit() throws IOException {
    if (finished) {
      throw new IllegalStateException("HasilaCsvWriter is already committed or closed");
    }
    finished = true;
    try {
      csv.flush();
      if (channel != null) {
        channel.force(true);
      }
      csv.close();
      if (temp != null) {
        AtomicFiles.publish(temp, target);
      }
    } catch (IOException | RuntimeException e) {
      if (temp != null) {
        AtomicFiles.discard(temp, e);
      }
      throw e;
    }
  }

  /** Closes the writer; for a file not yet committed, deletes the temporary file and leaves the target untouched. */
  @Override
  public void close() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    if (temp == null) {
      csv.close();
      return;
    }
    try {
      csv.close();
    } catch (IOException | RuntimeException e) {
      AtomicFiles.discard(temp, e);
      throw e;
    }
    AtomicFiles.discard(temp, null);
  }
}
