package io.hasila.csv;

import io.hasila.io.ReadMode;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Labels;
import io.hasila.model.Vocabularies;
import io.hasila.tally.Tally;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Hasila's CSV format, configured: readers and writers of activities and audience snapshots, and
 * the tally export.
 *
 * <p>{@code HasilaCsv.create().withMode(ReadMode.LENIENT).activityReader().read(path)} reads a
 * whole file; {@code HasilaCsv.create().withDialect(CsvDialect.EXCEL).writeActivities(path,
 * activities)} writes one atomically. The settings are the mode and vocabularies readers start
 * from, and the dialect and delimiter writers use (readers detect the delimiter unless told with
 * {@link CsvRecordReader#withDelimiter}). The columns are derived from the record descriptions,
 * documented in the module README and listed by {@link #activityColumns()} and {@link
 * #snapshotColumns()}. Every failure, I/O included, is a {@link HasilaCsvException}. Immutable and
 * thread safe.
 */
public final class HasilaCsv {
  private static final Labels TYPE_LABELS = Labels.of("نوع النشاط", "type d'activité", "activity type");

  static final FileLayout<Activity> ACTIVITIES =
      FileLayout.typed("activity", TYPE_LABELS, ActivityType.all(), Activity.PROPERTIES, Activity::type);

  static final FileLayout<AudienceSnapshot> SNAPSHOTS = FileLayout.of("snapshot", AudienceSnapshot.TYPE);

  private static final String STREAM = "output stream";

  private static final HasilaCsv DEFAULTS =
      new HasilaCsv(ReadMode.STRICT, Vocabularies.standard(), CsvDialect.PLAIN, ',');

  private final ReadMode mode;
  private final Vocabularies vocabularies;
  private final CsvDialect dialect;
  private final char delimiter;

  private HasilaCsv(ReadMode mode, Vocabularies vocabularies, CsvDialect dialect, char delimiter) {
    this.mode = mode;
    this.vocabularies = vocabularies;
    this.dialect = dialect;
    this.delimiter = delimiter;
  }

  /** The format with its defaults: strict reading, the standard vocabularies, the plain dialect, commas. */
  public static HasilaCsv create() {
    return DEFAULTS;
  }

  /** The same format with readers in this mode: strict (the default) or lenient. */
  public HasilaCsv withMode(ReadMode mode) {
    return new HasilaCsv(Objects.requireNonNull(mode, "mode"), vocabularies, dialect, delimiter);
  }

  /** The same format with readers accepting the codes of {@code vocabularies}; {@link Vocabularies#standard()} unless set. */
  public HasilaCsv withVocabularies(Vocabularies vocabularies) {
    return new HasilaCsv(mode, Objects.requireNonNull(vocabularies, "vocabularies"), dialect, delimiter);
  }

  /** The same format with writers in this dialect: plain (no BOM, LF; the default) or Excel-friendly (BOM, CRLF). */
  public HasilaCsv withDialect(CsvDialect dialect) {
    return new HasilaCsv(mode, vocabularies, Objects.requireNonNull(dialect, "dialect"), delimiter);
  }

  /**
   * The same format with writers using this delimiter: ',' (the default) or ';' for spreadsheets in locales such as French.
   *
   * @throws IllegalArgumentException if {@code delimiter} is neither ',' nor ';'
   */
  public HasilaCsv withDelimiter(char delimiter) {
    if (delimiter != ',' && delimiter != ';') {
      throw new IllegalArgumentException("HasilaCsv.delimiter must be ',' or ';' but was: '" + delimiter + "'");
    }
    return new HasilaCsv(mode, vocabularies, dialect, delimiter);
  }

  /** The mode readers start in. */
  public ReadMode mode() {
    return mode;
  }

  /** The vocabularies readers resolve codes against. */
  public Vocabularies vocabularies() {
    return vocabularies;
  }

  /** The dialect writers use. */
  public CsvDialect dialect() {
    return dialect;
  }

  /** The delimiter writers use. */
  public char delimiter() {
    return delimiter;
  }

  /** A reader of activities files, in this format's mode and vocabularies. */
  public CsvRecordReader<Activity> activityReader() {
    return new CsvRecordReader<>(ACTIVITIES, mode, vocabularies);
  }

  /** A reader of audience snapshots files, in this format's mode and vocabularies. */
  public CsvRecordReader<AudienceSnapshot> snapshotReader() {
    return new CsvRecordReader<>(SNAPSHOTS, mode, vocabularies);
  }

  /** A writer of a new activities file, which replaces {@code file} atomically on commit. */
  public HasilaCsvWriter<Activity> activityWriter(Path file) {
    return HasilaCsvWriter.toFile(ACTIVITIES, dialect, delimiter, Objects.requireNonNull(file, "file"));
  }

  /** A writer of activities to a stream, flushed on commit and left open. */
  public HasilaCsvWriter<Activity> activityWriter(OutputStream out) {
    return HasilaCsvWriter.toStream(ACTIVITIES, dialect, delimiter, Objects.requireNonNull(out, "out"), STREAM);
  }

  /** A writer of a new audience snapshots file, which replaces {@code file} atomically on commit. */
  public HasilaCsvWriter<AudienceSnapshot> snapshotWriter(Path file) {
    return HasilaCsvWriter.toFile(SNAPSHOTS, dialect, delimiter, Objects.requireNonNull(file, "file"));
  }

  /** A writer of audience snapshots to a stream, flushed on commit and left open. */
  public HasilaCsvWriter<AudienceSnapshot> snapshotWriter(OutputStream out) {
    return HasilaCsvWriter.toStream(SNAPSHOTS, dialect, delimiter, Objects.requireNonNull(out, "out"), STREAM);
  }

  /** Writes activities to a file atomically: the old file stays as it was if anything fails. */
  public void writeActivities(Path file, Iterable<? extends Activity> activities) {
    write(activityWriter(file), activities);
  }

  /** Writes activities to a stream, flushes it and leaves it open. */
  public void writeActivities(OutputStream out, Iterable<? extends Activity> activities) {
    write(activityWriter(out), activities);
  }

  /** Writes audience snapshots to a file atomically: the old file stays as it was if anything fails. */
  public void writeSnapshots(Path file, Iterable<? extends AudienceSnapshot> snapshots) {
    write(snapshotWriter(file), snapshots);
  }

  /** Writes audience snapshots to a stream, flushes it and leaves it open. */
  public void writeSnapshots(OutputStream out, Iterable<? extends AudienceSnapshot> snapshots) {
    write(snapshotWriter(out), snapshots);
  }

  /**
   * Exports a tally to a file atomically, as a flat table for spreadsheets: one row per category
   * with its path, depth, labels in Arabic, French and English, value and provenance. The export is
   * not read back: tallies round-trip as JSON.
   */
  public void writeTally(Path file, Tally tally) {
    Objects.requireNonNull(tally, "tally");
    write(HasilaCsvWriter.toFile(TallySchema.INSTANCE, dialect, delimiter, Objects.requireNonNull(file, "file")), TallySchema.lines(tally));
  }

  /** Exports a tally to a stream as {@link #writeTally(Path, Tally)} does, flushes it and leaves it open. */
  public void writeTally(OutputStream out, Tally tally) {
    Objects.requireNonNull(tally, "tally");
    write(
        HasilaCsvWriter.toStream(TallySchema.INSTANCE, dialect, delimiter, Objects.requireNonNull(out, "out"), STREAM),
        TallySchema.lines(tally));
  }

  /**
   * Exports a tally to a file atomically, laid out by {@code export}: e.g. one label column in the
   * reader's language, the comparison with another year, the header and codes in that language.
   */
  public void writeTally(Path file, Tally tally, TallyExport export) {
    Objects.requireNonNull(tally, "tally");
    write(
        HasilaCsvWriter.toFile(new TallySchema(Objects.requireNonNull(export, "export")), dialect, delimiter, Objects.requireNonNull(file, "file")),
        TallySchema.lines(tally));
  }

  /** Exports a tally to a stream laid out by {@code export}, flushes it and leaves it open; see {@link #writeTally(Path, Tally, TallyExport)}. */
  public void writeTally(OutputStream out, Tally tally, TallyExport export) {
    Objects.requireNonNull(tally, "tally");
    write(
        HasilaCsvWriter.toStream(
            new TallySchema(Objects.requireNonNull(export, "export")), dialect, delimiter, Objects.requireNonNull(out, "out"), STREAM),
        TallySchema.lines(tally));
  }

  private static <T> void write(HasilaCsvWriter<T> writer, Iterable<? extends T> values) {
    try (writer) {
      writer.writeAll(Objects.requireNonNull(values, "values"));
      writer.commit();
    }
  }

  /** The columns of an activities file, in writing order, described. */
  public static List<CsvColumn> activityColumns() {
    return ACTIVITIES.columns();
  }

  /** The columns of an audience snapshots file, in writing order, described. */
  public static List<CsvColumn> snapshotColumns() {
    return SNAPSHOTS.columns();
  }

  /** The columns of a tally export, in writing order. */
  public static List<String> tallyColumns() {
    return TallySchema.COLUMNS;
  }

  /** The settings, for logs. */
  @Override
  public String toString() {
    return "HasilaCsv[" + mode + ", " + dialect + ", '" + delimiter + "', " + vocabularies + "]";
  }
}
