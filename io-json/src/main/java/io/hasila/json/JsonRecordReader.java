package io.hasila.json;

import io.hasila.aggregate.Aggregator;
import io.hasila.internal.FileRange;
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
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Reads JSON Lines files of activities or of audience snapshots: Hasila's {@link RecordReader}
 * for JSON. Obtain one from {@link HasilaJson#activityReader()} or {@link
 * HasilaJson#snapshotReader()}.
 *
 * <p>A record is a non-blank line; blank lines are skipped and not counted, but line numbers count
 * every line. Codes (platforms, kinds, themes, ...) resolve against the reader's {@link
 * #vocabularies()}: a code nobody declared is a bad record, named with the closest known code.
 * {@link #aggregate} reads a file in pieces on up to {@link #parallelism()} threads, with the
 * results, errors and positions of a sequential read. Every failure is a {@link
 * HasilaJsonException}. Immutable and thread safe; the streams it opens are not.
 *
 * @param <T> {@code Activity} or {@code AudienceSnapshot}
 */
public final class JsonRecordReader<T> implements RecordReader<T> {
  private static final Consumer<Rejection> IGNORE = r -> {};

  static {
    PieceReading.register(JsonRecordReader.class, reader -> new JsonPieces<>((JsonRecordReader<?>) reader));
  }

  private final Class<T> type;
  private final RecordLayout.TopLevel top;
  private final JsonSupport json;
  private final ReadMode mode;
  private final Vocabularies vocabularies;
  private final Consumer<? super Rejection> onRejected;
  private final int parallelism;
  private final long minPieceBytes;
  private final Charset charset;
  /** What {@link #open} and {@link #read} decode, and what {@link #aggregate} decodes at least; null if not set. */
  private final Projection projection;
  private final ReadHooks hooks;

  private JsonRecordReader(
      Class<T> type,
      RecordLayout.TopLevel top,
      JsonSupport json,
      ReadMode mode,
      Vocabularies vocabularies,
      Consumer<? super Rejection> onRejected,
      int parallelism,
      long minPieceBytes,
      Charset charset,
      Projection projection,
      ReadHooks hooks) {
    this.charset = charset;
    this.projection = projection;
    this.hooks = hooks;
    this.type = type;
    this.top = top;
    this.json = json;
    this.mode = mode;
    this.vocabularies = vocabularies;
    this.onRejected = onRejected;
    this.parallelism = parallelism;
    this.minPieceBytes = minPieceBytes;
  }

  /** A reader of records of {@code type}, described by {@code top}. */
  static <T> JsonRecordReader<T> of(
      Class<T> type, RecordLayout.TopLevel top, JsonSupport json, ReadMode mode, Vocabularies vocabularies) {
    return new JsonRecordReader<>(type, top, json, mode, vocabularies, IGNORE, 1, ParallelRead.MIN_PIECE_BYTES, StandardCharsets.UTF_8, null, ReadHooks.NONE);
  }

  /** The same reader in another mode; strict unless set. */
  @Override
  public JsonRecordReader<T> withMode(ReadMode mode) {
    return new JsonRecordReader<>(
        type, top, json, Objects.requireNonNull(mode, "mode"), vocabularies, onRejected, parallelism, minPieceBytes, charset, projection, hooks);
  }

  /** The same reader accepting the codes of {@code vocabularies}: the well-known ones and those declared there. */
  @Override
  public JsonRecordReader<T> withVocabularies(Vocabularies vocabularies) {
    return new JsonRecordReader<>(
        type, top, json, mode, Objects.requireNonNull(vocabularies, "vocabularies"), onRejected, parallelism, minPieceBytes, charset, projection, hooks);
  }

  /** The same reader handing each rejected record (lenient mode) to {@code handler}. */
  @Override
  public JsonRecordReader<T> withRejectionHandler(Consumer<? super Rejection> handler) {
    return new JsonRecordReader<>(
        type, top, json, mode, vocabularies, Objects.requireNonNull(handler, "handler"), parallelism, minPieceBytes, charset, projection, hooks);
  }

  /**
   * The same reader aggregating files with up to {@code threads} threads; 1 unless set.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  @Override
  public JsonRecordReader<T> withParallelism(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("JsonRecordReader.parallelism must be at least 1 but was: " + threads);
    }
    return new JsonRecordReader<>(type, top, json, mode, vocabularies, onRejected, threads, minPieceBytes, charset, projection, hooks);
  }

  /** The same reader with pieces of at least {@code bytes} when aggregating in parallel, for tests. */
  JsonRecordReader<T> withMinPieceBytes(long bytes) {
    return new JsonRecordReader<>(type, top, json, mode, vocabularies, onRejected, parallelism, Math.max(1, bytes), charset, projection, hooks);
  }

  /** The same reader with other input limits. */
  public JsonRecordReader<T> withLimits(JsonLimits limits) {
    return new JsonRecordReader<>(
        type, top, new JsonSupport(Objects.requireNonNull(limits, "limits")), mode, vocabularies, onRejected, parallelism, minPieceBytes, charset, projection, hooks);
  }

  /**
   * The same reader decoding files in {@code charset} instead of UTF-8, such as {@code
   * Charset.forName("windows-1252")} or {@code StandardCharsets.UTF_16} for a file saved that way on
   * purpose: the text is read as UTF-8 after decoding, and bytes that are not text in the charset
   * make their record bad, naming the byte and its offset in the file. Positions in errors count
   * lines and characters as usual. A file in a charset other than UTF-8 is aggregated on one thread.
   */
  public JsonRecordReader<T> withCharset(Charset charset) {
    return new JsonRecordReader<>(
        type, top, json, mode, vocabularies, onRejected, parallelism, minPieceBytes, Objects.requireNonNull(charset, "charset"), projection, hooks);
  }

  /**
   * The same reader decoding only what {@code projection} reads, in every read: see {@link
   * Projection} for what is still decoded and checked. Unless set, {@link #open} and {@link #read}
   * decode and validate every value, and {@link #aggregate} decodes what its aggregator {@link
   * Aggregator#reads() reads}; set, {@link #aggregate} decodes this projection and what its
   * aggregator reads, so {@code withProjection(Projection.all())} validates every value there too.
   */
  @Override
  public JsonRecordReader<T> withProjection(Projection projection) {
    Objects.requireNonNull(projection, "projection");
    return new JsonRecordReader<>(type, top, json, mode, vocabularies, onRejected, parallelism, minPieceBytes, charset, projection, hooks);
  }

  /** The projection set with {@link #withProjection}, if any. */
  @Override
  public Optional<Projection> projection() {
    return Optional.ofNullable(projection);
  }

  /** The same reader telling {@code listener} how many bytes and records it has read, every 1,024 records and at the end. */
  @Override
  public JsonRecordReader<T> withProgress(ProgressListener listener) {
    return with(hooks.withProgress(listener));
  }

  /** The same reader ending a read with {@link ReadCancelledException} once {@code cancelled} is true, checked after each record. */
  @Override
  public JsonRecordReader<T> withCancellation(BooleanSupplier cancelled) {
    return with(hooks.withCancellation(cancelled));
  }

  /** The same reader running the pieces of {@link #aggregate} on {@code executor} instead of Hasila's shared pool. */
  @Override
  public JsonRecordReader<T> withExecutor(Executor executor) {
    return with(hooks.withExecutor(executor));
  }

  private JsonRecordReader<T> with(ReadHooks hooks) {
    return new JsonRecordReader<>(type, top, json, mode, vocabularies, onRejected, parallelism, minPieceBytes, charset, projection, hooks);
  }

  /** The charset files are decoded in: UTF-8 unless set. */
  public Charset charset() {
    return charset;
  }

  /** The reading mode. */
  @Override
  public ReadMode mode() {
    return mode;
  }

  /** The vocabularies codes resolve against. */
  @Override
  public Vocabularies vocabularies() {
    return vocabularies;
  }

  /** The number of threads {@link #aggregate} uses at most. */
  @Override
  public int parallelism() {
    return parallelism;
  }

  /** The input limits. */
  public JsonLimits limits() {
    return json.limits();
  }

  /** Opens a JSON Lines file to stream its records; close the stream when done. */
  @Override
  public JsonLinesReader<T> open(Path file) {
    return open(file, onRejected);
  }

  /** Opens a stream of JSON Lines; closing the returned stream closes {@code in}. */
  @Override
  public JsonLinesReader<T> open(InputStream in, String source) {
    return open(in, source, onRejected);
  }

  private JsonLinesReader<T> open(Path file, Consumer<? super Rejection> rejections) {
    String source = HasilaJson.name(file);
    InputStream in;
    try {
      if (Files.isDirectory(file)) {
        throw new FileSystemException(file.toString(), null, "is a directory");
      }
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw HasilaJson.ioFailure(source, "a readable file", e);
    }
    return open(in, source, rejections, size(file));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private JsonLinesReader<T> open(InputStream in, String source, Consumer<? super Rejection> rejections) {
    return open(in, source, rejections, -1);
  }

  private JsonLinesReader<T> open(InputStream in, String source, Consumer<? super Rejection> rejections, long size) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    ReadHooks.Progress progress = hooks.start(source, size);
    return open(in, source, rejections, true, 0, progress == null ? null : progress.tracker());
  }

  /**
   * A stream of the records in {@code in}, whose first byte is at {@code offset} of the file; {@code
   * atStart} when it starts the file; {@code tracker} (or null) counts the bytes read. It decodes the
   * reader's projection, every value unless one is set.
   */
  JsonLinesReader<T> open(
      InputStream in, String source, Consumer<? super Rejection> rejections, boolean atStart, long offset, ReadHooks.Tracker tracker) {
    return open(in, source, rejections, atStart, offset, tracker, projection == null ? Projection.all() : projection);
  }

  private JsonLinesReader<T> open(
      InputStream in,
      String source,
      Consumer<? super Rejection> rejections,
      boolean atStart,
      long offset,
      ReadHooks.Tracker tracker,
      Projection decoded) {
    InputStream counted = tracker == null ? in : tracker.count(in);
    Utf8Transcoder transcoder = StandardCharsets.UTF_8.equals(charset) ? null : new Utf8Transcoder(counted, charset);
    LineSource lines =
        new LineSource(transcoder == null ? counted : transcoder, json.limits().maxRecordBytes(), atStart, offset);
    return new JsonLinesReader<>(lines, source, mode, rejections, json, decoder(decoded), transcoder).track(tracker);
  }

  /** Reads a whole file; rejected records (lenient mode) are in the result and go to the rejection handler too. */
  @Override
  public ReadResult<T> read(Path file) {
    List<Rejection> rejected = new ArrayList<>();
    return readAll(open(file, collect(rejected)), rejected);
  }

  /** Reads a whole stream, which it closes; see {@link #read(Path)}. */
  @Override
  public ReadResult<T> read(InputStream in, String source) {
    List<Rejection> rejected = new ArrayList<>();
    return readAll(open(in, source, collect(rejected)), rejected);
  }

  private Consumer<Rejection> collect(List<Rejection> rejected) {
    return r -> {
      rejected.add(r);
      onRejected.accept(r);
    };
  }

  private ReadResult<T> readAll(JsonLinesReader<T> opened, List<Rejection> rejected) {
    List<T> accepted = new ArrayList<>();
    try (JsonLinesReader<T> in = opened) {
      in.forEachRemaining(accepted::add);
      return ReadResult.of(accepted, rejected, in.read());
    }
  }

  /**
   * Reads a file straight into an aggregator: the file is cut at line feeds into pieces, each read
   * into its own accumulator on up to {@link #parallelism()} threads, merged in file order. Lines
   * and records in errors stay absolute; strict mode throws the first bad record in file order;
   * lenient mode hands the rejections to the handler in file order, on the calling thread, once the
   * whole file is read (they are held in memory until then).
   *
   * @throws HasilaJsonException when the file cannot be read, or on the first bad record in strict mode
   */
  @Override
  public <A, R> Aggregated<R> aggregate(Path file, Aggregator<? super T, A, R> aggregator) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(aggregator, "aggregator");
    String source = HasilaJson.name(file);
    long[] cuts;
    if (Files.isDirectory(file)) {
      throw HasilaJson.ioFailure(source, "a readable file", new FileSystemException(file.toString(), null, "is a directory"));
    }
    try {
      boolean utf8 = StandardCharsets.UTF_8.equals(charset);
      cuts = ParallelRead.cuts(file, utf8 ? parallelism : 1, utf8 ? minPieceBytes : Long.MAX_VALUE);
    } catch (IOException e) {
      throw HasilaJson.ioFailure(source, "a readable file", e);
    }
    Projection decoded = projection == null ? aggregator.reads() : projection.and(aggregator.reads());
    ReadHooks.Progress progress = hooks.start(source, cuts[cuts.length - 1]);
    Aggregated<R> result =
        ParallelRead.aggregate(
            cuts,
            parallelism,
            hooks.executor(),
            "hasila-json-reader",
            (start, end, index, firstFailed) -> piece(file, source, start, end, index, firstFailed, aggregator, progress, decoded),
            aggregator,
            onRejected,
            (failure, lines, records) -> failure instanceof HasilaJsonException ? ((HasilaJsonException) failure).shifted(lines, records) : failure,
            false);
    if (progress != null) {
      progress.finish(result.read());
    }
    return result;
  }

  private <A, R> ParallelRead.Piece<A> piece(
      Path file,
      String source,
      long start,
      long end,
      int index,
      java.util.function.IntSupplier firstFailed,
      Aggregator<? super T, A, R> aggregator,
      ReadHooks.Progress progress,
      Projection decoded) {
    ParallelRead.Piece<A> piece = new ParallelRead.Piece<>();
    A acc = aggregator.empty();
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      piece.failure = HasilaJson.ioFailure(source, "a readable file", e);
      piece.accumulator = acc;
      return piece;
    }
    ReadHooks.Tracker tracker = progress == null ? null : progress.tracker();
    try (JsonLinesReader<T> in = open(new FileRange(channel, start, end), source, piece.rejections::add, index == 0, start, tracker, decoded)) {
      long n = 0;
      while (in.hasNext()) {
        acc = aggregator.add(acc, in.next());
        if ((++n & 0xFFF) == 0 && firstFailed.getAsInt() < index) {
          break; // a piece before this one failed: its fault is the one thrown
        }
      }
      piece.read = in.read();
      piece.rejected = in.rejected();
      piece.lines = in.lines();
    } catch (HasilaJsonException e) {
      piece.failure = e;
    }
    piece.accumulator = acc;
    return piece;
  }

  /** One record from its JSON text; always strict. */
  T fromJson(String record) {
    Objects.requireNonNull(record, "record");
    byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
    Function<JsonParser, T> decode = decoder(Projection.all());
    JsonFault foreign = JsonSupport.foreignStart(bytes, 0, bytes.length);
    if (foreign != null) {
      throw Faults.of(foreign, "record", 1, bytes, 1);
    }
    try (JsonParser p = json.parser(bytes, bytes.length)) {
      try {
        T value = decode.apply(p);
        if (p.nextToken() != null) {
          throw JsonValues.fault(p, "the end of the record");
        }
        return value;
      } catch (JacksonException e) {
        throw Faults.locate(e, p);
      }
    } catch (RuntimeException e) {
      throw Faults.of(e, "record", 1, bytes, 1);
    }
  }

  private Function<JsonParser, T> decoder(Projection decoded) {
    RecordDecoder decoder = new RecordDecoder(vocabularies, top, decoded);
    return p -> type.cast(decoder.read(p));
  }
}
