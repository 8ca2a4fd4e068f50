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
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
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
 * streamed in constant memory, dataset documents, and tally definition and tally documents.
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
    return readDataset(documentBytes(file), name(file));
  }

  /** Reads a dataset document from its text; see {@link #readDataset(Path)}. */
  public DatasetReadResult datasetFromJson(String document) {
    return readDataset(document.getBytes(StandardCharsets.UTF_8), "document");
  }

  private DatasetReadResult readDataset(byte[] bytes, String source) {
    byte[] content = withoutBom(bytes);
    try (JsonParser p = json.parser(content, content.length)) {
      return DatasetCodec.read(p, content, source, mode, themes);
    } catch (JacksonException e) {
      throw Faults.of(e, source, 0, content, 1);
    }
  }

  /** Writes a dataset document, atomically; indented, with a final line feed. */
  public void writeDataset(Path file, Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    writeFile(file, g -> DatasetCodec.write(g, dataset));
  }

  /** A dataset document as text; see {@link #writeDataset(Path, Dataset)}. */
  public String toJson(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return writeString(g -> DatasetCodec.write(g, dataset), true) + "\n";
  }

  // --- tally definitions ---------------------------------------------------------------------

  /**
   * Reads a tally definition document. A definition is hand-edited, so every fault is reported
   * with its line, column and JSON path, in both reading modes (a definition is read whole or not
   * at all): malformed JSON, unknown properties, measure or selector kinds and codes, category ids
   * that are malformed, used twice or not under their parent, totals without a child that has a
   * value. Theme ids resolve as in activity files.
   */
  public TallyDefinition readTallyDefinition(Path file) {
    return readTallyDocument(documentBytes(file), name(file), TallyReader::definitionDocument);
  }

  /** Reads a tally definition document from a stream, naming it {@code source} in errors; the caller closes {@code in}. */
  public TallyDefinition readTallyDefinition(InputStream in, String source) {
    return readTallyDocument(documentBytes(in, source), source, TallyReader::definitionDocument);
  }

  /** Reads a tally definition document from its text; see {@link #readTallyDefinition(Path)}. */
  public TallyDefinition tallyDefinitionFromJson(String document) {
    Objects.requireNonNull(document, "document");
    return readTallyDocument(document.getBytes(StandardCharsets.UTF_8), "document", TallyReader::definitionDocument);
  }

  /**
   * Writes a tally definition document, atomically; indented, with a final line feed. A definition
   * with a {@link io.hasila.tally.Selector#custom custom} selector cannot be written: it fails
   * before anything is written, naming the category and the selector.
   */
  public void writeTallyDefinition(Path file, TallyDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    TallyWriter.requireWritable(definition, name(file), "$");
    writeFile(file, g -> TallyWriter.writeDefinitionDocument(g, definition));
  }

  /** Writes a tally definition document to a caller's stream, which it never closes; see {@link #writeTallyDefinition(Path, TallyDefinition)}. */
  public void writeTallyDefinition(OutputStream out, TallyDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    TallyWriter.requireWritable(definition, "output", "$");
    writeStream(out, g -> TallyWriter.writeDefinitionDocument(g, definition));
  }

  /** A tally definition document as text; see {@link #writeTallyDefinition(Path, TallyDefinition)}. */
  public String toJson(TallyDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    TallyWriter.requireWritable(definition, "output", "$");
    return writeString(g -> TallyWriter.writeDefinitionDocument(g, definition), true) + "\n";
  }

  // --- tallies -------------------------------------------------------------------------------

  /**
   * Reads a self-contained tally document: its definition must be inline. Figures must name
   * categories of the definition that have a value, once each. A tally that names its definition
   * only by id ({@code definitionRef}) is read with {@link #readTally(Path, TallyDefinition)}.
   */
  public Tally readTally(Path file) {
    return readTally(file, null);
  }

  /**
   * Reads a tally document over a definition the caller supplies, e.g. one read from its own file
   * or one in code: the document's {@code definitionRef} must be the definition's id, or its inline
   * definition must equal it.
   *
   * @param definition the definition, or null to require an inline one
   */
  public Tally readTally(Path file, TallyDefinition definition) {
    return readTallyDocument(documentBytes(file), name(file), r -> r.tallyDocument(definition));
  }

  /** Reads a self-contained tally document from a stream, naming it {@code source} in errors; the caller closes {@code in}. */
  public Tally readTally(InputStream in, String source) {
    return readTally(in, source, null);
  }

  /** Reads a tally document from a stream over a definition the caller supplies (or null); see {@link #readTally(Path, TallyDefinition)}. */
  public Tally readTally(InputStream in, String source, TallyDefinition definition) {
    return readTallyDocument(documentBytes(in, source), source, r -> r.tallyDocument(definition));
  }

  /** Reads a self-contained tally document from its text; see {@link #readTally(Path)}. */
  public Tally tallyFromJson(String document) {
    return tallyFromJson(document, null);
  }

  /** Reads a tally document from its text over a definition the caller supplies (or null); see {@link #readTally(Path, TallyDefinition)}. */
  public Tally tallyFromJson(String document, TallyDefinition definition) {
    Objects.requireNonNull(document, "document");
    return readTallyDocument(document.getBytes(StandardCharsets.UTF_8), "document", r -> r.tallyDocument(definition));
  }

  /**
   * Writes a self-contained tally document, atomically: the definition inline, then the
   * institution, the period and the figures in definition order, each with its provenance.
   * Fails before writing anything if the definition holds a custom selector (see {@link
   * #writeTallyWithDefinitionRef(Path, Tally)}).
   */
  public void writeTally(Path file, Tally tally) {
    Objects.requireNonNull(tally, "tally");
    TallyWriter.requireWritable(tally.definition(), name(file), "$.definition");
    writeFile(file, g -> TallyWriter.writeTallyDocument(g, tally, true));
  }

  /** Writes a self-contained tally document to a caller's stream, which it never closes. */
  public void writeTally(OutputStream out, Tally tally) {
    Objects.requireNonNull(tally, "tally");
    TallyWriter.requireWritable(tally.definition(), "output", "$.definition");
    writeStream(out, g -> TallyWriter.writeTallyDocument(g, tally, true));
  }

  /**
   * Writes a tally document that names its definition by id only ({@code "definitionRef"}),
   * atomically: for many tallies over one definition kept in its own file, or a definition in code
   * that cannot be written (a custom selector). Read it back with {@link #readTally(Path,
   * TallyDefinition)}.
   */
  public void writeTallyWithDefinitionRef(Path file, Tally tally) {
    Objects.requireNonNull(tally, "tally");
    writeFile(file, g -> TallyWriter.writeTallyDocument(g, tally, false));
  }

  /** As {@link #writeTallyWithDefinitionRef(Path, Tally)}, to a caller's stream, which it never closes. */
  public void writeTallyWithDefinitionRef(OutputStream out, Tally tally) {
    Objects.requireNonNull(tally, "tally");
    writeStream(out, g -> TallyWriter.writeTallyDocument(g, tally, false));
  }

  /** A self-contained tally document as text; see {@link #writeTally(Path, Tally)}. */
  public String toJson(Tally tally) {
    Objects.requireNonNull(tally, "tally");
    TallyWriter.requireWritable(tally.definition(), "output", "$.definition");
    return writeString(g -> TallyWriter.writeTallyDocument(g, tally, true), true) + "\n";
  }

  private <T> T readTallyDocument(byte[] bytes, String source, Function<TallyReader, T> read) {
    byte[] content = withoutBom(bytes);
    try (JsonParser p = json.parser(content, content.length)) {
      try {
        try {
          return read.apply(new TallyReader(p, themes));
        } catch (JacksonException e) {
          throw Faults.locate(e, p);
        }
      } catch (RuntimeException e) {
        throw Faults.of(e, source, 0, content, 1);
      }
    } catch (JacksonException e) {
      throw Faults.of(e, source, 0, content, 1);
    }
  }

  // --- documents -----------------------------------------------------------------------------

  /** The bytes of a document file, refused beyond the document size limit. */
  private byte[] documentBytes(Path file) {
    String source = name(file);
    try {
      long size = Files.size(file);
      if (size > json.limits().maxDocumentBytes()) {
        throw new HasilaJsonException(
            source, 0, 0, 0, "$", "a document of at most " + json.limits().maxDocumentBytes() + " bytes", "a file of " + size + " bytes", null);
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new HasilaJsonException(source, 0, 0, 0, "$", "a readable file", String.valueOf(e), e);
    }
  }

  /** The bytes of a document read from a stream, refused beyond the document size limit. */
  private byte[] documentBytes(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    long max = json.limits().maxDocumentBytes();
    try {
      byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > max) {
        throw new HasilaJsonException(
            source, 0, 0, 0, "$", "a document of at most " + max + " bytes", "a longer stream", null);
      }
      return bytes;
    } catch (IOException e) {
      throw new HasilaJsonException(source, 0, 0, 0, "$", "a readable stream", String.valueOf(e), e);
    }
  }

  private static byte[] withoutBom(byte[] bytes) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }

  /** Writes an indented document with a final line feed to a file, atomically. */
  private void writeFile(Path file, Consumer<JsonGenerator> body) {
    String source = name(file);
    try (AtomicFile out = AtomicFile.create(file)) {
      writeDocument(out.out(), body);
      out.commit();
    } catch (IOException | JacksonException e) {
      throw new HasilaJsonException(source, 0, 0, 0, "$", "a writable file", String.valueOf(e), e);
    }
  }

  /** Writes an indented document with a final line feed to a caller's stream, flushed, not closed. */
  private void writeStream(OutputStream out, Consumer<JsonGenerator> body) {
    Objects.requireNonNull(out, "out");
    try {
      writeDocument(out, body);
      out.flush();
    } catch (IOException | JacksonException e) {
      throw new HasilaJsonException("output", 0, 0, 0, "$", "a writable stream", String.valueOf(e), e);
    }
  }

  private void writeDocument(OutputStream out, Consumer<JsonGenerator> body) throws IOException {
    try (JsonGenerator g = json.documentGenerator(out)) {
      body.accept(g);
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
