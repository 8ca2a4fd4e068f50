package io.hasila.json;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Dataset;
import io.hasila.model.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes Hasila's JSON formats: JSON Lines files of activities or audience snapshots,
 * streamed in constant memory, and dataset documents.
 *
 * <p>Defaults: {@link ReadMode#STRICT strict} reading, {@link JsonLimits#defaults() default
 * limits}, and theme ids resolved to the {@link Theme#wellKnown() well-known} themes (an unknown id
 * becomes a theme labelled with its id, equal to the real one since themes are equal by id). Every
 * failure is a {@link HasilaJsonException}; every file write is atomic. Immutable and thread safe;
 * the readers and writers it opens are not.
 *
 * <pre>{@code
 * HasilaJson json = HasilaJson.create();
 * json.writeActivities(Path.of("activities.jsonl"), activities);
 * try (JsonLinesReader<Activity> in = json.openActivities(Path.of("activities.jsonl"))) {
 *   in.forEachRemaining(a -> ...);
 * }
 * }</pre>
 */
public final class HasilaJson {
  private static final Consumer<Rejection> IGNORE = r -> {};

  private final ReadMode mode;
  private final JsonSupport json;
  private final ThemeRegistry themes;
  private final List<Theme> extraThemes;

  private HasilaJson(ReadMode mode, JsonLimits limits, List<Theme> extraThemes) {
    this.mode = mode;
    this.json = new JsonSupport(limits);
    this.extraThemes = extraThemes;
    this.themes = ThemeRegistry.of(extraThemes);
  }

  /** Strict reading, default limits, well-known themes. */
  public static HasilaJson create() {
    return new HasilaJson(ReadMode.STRICT, JsonLimits.defaults(), List.of());
  }

  /** A copy that reads in this mode. */
  public HasilaJson withMode(ReadMode mode) {
    return new HasilaJson(Objects.requireNonNull(mode, "mode"), json.limits(), extraThemes);
  }

  /** A copy with these input limits. */
  public HasilaJson withLimits(JsonLimits limits) {
    return new HasilaJson(mode, Objects.requireNonNull(limits, "limits"), extraThemes);
  }

  /** A copy that also resolves theme ids to these themes (which win over well-known ones with the same id). */
  public HasilaJson withThemes(Collection<Theme> themes) {
    return new HasilaJson(mode, json.limits(), List.copyOf(Objects.requireNonNull(themes, "themes")));
  }

  /** The reading mode. */
  public ReadMode mode() {
    return mode;
  }

  /** The input limits. */
  public JsonLimits limits() {
    return json.limits();
  }

  // --- JSON Lines: activities ----------------------------------------------------------------

  /** Opens a JSON Lines file of activities; in lenient mode rejected records are only counted. */
  public JsonLinesReader<Activity> openActivities(Path file) {
    return openActivities(file, IGNORE);
  }

  /** Opens a JSON Lines file of activities, handing each rejected record to {@code onRejected} (lenient mode). */
  public JsonLinesReader<Activity> openActivities(Path file, Consumer<? super Rejection> onRejected) {
    return open(file, onRejected, activityDecoder());
  }

  /** Reads activities from a stream of JSON Lines, naming it {@code source} in errors; closing the reader closes {@code in}. */
  public JsonLinesReader<Activity> openActivities(InputStream in, String source, Consumer<? super Rejection> onRejected) {
    return open(in, source, onRejected, activityDecoder());
  }

  /** Reads a whole (small) JSON Lines file of activities. */
  public ReadResult<Activity> readActivities(Path file) {
    return readAll(file, activityDecoder());
  }

  /** Writes activities to a JSON Lines file, atomically. */
  public void writeActivities(Path file, Iterable<? extends Activity> activities) {
    writeAll(newActivityWriter(file), activities);
  }

  /** Opens an atomic JSON Lines writer of activities; call {@link JsonLinesWriter#commit()} to put the file in place. */
  public JsonLinesWriter<Activity> newActivityWriter(Path file) {
    return newWriter(file, RecordWriter::write);
  }

  /** A JSON Lines writer of activities to a caller's stream, which it never closes. */
  public JsonLinesWriter<Activity> newActivityWriter(OutputStream out) {
    return new JsonLinesWriter<>("output", null, Objects.requireNonNull(out, "out"), json, RecordWriter::write);
  }

  // --- JSON Lines: audience snapshots --------------------------------------------------------

  /** Opens a JSON Lines file of audience snapshots; in lenient mode rejected records are only counted. */
  public JsonLinesReader<AudienceSnapshot> openSnapshots(Path file) {
    return openSnapshots(file, IGNORE);
  }

  /** Opens a JSON Lines file of audience snapshots, handing each rejected record to {@code onRejected} (lenient mode). */
  public JsonLinesReader<AudienceSnapshot> openSnapshots(Path file, Consumer<? super Rejection> onRejected) {
    return open(file, onRejected, snapshotDecoder());
  }

