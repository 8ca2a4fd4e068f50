package io.hasila.csv;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Configures and opens readers of one kind of CSV file; get one from {@link HasilaCsv}.
 *
 * <p>Defaults: {@link ReadMode#STRICT strict}, delimiter detected from the header line (comma or
 * semicolon), rejections ignored. A UTF-8 byte order mark is skipped and LF, CRLF and CR line ends
 * are all accepted whatever the settings. A builder is mutable and not thread safe; each reader it
 * opens takes a copy of its settings.
 */
public final class CsvReaderBuilder<T> {
  private final Schema<T> schema;
  private ReadMode mode = ReadMode.STRICT;
  private Character delimiter;
  private Consumer<? super Rejection> onRejection = r -> {};

  CsvReaderBuilder(Schema<T> schema) {
    this.schema = schema;
  }

  /** Strict (stop at the first bad record, the default) or lenient (reject it and go on). */
  public CsvReaderBuilder<T> mode(ReadMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /** Reads with this delimiter instead of detecting it, e.g. {@code ';'}; not a quote, CR or LF. */
  public CsvReaderBuilder<T> delimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException(
          "delimiter must not be a double quote, CR or LF but was: " + (int) delimiter);
    }
    this.delimiter = delimiter;
    return this;
  }

  /** Detects the delimiter from the header line (the default): ';' if it has more semicolons than commas, else ','. */
  public CsvReaderBuilder<T> detectDelimiter() {
    this.delimiter = null;
    return this;
  }

  /** Receives each rejected record in lenient mode, in file order, as it is met. */
  public CsvReaderBuilder<T> onRejection(Consumer<? super Rejection> onRejection) {
    this.onRejection = Objects.requireNonNull(onRejection, "onRejection");
    return this;
  }

  /** Opens a streaming reader of a file, named in errors by its file name; reads and checks the header. */
  public HasilaCsvReader<T> open(Path file) throws IOException {
    return open(file, onRejection);
  }

  /** Opens a streaming reader of a UTF-8 byte stream, named {@code source} in errors; closing the reader closes it. */
  public HasilaCsvReader<T> open(InputStream in, String source) {
    return open(in, source, onRejection);
  }

  /** Reads a whole file into memory; for large files prefer {@link #open(Path)}. */
  public ReadResult<T> readAll(Path file) throws IOException {
    List<Rejection> rejections = new ArrayList<>();
    try (HasilaCsvReader<T> reader = open(file, collectingInto(rejections))) {
      return collect(reader, rejections);
    }
  }

  /** Reads a whole byte stream into memory and closes it; for large sources prefer {@link #open(InputStream, String)}. */
  public ReadResult<T> readAll(InputStream in, String source) throws IOException {
    List<Rejection> rejections = new ArrayList<>();
    try (HasilaCsvReader<T> reader = open(in, source, collectingInto(rejections))) {
      return collect(reader, rejections);
    }
  }

  /**
   * Reads a file with {@code parallelism} threads into {@code aggregator}, without holding the
   * values: the file is cut into pieces at record boundaries (found safely despite line breaks in
   * quoted cells), each read into its own accumulator, merged in file order. By the aggregator's
   * merge law the result is the one a sequential read gives.
   *
   * <p>Errors are those of {@link #open(Path)}, with the same absolute lines and records: in strict
   * mode the first bad record in file order throws; in lenient mode every record is accounted for
   * ({@code accepted + rejected == read}) and the rejections go to the {@link #onRejection}
   * consumer in file order, on the calling thread, once the whole file is read (they are held in
   * memory until then).
   */
  public <A, R> Aggregated<R> aggregate(Path file, Aggregator<? super T, A, R> aggregator, int parallelism)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(aggregator, "aggregator");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1 but was: " + parallelism);
    }
    return ParallelCsv.aggregate(
        schema, file, String.valueOf(file.getFileName()), parallelism, mode, delimiter, aggregator, onRejection, ParallelCsv.MIN_PIECE_BYTES);
  }

  /** {@link #aggregate(Path, Aggregator, int)} with pieces of at least {@code minPieceBytes}, for tests. */
  <A, R> Aggregated<R> aggregate(Path file, Aggregator<? super T, A, R> aggregator, int parallelism, long minPieceBytes)
      throws IOException {
    return ParallelCsv.aggregate(
        schema, file, String.valueOf(file.getFileName()), parallelism, mode, delimiter, aggregator, onRejection, minPieceBytes);
  }

  private HasilaCsvReader<T> open(Path file, Consumer<? super Rejection> consumer) throws IOException {
    Objects.requireNonNull(file, "file");
    InputStream in = Files.newInputStream(file);
    try {
      return open(in, String.valueOf(file.getFileName()), consumer);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private HasilaCsvReader<T> open(InputStream in, String source, Consumer<? super Rejection> consumer) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return new HasilaCsvReader<>(schema, in, source, mode, delimiter, consumer);
  }

  private Consumer<Rejection> collectingInto(List<Rejection> rejections) {
    Consumer<? super Rejection> user = onRejection;
    return r -> {
      rejections.add(r);
      user.accept(r);
    };
  }

  private static <T> ReadResult<T> collect(HasilaCsvReader<T> reader, List<Rejection> rejections) {
    List<T> accepted = new ArrayList<>();
    reader.forEachRemaining(accepted::add);
    return ReadResult.of(accepted, rejections, reader.read());
  }
}
