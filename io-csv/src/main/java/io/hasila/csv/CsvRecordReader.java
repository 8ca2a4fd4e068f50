package io.hasila.csv;

import io.hasila.aggregate.Aggregator;
import io.hasila.internal.IoFailures;
import io.hasila.internal.ParallelRead;
import io.hasila.internal.PieceReading;
import io.hasila.internal.ReadHooks;
import io.hasila.io.Aggregated;
import io.hasila.io.ProgressListener;
import io.hasila.io.ReadCancelledException;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.RecordReader;
import io.hasila.io.Rejection;
import io.hasila.model.Projection;
import io.hasila.model.Vocabularies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads records of one kind (activities or audience snapshots) from CSV: Hasila's {@link
 * RecordReader} contract, with the delimiter as a CSV extra. Get one from {@link
 * HasilaCsv#activityReader()} or {@link HasilaCsv#snapshotReader()}.
 *
 * <p>Defaults: the facade's mode and vocabularies, no rejection handler, one thread, the delimiter
 * detected from the header line (comma or semicolon), UTF-8, the default {@link CsvLimits}. A UTF-8
 * byte order mark is skipped and LF, CRLF and CR line ends are all accepted whatever the settings;
 * a UTF-16 or UTF-32 file is refused naming its encoding, and bytes that are not text in the
 * charset make their record bad. Every failure, I/O included, is a {@link HasilaCsvException}.
 * Immutable and thread safe: each {@code with...} method returns a new reader; the streams it opens
 * are not thread safe.
 *
 * @param <T> the record type
 */
public final class CsvRecordReader<T> implements RecordReader<T> {
  private static final Consumer<Rejection> IGNORE = r -> {};

  static {
    PieceReading.register(CsvRecordReader.class, reader -> new CsvPieces<>((CsvRecordReader<?>) reader));
  }

  private final FileLayout<T> layout;
  private final ReadMode mode;
  private final RecordDecoder<T> decoder;
  private final Vocabularies vocabularies;
  private final Consumer<? super Rejection> handler;
  private final int parallelism;
  private final Character delimiter;
  private final Charset charset;
  private final CsvLimits limits;
  private final CsvNumbers numbers;
  private final ReadHooks hooks;
  /** What {@link #open} and {@link #read} decode, and what {@link #aggregate} decodes at least; null if not set. */
  private final Projection projection;
  /** The decoder of what the reads decode. */
  private final RecordDecoder<T> projectedDecoder;

  CsvRecordReader(FileLayout<T> layout, ReadMode mode, Vocabularies vocabularies) {
    this(
        layout,
        mode,
        vocabularies,
        new RecordDecoder<>(layout, vocabularies),
        IGNORE,
        1,
        null,
        StandardCharsets.UTF_8,
        CsvLimits.defaults(),
        CsvNumbers.DIGITS,
        null,
        ReadHooks.NONE);
  }

  private CsvRecordReader(
      FileLayout<T> layout,
      ReadMode mode,
      Vocabularies vocabularies,
      RecordDecoder<T> decoder,
      Consumer<? super Rejection> handler,
      int parallelism,
      Character delimiter,
      Charset charset,
      CsvLimits limits,
      CsvNumbers numbers,
      Projection projection,
      ReadHooks hooks) {
    this.numbers = numbers;
    this.hooks = hooks;
    this.projection = projection;
    this.projectedDecoder = decoder.projected(projection == null ? Projection.all() : projection);
    this.layout = layout;
    this.mode = mode;
    this.vocabularies = vocabularies;
    this.decoder = decoder;
    this.handler = handler;
    this.parallelism = parallelism;
    this.delimiter = delimiter;
    this.charset = charset;
    this.limits = limits;
  }

  /** The same reader in another mode: strict (stop at the first bad record) or lenient (reject it and go on). */
  @Override
  public CsvRecordReader<T> withMode(ReadMode mode) {
    return new CsvRecordReader<>(
        layout, Objects.requireNonNull(mode, "mode"), vocabularies, decoder, handler, parallelism, delimiter, charset, limits, numbers, projection, hooks);
  }

  /** The same reader accepting the codes of {@code vocabularies}: the well-known codes plus those declared. */
  @Override
  public CsvRecordReader<T> withVocabularies(Vocabularies vocabularies) {
    Objects.requireNonNull(vocabularies, "vocabularies");
    return new CsvRecordReader<>(
        layout, mode, vocabularies, new RecordDecoder<>(layout, vocabularies), handler, parallelism, delimiter, charset, limits, numbers, projection, hooks);
  }

  /** The same reader handing each rejected record (lenient mode) to {@code handler}, in file order. */
  @Override
  public CsvRecordReader<T> withRejectionHandler(Consumer<? super Rejection> handler) {
    return new CsvRecordReader<>(
        layout, mode, vocabularies, decoder, Objects.requireNonNull(handler, "handler"), parallelism, delimiter, charset, limits, numbers, projection, hooks);
  }

  /**
   * The same reader aggregating files with up to {@code threads} threads.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  @Override
  public CsvRecordReader<T> withParallelism(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("CsvRecordReader.parallelism must be at least 1 but was: " + threads);
    }
    return new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, threads, delimiter, charset, limits, numbers, projection, hooks);
  }

  /**
   * The same reader with this delimiter instead of detecting it, e.g. {@code ';'}; not a quote, CR or LF.
   *
   * @throws IllegalArgumentException if {@code delimiter} is a double quote, CR or LF
   */
  public CsvRecordReader<T> withDelimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException(
          "CsvRecordReader.delimiter must not be a double quote, CR or LF but was: " + (int) delimiter);
    }
    return new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, parallelism, delimiter, charset, limits, numbers, projection, hooks);
  }

  /**
   * The same reader decoding files in {@code charset} instead of UTF-8: for a file saved on purpose
   * in another encoding, such as {@code Charset.forName("windows-1252")} (what Excel's plain "CSV"
   * saves in Western locales) or {@code StandardCharsets.ISO_8859_1}. Bytes that are not text in
   * the charset are a bad record, as bytes that are not UTF-8 are by default. A file in a charset
   * where a line feed is not the single byte 0x0A (UTF-16, UTF-32) is aggregated on one thread.
   */
  public CsvRecordReader<T> withCharset(Charset charset) {
    Objects.requireNonNull(charset, "charset");
    return new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, parallelism, delimiter, charset, limits, numbers, projection, hooks);
  }

  /** The same reader with other input limits: longest cell, longest record, most fields. */
  public CsvRecordReader<T> withLimits(CsvLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, parallelism, delimiter, charset, limits, numbers, projection, hooks);
  }

  /**
   * The same reader decoding only what {@code projection} reads, in every read: see {@link
   * Projection} for what is still decoded and checked; the cells of other columns are never made
   * into strings. Unless set, {@link #open} and {@link #read} decode and validate every cell, and
   * {@link #aggregate} decodes what its aggregator {@link Aggregator#reads() reads}; set, {@link
   * #aggregate} decodes this projection and what its aggregator reads, so {@code
   * withProjection(Projection.all())} validates every cell there too.
   */
  @Override
  public CsvRecordReader<T> withProjection(Projection projection) {
    Objects.requireNonNull(projection, "projection");
    return new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, parallelism, delimiter, charset, limits, numbers, projection, hooks);
  }

  /** The projection set with {@link #withProjection}, if any. */
  @Override
  public Optional<Projection> projection() {
    return Optional.ofNullable(projection);
  }

  /**
   * The same reader accepting whole numbers as {@code numbers} says: digits only (the default), or
   * as an English ({@link CsvNumbers#EXCEL}) or a French or Arabic ({@link CsvNumbers#EXCEL_FR})
   * spreadsheet writes them, with digit groups and Arabic-Indic digits.
   */
  public CsvRecordReader<T> withNumbers(CsvNumbers numbers) {
    Objects.requireNonNull(numbers, "numbers");
    return new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, parallelism, delimiter, charset, limits, numbers, projection, hooks);
  }

  /**
   * The same reader assuming each file's numbers from its delimiter: {@link CsvNumbers#EXCEL_FR}
   * for ';' (what French- and Arabic-locale spreadsheets save), {@link CsvNumbers#EXCEL} for ','; the
   * stream says which it assumed ({@link HasilaCsvReader#numbers()}).
   */
  public CsvRecordReader<T> withDetectedNumbers() {
    return new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, parallelism, delimiter, charset, limits, null, projection, hooks);
  }

  /** The numbers the reader was given; empty when it assumes them from each file's delimiter. */
  public Optional<CsvNumbers> numbers() {
    return Optional.ofNullable(numbers);
  }

  /** The same reader telling {@code listener} how many bytes and records it has read, every 1,024 records and at the end. */
  @Override
  public CsvRecordReader<T> withProgress(ProgressListener listener) {
    return with(hooks.withProgress(listener));
  }

  /** The same reader ending a read with {@link ReadCancelledException} once {@code cancelled} is true, checked after each record. */
  @Override
  public CsvRecordReader<T> withCancellation(BooleanSupplier cancelled) {
    return with(hooks.withCancellation(cancelled));
  }

  /** The same reader running the pieces of {@link #aggregate} on {@code executor} instead of Hasila's shared pool. */
  @Override
  public CsvRecordReader<T> withExecutor(Executor executor) {
    return with(hooks.withExecutor(executor));
  }

  CsvRecordReader<T> with(ReadHooks hooks) {
    return new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, parallelism, delimiter, charset, limits, numbers, projection, hooks);
  }

  /** The charset files are decoded in: UTF-8 unless set. */
  public Charset charset() {
    return charset;
  }

  /** The input limits. */
  public CsvLimits limits() {
    return limits;
  }

  /** The same reader detecting the delimiter from the header line (the default): ';' if it has more semicolons than commas, else ','. */
  public CsvRecordReader<T> withDetectedDelimiter() {
    return new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, parallelism, null, charset, limits, numbers, projection, hooks);
  }

  /** The mode: strict unless set. */
  @Override
  public ReadMode mode() {
    return mode;
  }

  /** The vocabularies codes are resolved against. */
  @Override
  public Vocabularies vocabularies() {
    return vocabularies;
  }

  /** The number of threads {@link #aggregate} uses at most; 1 unless set. */
  @Override
  public int parallelism() {
    return parallelism;
  }

  /** The delimiter the reader was given; empty when it detects it from each file's header line. */
  public Optional<Character> delimiter() {
    return Optional.ofNullable(delimiter);
  }

  /** Opens a file, named in errors by its file name; reads and checks the header. */
  @Override
  public HasilaCsvReader<T> open(Path file) {
    return open(file, handler);
  }

  /** Opens a stream of UTF-8 bytes, named {@code source} in errors; closing the reader closes it. */
  @Override
  public HasilaCsvReader<T> open(InputStream in, String source) {
    return open(in, source, handler);
  }

  /** Reads a whole file into memory; for large files prefer {@link #open(Path)} or {@link #aggregate}. */
  @Override
  public ReadResult<T> read(Path file) {
    List<Rejection> rejections = new ArrayList<>();
    try (HasilaCsvReader<T> reader = open(file, collectingInto(rejections))) {
      return collect(reader, rejections);
    }
  }

  /** Reads a whole stream into memory and closes it. */
  @Override
  public ReadResult<T> read(InputStream in, String source) {
    List<Rejection> rejections = new ArrayList<>();
    try (HasilaCsvReader<T> reader = open(in, source, collectingInto(rejections))) {
      return collect(reader, rejections);
    }
  }

  /**
   * Reads a file straight into an aggregator, without holding the records, with up to {@link
   * #parallelism()} threads: the file is cut into pieces at line feeds, each read into its own
   * accumulator, merged in file order. A cut inside a quoted cell is never trusted: each piece
   * follows its quoting, and the rest of the file is read again from the last piece that proves
   * its end. Results, errors (absolute lines and records; strict mode throws the first fault in
   * file order) and rejections (handed over in file order once the file is read) are those of a
   * sequential read.
   */
  @Override
  public <A, R> Aggregated<R> aggregate(Path file, Aggregator<? super T, A, R> aggregator) {
    return aggregate(file, aggregator, ParallelRead.MIN_PIECE_BYTES);
  }

  /** {@link #aggregate(Path, Aggregator)} with pieces of at least {@code minPieceBytes}, for tests. */
  <A, R> Aggregated<R> aggregate(Path file, Aggregator<? super T, A, R> aggregator, long minPieceBytes) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(aggregator, "aggregator");
    requireFile(file);
    Projection decoded = projection == null ? aggregator.reads() : projection.and(aggregator.reads());
    CsvRecordReader<T> reader =
        new CsvRecordReader<>(layout, mode, vocabularies, decoder, handler, parallelism, delimiter, charset, limits, numbers, decoded, hooks);
    return ParallelCsv.aggregate(reader, file, sourceOf(file), aggregator, minPieceBytes);
  }

  FileLayout<T> layout() {
    return layout;
  }

  /** The decoder of what the reads decode: the projection's, or every cell. */
  RecordDecoder<T> decoder() {
    return projectedDecoder;
  }

  Character fixedDelimiter() {
    return delimiter;
  }

  Consumer<? super Rejection> handler() {
    return handler;
  }

  ReadHooks hooks() {
    return hooks;
  }

  /** The numbers of a file with {@code delimiter}: those given, or those assumed from the delimiter. */
  CsvNumbers numbersFor(char delimiter) {
    return numbers != null ? numbers : delimiter == ';' ? CsvNumbers.EXCEL_FR : CsvNumbers.EXCEL;
  }

  HasilaCsvReader<T> open(Path file, Consumer<? super Rejection> consumer) {
    Objects.requireNonNull(file, "file");
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = -1;
    }
    return open(openFile(file), sourceOf(file), consumer, size);
  }

  HasilaCsvReader<T> open(InputStream in, String source, Consumer<? super Rejection> consumer) {
    return open(in, source, consumer, -1);
  }

  private HasilaCsvReader<T> open(InputStream in, String source, Consumer<? super Rejection> consumer, long size) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    ReadHooks.Progress progress = hooks.start(source, size);
    ReadHooks.Tracker tracker = progress == null ? null : progress.tracker();
    HasilaCsvReader<T> reader =
        new HasilaCsvReader<>(projectedDecoder, layout, tracker == null ? in : tracker.count(in), source, mode, delimiter, charset, limits, consumer);
    return reader.numbers(numbersFor(reader.delimiter())).track(tracker);
  }

  /** The name a file goes by in messages: its file name. */
  static String sourceOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /** Fails unless {@code file} is a file that is not a directory. */
  static void requireFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new HasilaCsvException(
          sourceOf(file), 0, 0, null, "a CSV file", "a directory " + CellProblem.quote(file.toString()), null);
    }
  }

  /** The file opened for reading; an I/O failure is a {@link HasilaCsvException} naming the path. */
  static InputStream openFile(Path file) {
    requireFile(file);
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw ioFailure(sourceOf(file), "a readable file", e);
    }
  }

  /** An I/O failure as a {@link HasilaCsvException} on {@code source}, with the path and the cause. */
  static HasilaCsvException ioFailure(String source, String expected, IOException e) {
    return new HasilaCsvException(source, 0, 0, null, expected, IoFailures.describe(e), e);
  }

  private Consumer<Rejection> collectingInto(List<Rejection> rejections) {
    Consumer<? super Rejection> user = handler;
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