  /** Reads audience snapshots from a stream of JSON Lines, naming it {@code source} in errors; closing the reader closes {@code in}. */
  public JsonLinesReader<AudienceSnapshot> openSnapshots(InputStream in, String source, Consumer<? super Rejection> onRejected) {
    return open(in, source, onRejected, snapshotDecoder());
  }

  /** Reads a whole (small) JSON Lines file of audience snapshots. */
  public ReadResult<AudienceSnapshot> readSnapshots(Path file) {
    return readAll(file, snapshotDecoder());
  }

  /** Writes audience snapshots to a JSON Lines file, atomically. */
  public void writeSnapshots(Path file, Iterable<? extends AudienceSnapshot> snapshots) {
    writeAll(newSnapshotWriter(file), snapshots);
  }

  /** Opens an atomic JSON Lines writer of audience snapshots; call {@link JsonLinesWriter#commit()} to put the file in place. */
  public JsonLinesWriter<AudienceSnapshot> newSnapshotWriter(Path file) {
    return newWriter(file, RecordWriter::write);
  }

  /** A JSON Lines writer of audience snapshots to a caller's stream, which it never closes. */
  public JsonLinesWriter<AudienceSnapshot> newSnapshotWriter(OutputStream out) {
    return new JsonLinesWriter<>("output", null, Objects.requireNonNull(out, "out"), json, RecordWriter::write);
  }

  // --- JSON Lines: parallel aggregation ---------------------------------------------------

  /**
   * Aggregates a JSON Lines file of activities with {@code parallelism} threads, in this reader's
   * mode; rejected records are only counted. See {@link #aggregateActivities(Path, Aggregator, int, Consumer)}.
   */
  public <A, R> Aggregated<R> aggregateActivities(Path file, Aggregator<? super Activity, A, R> aggregator, int parallelism) {
    return aggregateActivities(file, aggregator, parallelism, IGNORE);
  }

