package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Compares written files with the golden files, and regenerates them with {@code -Dhasila.regenerate=true}. */
final class Golden {
  private Golden() {}

  /** Fails unless {@code written} holds exactly the bytes of the golden file {@code name}. */
  static void compare(String name, Path written) throws IOException {
    byte[] actual = Files.readAllBytes(written);
    if (Boolean.getBoolean("hasila.regenerate")) {
      Path source = Paths.get("src/test/resources/golden", name);
      Files.createDirectories(source.getParent());
      Files.write(source, actual);
    }
    try (InputStream in = Samples2020.golden(name)) {
      assertArrayEquals(in.readAllBytes(), actual, name + " differs from what the writer produces; after a deliberate format change"
          + " run with -Dhasila.regenerate=true and review the diff");
    }
  }

  /** The golden file copied to {@code dir}. */
  static Path copy(String name, Path dir) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = Samples2020.golden(name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }
}
