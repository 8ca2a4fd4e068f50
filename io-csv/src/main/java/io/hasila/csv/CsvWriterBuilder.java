package io.hasila.csv;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Configures and opens writers of one kind of CSV file; get one from {@link HasilaCsv}.
 *
 * <p>Defaults: {@link CsvDialect#PLAIN}, comma delimiter. Every file starts with the header line
 * naming all columns in their documented order. A builder is mutable and not thread safe; each
 * writer it opens takes a copy of its settings.
 */
public final class CsvWriterBuilder<T> {
  private final Schema<T> schema;
  private CsvDialect dialect = CsvDialect.PLAIN;
  private char delimiter = ',';

  CsvWriterBuilder(Schema<T> schema) {
    this.schema = schema;
  }

  /** Plain (no BOM, LF; the default) or Excel-friendly (BOM, CRLF). */
  public CsvWriterBuilder<T> dialect(CsvDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    return this;
  }

  /** The delimiter: ',' (the default) or ';' for spreadsheets in locales such as French. */
  public CsvWriterBuilder<T> delimiter(char delimiter) {
    if (delimiter != ',' && delimiter != ';') {
      throw new IllegalArgumentException("delimiter must be ',' or ';' but was: '" + delimiter + "'");
    }
    this.delimiter = delimiter;
    return this;
  }

  /**
   * Opens a writer to a file; nothing appears at {@code file} until {@link HasilaCsvWriter#commit()},
   * which replaces it atomically. Closing without committing leaves any existing file as it was.
   */
  public HasilaCsvWriter<T> open(Path file) throws IOException {
    return HasilaCsvWriter.toFile(schema, dialect, delimiter, Objects.requireNonNull(file, "file"));
  }

  /** Opens a writer to a byte stream; {@link HasilaCsvWriter#close()} flushes and closes the stream. */
  public HasilaCsvWriter<T> open(OutputStream out) throws IOException {
    return HasilaCsvWriter.toStream(schema, dialect, delimiter, Objects.requireNonNull(out, "out"));
  }

  /** Writes all values to a file atomically: the old file stays as it was if anything fails. */
  public void write(Path file, Iterable<? extends T> values) throws IOException {
    Objects.requireNonNull(values, "values");
    try (HasilaCsvWriter<T> writer = open(file)) {
      writer.writeAll(values);
      writer.commit();
    }
  }

  /** Writes all values to a byte stream, flushes it and leaves it open. */
  public void write(OutputStream out, Iterable<? extends T> values) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(values, "values");
    try (HasilaCsvWriter<T> writer = open(new KeepOpen(out))) {
      writer.writeAll(values);
      writer.commit();
    }
  }

  /** Passes everything through but close, which only flushes. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