  /**
   * Aggregates a JSON Lines file of activities with {@code parallelism} threads: the file is cut at
   * line feeds into pieces, each read into its own accumulator, merged in file order. By the
   * aggregator's merge law the result is the one a sequential read gives.
   *
   * <p>Errors are those of {@link #openActivities(Path)}, with the same absolute lines and records:
   * in strict mode the first bad record in file order throws; in lenient mode every record is
   * accounted for ({@code accepted + rejected == read}) and the rejections are handed to {@code
   * onRejected} in file order, on the calling thread, once the whole file is read (they are held in
   * memory until then). {@code parallelism} 1 reads on one pool thread.
   */
  public <A, R> Aggregated<R> aggregateActivities(
      Path file, Aggregator<? super Activity, A, R> aggregator, int parallelism, Consumer<? super Rejection> onRejected) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(aggregator, "aggregator");
    Objects.requireNonNull(onRejected, "onRejected");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1 but was: " + parallelism);
    }
    return ParallelLines.aggregate(file, name(file), parallelism, mode, json, this::activityDecoder, aggregator, onRejected, ParallelLines.MIN_PIECE_BYTES);
  }

  /** {@link #aggregateActivities(Path, Aggregator, int, Consumer)} with pieces of at least {@code minPieceBytes}, for tests. */
  <A, R> Aggregated<R> aggregateActivities(
      Path file, Aggregator<? super Activity, A, R> aggregator, int parallelism, Consumer<? super Rejection> onRejected, long minPieceBytes) {
    return ParallelLines.aggregate(file, name(file), parallelism, mode, json, this::activityDecoder, aggregator, onRejected, minPieceBytes);
  }

  /** Aggregates a JSON Lines file of audience snapshots with {@code parallelism} threads; see {@link #aggregateActivities(Path, Aggregator, int, Consumer)}. */
  public <A, R> Aggregated<R> aggregateSnapshots(
      Path file, Aggregator<? super AudienceSnapshot, A, R> aggregator, int parallelism, Consumer<? super Rejection> onRejected) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(aggregator, "aggregator");
    Objects.requireNonNull(onRejected, "onRejected");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1 but was: " + parallelism);
    }
    return ParallelLines.aggregate(file, name(file), parallelism, mode, json, this::snapshotDecoder, aggregator, onRejected, ParallelLines.MIN_PIECE_BYTES);
  }

  // --- single records ------------------------------------------------------------------------

  /** One activity as a JSON Lines record (without the line feed). */
  public String toJson(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    return writeString(g -> RecordWriter.write(g, activity), false);
  }

  /** One audience snapshot as a JSON Lines record (without the line feed). */
  public String toJson(AudienceSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    return writeString(g -> RecordWriter.write(g, snapshot), false);
  }

  /** Reads one activity from one JSON record; always strict. */
  public Activity activityFromJson(String record) {
    return fromJson(record, activityDecoder());
  }

  /** Reads one audience snapshot from one JSON record; always strict. */
  public AudienceSnapshot snapshotFromJson(String record) {
    return fromJson(record, snapshotDecoder());
  }

  // --- dataset documents ---------------------------------------------------------------------

  /**
   * Reads a dataset document. Strict: the first bad record throws. Lenient: bad activities and
   * snapshots (including repeated activity ids and repeated account-days) are set aside in the
   * result; anything else wrong with the document still throws.
   */
  public DatasetReadResult readDataset(Path file) {
    String source = name(file);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > json.limits().maxDocumentBytes()) {
        throw new HasilaJsonException(
            source, 0, 0, 0, "$", "a document of at most " + json.limits().maxDocumentBytes() + " bytes", "a file of " + size + " bytes", null);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new HasilaJsonException(source, 0, 0, 0, "$", "a readable file", String.valueOf(e), e);
    }
    return readDataset(bytes, source);
  }

  /** Reads a dataset document from its text; see {@link #readDataset(Path)}. */
  public DatasetReadResult datasetFromJson(String document) {
    return readDataset(document.getBytes(StandardCharsets.UTF_8), "document");
  }

  private DatasetReadResult readDataset(byte[] bytes, String source) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    byte[] content = start == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, start, bytes.length);
    try (JsonParser p = json.parser(content, content.length)) {
      return DatasetCodec.read(p, content, source, mode, themes);
    } catch (JacksonException e) {
      throw Faults.of(e, source, 0, content, 1);
    }
  }

  /** Writes a dataset document, atomically; indented, with a final line feed. */
  public void writeDataset(Path file, Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    String source = name(file);
    try (AtomicFile out = AtomicFile.create(file)) {
      writeDocument(out.out(), dataset);
      out.commit();
    } catch (IOException | JacksonException e) {
      throw new HasilaJsonException(source, 0, 0, 0, "$", "a writable file", String.valueOf(e), e);
    }
  }

  /** A dataset document as text; see {@link #writeDataset(Path, Dataset)}. */
  public String toJson(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return writeString(g -> DatasetCodec.write(g, dataset), true) + "\n";
  }

  private void writeDocument(OutputStream out, Dataset dataset) throws IOException {
    try (JsonGenerator g = json.documentGenerator(out)) {
      DatasetCodec.write(g, dataset);
    }
    out.write('\n');
  }

  // --- plumbing ------------------------------------------------------------------------------

  private Function<JsonParser, Activity> activityDecoder() {
    RecordReader reader = new RecordReader(themes);
    return reader::readActivity;
  }

  private Function<JsonParser, AudienceSnapshot> snapshotDecoder() {
    RecordReader reader = new RecordReader(themes);
    return reader::readSnapshot;
  }

  private <T> JsonLinesReader<T> open(Path file, Consumer<? super Rejection> onRejected, Function<JsonParser, T> decode) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new HasilaJsonException(name(file), 0, 0, 0, "$", "a readable file", String.valueOf(e), e);
    }
    return open(in, name(file), onRejected, decode);
  }

  private <T> JsonLinesReader<T> open(
      InputStream in, String source, Consumer<? super Rejection> onRejected, Function<JsonParser, T> decode) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(onRejected, "onRejected");
    return new JsonLinesReader<>(new LineSource(in, json.limits().maxRecordBytes()), source, mode, onRejected, json, decode);
  }

  private <T> ReadResult<T> readAll(Path file, Function<JsonParser, T> decode) {
    List<T> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    try (JsonLinesReader<T> in = open(file, rejected::add, decode)) {
      in.forEachRemaining(accepted::add);
      return ReadResult.of(accepted, rejected, in.read());
    }
  }

  private <T> JsonLinesWriter<T> newWriter(Path file, BiConsumer<JsonGenerator, T> encode) {
    try {
      AtomicFile out = AtomicFile.create(file);
      return new JsonLinesWriter<>(name(file), out, out.out(), json, encode);
    } catch (IOException e) {
      throw new HasilaJsonException(name(file), 0, 0, 0, "$", "a writable file", String.valueOf(e), e);
    }
  }

  private static <T> void writeAll(JsonLinesWriter<T> writer, Iterable<? extends T> records) {
    Objects.requireNonNull(records, "records");
    try (writer) {
      writer.writeAll(records);
      writer.commit();
    }
  }

  private <T> T fromJson(String record, Function<JsonParser, T> decode) {
    Objects.requireNonNull(record, "record");
    byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
    try (JsonParser p = json.parser(bytes, bytes.length)) {
      try {
        T value = decode.apply(p);
        if (p.nextToken() != null) {
          throw RecordReader.fault(p, "the end of the record");
        }
        return value;
      } catch (JacksonException e) {
        throw Faults.locate(e, p);
      }
    } catch (RuntimeException e) {
      throw Faults.of(e, "record", 1, bytes, 1);
    }
  }

  private String writeString(Consumer<JsonGenerator> body, boolean document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = document ? json.documentGenerator(out) : json.linesGenerator(out)) {
      body.accept(g);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String name(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
