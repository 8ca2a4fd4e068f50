package io.hasila.json;

import io.hasila.internal.AtomicFile;
import io.hasila.internal.Encodings;
import io.hasila.internal.IoFailures;
import io.hasila.io.ReadMode;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Dataset;
import io.hasila.model.Term;
import io.hasila.model.Vocabularies;
import io.hasila.tally.Mapping;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Hasila's JSON formats, configured once: JSON Lines files of activities or audience snapshots
 * (through {@link #activityReader()}, {@link #snapshotReader()} and the writers), dataset
 * documents, vocabulary documents, tally definition and tally documents, and mappings between
 * definitions.
 *
 * <p>Defaults: {@link ReadMode#STRICT strict} reading, {@link JsonLimits#defaults() default
 * limits}, and the {@link Vocabularies#standard() well-known} codes: a code nobody declared (a
 * platform, a kind, a theme) is an error naming the closest known code; declare others with {@link
 * #withVocabularies} (from a vocabulary document with {@link #readVocabularies}). Every failure is
 * a {@link HasilaJsonException}; every file write is atomic. Immutable and thread safe; the
 * streams, readers and writers it opens are not.
 *
 * <pre>{@code
 * HasilaJson json = HasilaJson.create();
 * json.writeActivities(Path.of("activities.jsonl"), activities);
 * try (JsonLinesReader<Activity> in = json.activityReader().open(Path.of("activities.jsonl"))) {
 *   in.forEachRemaining(a -> ...);
 * }
 * }</pre>
 */
public final class HasilaJson {
  private final ReadMode mode;
  private final JsonSupport json;
  private final Vocabularies vocabularies;
  private final DefinitionRegistry definitions;

  private HasilaJson(ReadMode mode, JsonLimits limits, Vocabularies vocabularies, DefinitionRegistry definitions) {
    this.mode = mode;
    this.json = new JsonSupport(limits);
    this.vocabularies = vocabularies;
    this.definitions = definitions;
  }

  /** Strict reading, default limits, the well-known codes, no definitions known. */
  public static HasilaJson create() {
    return new HasilaJson(ReadMode.STRICT, JsonLimits.defaults(), Vocabularies.standard(), DefinitionRegistry.EMPTY);
  }

  /** A copy that reads in this mode. */
  public HasilaJson withMode(ReadMode mode) {
    return new HasilaJson(Objects.requireNonNull(mode, "mode"), json.limits(), vocabularies, definitions);
  }

  /** A copy with these input limits. */
  public HasilaJson withLimits(JsonLimits limits) {
    return new HasilaJson(mode, Objects.requireNonNull(limits, "limits"), vocabularies, definitions);
  }

  /** A copy that reads the codes of {@code vocabularies}: the well-known ones and those declared there. */
  public HasilaJson withVocabularies(Vocabularies vocabularies) {
    return new HasilaJson(mode, json.limits(), Objects.requireNonNull(vocabularies, "vocabularies"), definitions);
  }

  /**
   * A copy that knows these tally definitions too: a tally document's {@code definitionRef} (and
   * {@code definitionVersion}) resolves against them, a mapping's category ids are checked against
   * them, and a definition or inline definition read that has the id and version of one of them
   * must be that definition.
   *
   * @throws IllegalArgumentException if two different definitions have the same id and version
   */
  public HasilaJson withDefinitions(Collection<TallyDefinition> definitions) {
    return new HasilaJson(mode, json.limits(), vocabularies, this.definitions.with(Objects.requireNonNull(definitions, "definitions")));
  }

  /** A copy that knows these tally definitions too; see {@link #withDefinitions(Collection)}. */
  public HasilaJson withDefinitions(TallyDefinition... definitions) {
    return withDefinitions(List.of(definitions));
  }

  /** The tally definitions this facade knows, in the order given. */
  public List<TallyDefinition> definitions() {
    return definitions.all();
  }

  /** The reading mode. */
  public ReadMode mode() {
    return mode;
  }

  /** The input limits. */
  public JsonLimits limits() {
    return json.limits();
  }

  /** The vocabularies codes resolve against. */
  public Vocabularies vocabularies() {
    return vocabularies;
  }

  // --- JSON Lines ----------------------------------------------------------------------------

  /** A reader of JSON Lines files of activities, in this facade's mode, limits and vocabularies. */
  public JsonRecordReader<Activity> activityReader() {
    return JsonRecordReader.of(Activity.class, RecordLayout.ACTIVITIES, json, mode, vocabularies);
  }

  /** A reader of JSON Lines files of audience snapshots, in this facade's mode, limits and vocabularies. */
  public JsonRecordReader<AudienceSnapshot> snapshotReader() {
    return JsonRecordReader.of(AudienceSnapshot.class, RecordLayout.SNAPSHOTS, json, mode, vocabularies);
  }

  /** Opens an atomic JSON Lines writer of activities; call {@link JsonLinesWriter#commit()} to put the file in place. */
  public JsonLinesWriter<Activity> activityWriter(Path file) {
    return newWriter(file, activityEncoder());
  }

  /** A JSON Lines writer of activities to a caller's stream, which it never closes. */
  public JsonLinesWriter<Activity> activityWriter(OutputStream out) {
    return new JsonLinesWriter<>("output", null, Objects.requireNonNull(out, "out"), json, activityEncoder());
  }

  /** Opens an atomic JSON Lines writer of audience snapshots; call {@link JsonLinesWriter#commit()} to put the file in place. */
  public JsonLinesWriter<AudienceSnapshot> snapshotWriter(Path file) {
    return newWriter(file, snapshotEncoder());
  }

  /** A JSON Lines writer of audience snapshots to a caller's stream, which it never closes. */
  public JsonLinesWriter<AudienceSnapshot> snapshotWriter(OutputStream out) {
    return new JsonLinesWriter<>("output", null, Objects.requireNonNull(out, "out"), json, snapshotEncoder());
  }

  /** Writes activities to a JSON Lines file, atomically. */
  public void writeActivities(Path file, Iterable<? extends Activity> activities) {
    writeAll(activityWriter(file), activities);
  }

  /** Writes audience snapshots to a JSON Lines file, atomically. */
  public void writeSnapshots(Path file, Iterable<? extends AudienceSnapshot> snapshots) {
    writeAll(snapshotWriter(file), snapshots);
  }

  /** One activity as a JSON Lines record (without the line feed). */
  public String toJson(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    return writeString(g -> activityEncoder().accept(g, activity), false);
  }

  /** One audience snapshot as a JSON Lines record (without the line feed). */
  public String toJson(AudienceSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    return writeString(g -> snapshotEncoder().accept(g, snapshot), false);
  }

  /** Reads one activity from one JSON record; always strict. */
  public Activity activityFromJson(String record) {
    return activityReader().fromJson(record);
  }

  /** Reads one audience snapshot from one JSON record; always strict. */
  public AudienceSnapshot snapshotFromJson(String record) {
    return snapshotReader().fromJson(record);
  }

  private static BiConsumer<JsonGenerator, Activity> activityEncoder() {
    RecordEncoder encoder = new RecordEncoder();
    return (g, a) -> encoder.write(g, RecordLayout.of(a.type()), a);
  }

  private static BiConsumer<JsonGenerator, AudienceSnapshot> snapshotEncoder() {
    RecordEncoder encoder = new RecordEncoder();
    RecordLayout layout = RecordLayout.of(AudienceSnapshot.TYPE);
    return (g, s) -> encoder.write(g, layout, s);
  }

  // --- vocabulary documents ------------------------------------------------------------------

  /**
   * Reads a vocabulary document, {@code {"schemaVersion": 1, "vocabularies": {"platform": [{"code":
   * "x", "labels": {...}}], ...}}}: the well-known codes plus those it declares. Use the result with
   * {@link #withVocabularies}.
   */
  public Vocabularies readVocabularies(Path file) {
    return readDocument(documentBytes(file), name(file), p -> Vocabularies.standard().with(VocabularyCodec.readDocument(p, true)));
  }

  /** Reads a vocabulary document from its text; see {@link #readVocabularies(Path)}. */
  public Vocabularies vocabulariesFromJson(String document) {
    Objects.requireNonNull(document, "document");
    return readDocument(
        document.getBytes(StandardCharsets.UTF_8), "document", p -> Vocabularies.standard().with(VocabularyCodec.readDocument(p, true)));
  }

  /** Writes the codes {@code vocabularies} declares as a vocabulary document, atomically. */
  public void writeVocabularies(Path file, Vocabularies vocabularies) {
    Objects.requireNonNull(vocabularies, "vocabularies");
    writeFile(file, g -> VocabularyCodec.writeDocument(g, vocabularies));
  }

  /** A vocabulary document as text; see {@link #writeVocabularies(Path, Vocabularies)}. */
  public String toJson(Vocabularies vocabularies) {
    Objects.requireNonNull(vocabularies, "vocabularies");
    return writeString(g -> VocabularyCodec.writeDocument(g, vocabularies), true) + "\n";
  }

  // --- dataset documents ---------------------------------------------------------------------

  /**
   * Reads a dataset document (version 2, or 1). Its records' codes resolve against this facade's
   * vocabularies plus the codes the document declares. Strict: the first bad record throws.
   * Lenient: bad activities and snapshots (including repeated activity ids and repeated
   * account-days) are set aside in the result; anything else wrong with the document still throws.
   */
  public DatasetReadResult readDataset(Path file) {
    return readDataset(documentBytes(file), name(file));
  }

  /** Reads a dataset document from its text; see {@link #readDataset(Path)}. */
  public DatasetReadResult datasetFromJson(String document) {
    Objects.requireNonNull(document, "document");
    return readDataset(document.getBytes(StandardCharsets.UTF_8), "document");
  }

  private DatasetReadResult readDataset(byte[] bytes, String source) {
    byte[] content = withoutBom(bytes);
    requireUtf8Start(content, source);
    try (JsonParser p = json.parser(content, content.length)) {
      return DatasetCodec.read(p, () -> json.parser(content, content.length), content, source, mode, vocabularies);
    } catch (JacksonException e) {
      throw Faults.of(e, source, 0, content, 1);
    }
  }

  /** Writes a dataset document (version 2), atomically; indented, with a final line feed. */
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
   * Reads a tally definition document, of version 3, 2 or (through the migration the README
   * describes) 1. A definition is hand-edited, so every fault is reported with its line, column
   * and JSON path, in both reading modes (a definition is read whole or not at all): malformed
   * JSON, unknown properties, kinds, codes, property paths and rule operands (with the closest
   * known one), category ids that are malformed, used twice or not under their parent, totals
   * without a part that has a value, an id and version this facade knows for another definition.
   * Codes resolve against this facade's vocabularies plus the codes the definition declares.
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
   * Writes a tally definition document (version 3), atomically; indented, with a final line feed.
   * A definition with a {@link io.hasila.tally.Selector#custom custom} selector cannot be written:
   * it fails before anything is written, naming the category and the selector.
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
   * Reads a tally document (version 3, 2 or 1) whose definition is inline, or named by {@code
   * definitionRef} (and {@code definitionVersion}) as one of the definitions this facade knows
   * ({@link #withDefinitions}). Figures must name categories of the definition that have a value,
   * once each; in version 3 a published figure names one of the tally's sources, each listed once
   * (versions 2 and 1 write sources inline, read the same way). A tally over a definition the
   * facade does not know is read with {@link #readTally(Path, TallyDefinition)}.
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
   * Writes a self-contained tally document (version 3), atomically: the definition inline, then the
   * institution, the period, the sources of the published figures (each once, with its id) and the
   * figures in definition order, each with its provenance. Fails
   * before writing anything if the definition holds a custom selector (see {@link
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
    List<Term> declared;
    try (JsonParser p = json.parser(content, content.length)) {
      declared = TallyReader.declaredIn(p);
    } catch (RuntimeException e) {
      declared = List.of(); // the reading below reports what is wrong
    }
    Vocabularies known = vocabularies.with(declared);
    return readDocument(content, source, p -> read.apply(new TallyReader(p, known, 0).withDefinitions(definitions)));
  }

  // --- mappings ------------------------------------------------------------------------------

  /**
   * Reads a mapping document ({@code schemaVersion} 1) between two tally definitions. When this
   * facade knows both definitions ({@link #withDefinitions}), every category id is checked against
   * its definition, at its JSON path, with the closest known id; {@link
   * io.hasila.tally.Comparison} checks them again in any case.
   */
  public Mapping readMapping(Path file) {
    return readDocument(documentBytes(file), name(file), p -> MappingCodec.read(p, definitions, true));
  }

  /** Reads a mapping document from a stream, naming it {@code source} in errors; the caller closes {@code in}. */
  public Mapping readMapping(InputStream in, String source) {
    return readDocument(documentBytes(in, source), source, p -> MappingCodec.read(p, definitions, true));
  }

  /** Reads a mapping document from its text; see {@link #readMapping(Path)}. */
  public Mapping mappingFromJson(String document) {
    Objects.requireNonNull(document, "document");
    return readDocument(document.getBytes(StandardCharsets.UTF_8), "document", p -> MappingCodec.read(p, definitions, true));
  }

  /** Writes a mapping document ({@code schemaVersion} 1), atomically; indented, a line of the mapping on one line. */
  public void writeMapping(Path file, Mapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    writeFile(file, g -> MappingCodec.write(g, mapping));
  }

  /** Writes a mapping document to a caller's stream, which it never closes. */
  public void writeMapping(OutputStream out, Mapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    writeStream(out, g -> MappingCodec.write(g, mapping));
  }

  /** A mapping document as text; see {@link #writeMapping(Path, Mapping)}. */
  public String toJson(Mapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    return writeString(g -> MappingCodec.write(g, mapping), true) + "\n";
  }

  // --- documents -----------------------------------------------------------------------------

  private <T> T readDocument(byte[] bytes, String source, Function<JsonParser, T> read) {
    byte[] content = withoutBom(bytes);
    requireUtf8Start(content, source);
    try (JsonParser p = json.parser(content, content.length)) {
      try {
        try {
          return read.apply(p);
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

  /** The bytes of a document file, refused beyond the document size limit. */
  private byte[] documentBytes(Path file) {
    String source = name(file);
    try {
      if (Files.isDirectory(file)) {
        throw new FileSystemException(file.toString(), null, "is a directory");
      }
      long size = Files.size(file);
      if (size > json.limits().maxDocumentBytes()) {
        throw new HasilaJsonException(source, 0, 0, 0, "$", documentLimit(), "a file of " + size + " bytes", null);
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw ioFailure(source, "a readable file", e);
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
        throw new HasilaJsonException(source, 0, 0, 0, "$", documentLimit(), "a longer stream", null);
      }
      return bytes;
    } catch (IOException e) {
      throw ioFailure(source, "a readable stream", e);
    }
  }

  /** The document size limit in words: its value, its name and how to raise it. */
  private String documentLimit() {
    return "a document of at most "
        + json.limits().maxDocumentBytes()
        + " bytes (JsonLimits.maxDocumentBytes; raise it with withLimits(JsonLimits.defaults().withMaxDocumentBytes(...)))";
  }

  /** Fails unless a document's bytes start as UTF-8 JSON may (no byte order mark of UTF-16 or UTF-32, no NUL). */
  private static void requireUtf8Start(byte[] content, String source) {
    String bom = Encodings.byteOrderMark(content, Math.min(4, content.length));
    if (bom != null) {
      throw new HasilaJsonException(source, 1, 1, 0, "$", "UTF-8 text", Encodings.foreignByteOrderMark(bom), null);
    }
    JsonFault foreign = JsonSupport.foreignStart(content, 0, content.length);
    if (foreign != null) {
      throw new HasilaJsonException(source, 1, 1, 0, "$", foreign.expected, foreign.found, foreign);
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
    } catch (IOException e) {
      throw ioFailure(source, "a writable file", e);
    } catch (JacksonException e) {
      throw new HasilaJsonException(source, 0, 0, 0, "$", "a writable file", String.valueOf(e.getOriginalMessage()), e);
    } catch (JsonFault e) {
      throw writeFailure(source, 0, e);
    }
  }

  /** Writes an indented document with a final line feed to a caller's stream, flushed, not closed. */
  private void writeStream(OutputStream out, Consumer<JsonGenerator> body) {
    Objects.requireNonNull(out, "out");
    try {
      writeDocument(out, body);
      out.flush();
    } catch (IOException e) {
      throw ioFailure("output", "a writable stream", e);
    } catch (JacksonException e) {
      throw new HasilaJsonException("output", 0, 0, 0, "$", "a writable stream", String.valueOf(e.getOriginalMessage()), e);
    } catch (JsonFault e) {
      throw writeFailure("output", 0, e);
    }
  }

  private void writeDocument(OutputStream out, Consumer<JsonGenerator> body) throws IOException {
    try (JsonGenerator g = json.documentGenerator(out)) {
      body.accept(g);
    }
    out.write('\n');
  }

  // --- plumbing ------------------------------------------------------------------------------

  private <T> JsonLinesWriter<T> newWriter(Path file, BiConsumer<JsonGenerator, T> encode) {
    try {
      AtomicFile out = AtomicFile.create(file);
      return new JsonLinesWriter<>(name(file), out, out.out(), json, encode);
    } catch (IOException e) {
      throw ioFailure(name(file), "a writable file", e);
    }
  }

  private static <T> void writeAll(JsonLinesWriter<T> writer, Iterable<? extends T> records) {
    Objects.requireNonNull(records, "records");
    try (writer) {
      writer.writeAll(records);
      writer.commit();
    }
  }

  private String writeString(Consumer<JsonGenerator> body, boolean document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = document ? json.documentGenerator(out) : json.linesGenerator(out)) {
      body.accept(g);
    } catch (JsonFault e) {
      throw writeFailure("output", 0, e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** An I/O failure as a {@link HasilaJsonException} on {@code source}, naming the path, with the cause. */
  static HasilaJsonException ioFailure(String source, String expected, IOException e) {
    return new HasilaJsonException(source, 0, 0, 0, "$", expected, IoFailures.describe(e), e);
  }

  /** A failure to write a value, as a {@link HasilaJsonException} on {@code target}. */
  static HasilaJsonException writeFailure(String target, long record, RuntimeException e) {
    if (e instanceof JsonFault) {
      JsonFault f = (JsonFault) e;
      return new HasilaJsonException(target, 0, 0, record, f.path, f.expected, f.found, e);
    }
    return new HasilaJsonException(target, 0, 0, record, "$", "a value that can be written", String.valueOf(e.getMessage()), e);
  }

  /** A file's name as messages show it. */
  static String name(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
