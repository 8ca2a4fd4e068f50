package io.hasila.csv;

import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Theme;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The entry point of Hasila's CSV format: readers and writers of activities and audience snapshots,
 * and the tally export.
 *
 * <p>{@code HasilaCsv.activityReader().mode(ReadMode.LENIENT).readAll(path)} reads a whole file;
 * {@code HasilaCsv.activityWriter().dialect(CsvDialect.EXCEL).write(path, activities)} writes one
 * atomically. The column layouts are documented in the module README and listed by
 * {@link #activityColumns()} and {@link #snapshotColumns()}. Thread safe: every call returns a new builder.
 */
public final class HasilaCsv {
  private static final ActivitySchema WELL_KNOWN_THEMES = new ActivitySchema(List.of());

  private HasilaCsv() {}

  /** A reader builder for activities files; theme ids resolve against {@link Theme#wellKnown()}. */
  public static CsvReaderBuilder<Activity> activityReader() {
    return new CsvReaderBuilder<>(WELL_KNOWN_THEMES);
  }

  /**
   * A reader builder for activities files that resolves theme ids against the well-known themes and
   * {@code themes} (which win on the same id). An id found in neither becomes a theme whose labels
   * are the id itself; themes are equal by id, so values still compare equal.
   */
  public static CsvReaderBuilder<Activity> activityReader(Collection<Theme> themes) {
    return new CsvReaderBuilder<>(new ActivitySchema(Objects.requireNonNull(themes, "themes")));
  }

  /** A reader builder for audience snapshot files. */
  public static CsvReaderBuilder<AudienceSnapshot> snapshotReader() {
    return new CsvReaderBuilder<>(SnapshotSchema.INSTANCE);
  }

  /** A writer builder for activities files. */
  public static CsvWriterBuilder<Activity> activityWriter() {
    return new CsvWriterBuilder<>(WELL_KNOWN_THEMES);
  }

  /** A writer builder for audience snapshot files. */
  public static CsvWriterBuilder<AudienceSnapshot> snapshotWriter() {
    return new CsvWriterBuilder<>(SnapshotSchema.INSTANCE);
  }

  /** A writer of tally exports: one row per category with labels, value and provenance. */
  public static TallyCsvWriter tallyWriter() {
    return new TallyCsvWriter();
  }

  /** The columns of a tally export, in the order they are written. */
  public static List<String> tallyColumns() {
    return TallySchema.COLUMNS;
  }

  /** The columns of an activities file, in the order they are written. */
  public static List<String> activityColumns() {
    return ActivitySchema.COLUMNS;
  }

  /** The columns of an audience snapshots file, in the order they are written. */
  public static List<String> snapshotColumns() {
    return SnapshotSchema.COLUMNS;
  }
}
