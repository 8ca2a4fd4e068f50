package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams 2,000,000 generated activities through a JVM limited to a 64 MB heap.
 *
 * <p>Tagged {@code large} and left out of the default build (it takes about a minute); run it with
 * {@code ./mvnw -B -pl io-csv -am verify -Dgroups=large}.
 */
@Tag("large")
@DisplayName("large files")
final class LargeFileTest {
  @TempDir Path dir;

  @Test
  @DisplayName("2,000,000 rows are written and read back in a 64 MB heap")
  void twoMillionRowsInASmallHeap() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    LargeFileMain.class.getName(),
                    "2000000",
                    dir.resolve("big.csv").toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.println(output);
    assertEquals(0, p.waitFor(), output);
    assertTrue(output.contains("read 2000000"), output);
  }
}
