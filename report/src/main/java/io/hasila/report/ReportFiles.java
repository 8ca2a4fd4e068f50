package io.hasila.report;

import io.hasila.internal.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/** Writes a rendered report to a file atomically, for {@link Reports} and {@link ImportReports}. */
final class ReportFiles {
  private ReportFiles() {}

  /** Renders into a stream. */
  @FunctionalInterface
  interface Rendering {
    void to(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} with what {@code rendering} writes, only once all of it is written;
   * {@code what} names the report in the error ("html report").
   */
  static void write(Path target, String what, Rendering rendering) {
    Objects.requireNonNull(target, "target");
    try (AtomicFile file = AtomicFile.create(target)) {
      rendering.to(file.out());
      file.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": expected a writable file for the " + what + " but found: " + e, e);
    }
  }
}
