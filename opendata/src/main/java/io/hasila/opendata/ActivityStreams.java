package io.hasila.opendata;

import io.hasila.model.Activity;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The Activity Streams 2.0 export of an activity log: one JSON-LD {@code OrderedCollection} whose
 * items are the activities, each typed with an Activity Streams type, a schema.org type and its
 * Hasila type, with every property it holds.
 *
 * <p>{@code ActivityStreams.create().withBase(URI.create("https://data.example.org/2020/")).write(path,
 * activities)} writes a file atomically; {@link #writer(Path)} writes a log of any size one activity
 * at a time. The document's context is the Activity Streams context followed by Hasila's own,
 * inlined, so that the file reads without fetching anything but the Activity Streams context. The
 * choices of types and terms are tabled in the module README; everything else follows from the
 * record descriptions. Immutable and thread safe.
 */
public final class ActivityStreams {
  /** The base of the IRIs when none is set. */
  public static final URI DEFAULT_BASE = URI.create("urn:hasila:");

  private final URI base;

  private ActivityStreams(URI base) {
    this.base = base;
  }

  /** The export with IRIs under {@link #DEFAULT_BASE}. */
  public static ActivityStreams create() {
    return new ActivityStreams(DEFAULT_BASE);
  }

  /**
   * The same export with the IRIs of activities, units and counterparts under {@code base}: {@code
   * <base>activities/<id>}, {@code <base>org_unit/<id>}, {@code <base>counterpart/<id>}.
   *
   * @throws IllegalArgumentException if {@code base} is not absolute or does not end with {@code /},
   *     {@code #} or {@code :}
   */
  public ActivityStreams withBase(URI base) {
    Objects.requireNonNull(base, "base");
    String s = base.toString();
    if (!base.isAbsolute() || !(s.endsWith("/") || s.endsWith("#") || s.endsWith(":"))) {
      throw new IllegalArgumentException(
          "ActivityStreams.base must be an absolute IRI ending with '/', '#' or ':' but was: " + s);
    }
    return new ActivityStreams(base);
  }

  /** The base of the IRIs. */
  public URI base() {
    return base;
  }

  /** A writer of a new export file, which replaces {@code file} atomically on commit. */
  public ActivityStreamsWriter writer(Path file) {
    return new ActivityStreamsWriter(JsonOut.toFile(Objects.requireNonNull(file, "file")), base.toString());
  }

  /** A writer of the export to a stream, flushed on commit and left open. */
  public ActivityStreamsWriter writer(OutputStream out) {
    return new ActivityStreamsWriter(JsonOut.toStream(Objects.requireNonNull(out, "out")), base.toString());
  }

  /** Writes the activities to a file atomically and returns how many were written. */
  public long write(Path file, Iterable<? extends Activity> activities) {
    return write(writer(file), activities);
  }

  /** Writes the activities to a stream, flushes it, leaves it open and returns how many were written. */
  public long write(OutputStream out, Iterable<? extends Activity> activities) {
    return write(writer(out), activities);
  }

  private static long write(ActivityStreamsWriter writer, Iterable<? extends Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    try (writer) {
      writer.writeAll(activities);
      writer.commit();
      return writer.written();
    }
  }

  /** Hasila's JSON-LD context as a document, {@code {"@context": {...}}}: what the exports inline. */
  public static String hasilaContext() {
    return HasilaContext.document();
  }

  /** The settings, for logs. */
  @Override
  public String toString() {
    return "ActivityStreams[" + base + "]";
  }
}
