package io.hasila.csv;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes that replace a file all at once: a temporary file beside the target, then an atomic rename. */
final class AtomicFiles {
  private AtomicFiles() {}

  /** A new empty temporary file in the target's directory, so that the final move is a rename. */
  static Path tempFor(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    return Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
  }

  /** Moves {@code temp} over {@code target} atomically where the file system allows it. */
  static void publish(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes {@code temp}, adding any failure to {@code primary} if there is one. */
  static void discard(Path temp, Throwable primary) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      }
    }
  }
}
