package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.aggregate.Aggregator;
import io.hasila.model.Activity;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("files that cannot be read")
final class FileFailuresTest {
  private static final Aggregator<Activity, long[], Long> COUNT =
      Aggregator.of(
          () -> new long[1],
          (n, a) -> {
            n[0]++;
            return n;
          },
          (a, b) -> {
            a[0] += b[0];
            return a;
          },
          n -> n[0]);

  @TempDir Path dir;

  private static HasilaCsvException fails(Executable read) {
    return assertThrows(HasilaCsvException.class, read);
  }

  @Test
  @DisplayName("a missing file is a HasilaCsvException naming the path, with the I/O failure as its cause")
  void missingFile() {
    Path file = dir.resolve("missing.csv");
    CsvRecordReader<Activity> reader = HasilaCsv.create().activityReader();
    for (HasilaCsvException e :
        List.of(
            fails(() -> reader.open(file)),
            fails(() -> reader.read(file)),
            fails(() -> reader.withParallelism(2).aggregate(file, COUNT)))) {
      assertEquals("missing.csv", e.source());
      assertEquals(
          "missing.csv: expected a readable file but found no file \"" + file + "\"", e.getMessage());
      assertTrue(e.getCause() instanceof NoSuchFileException, String.valueOf(e.getCause()));
      assertEquals(0, e.line());
      assertEquals(0, e.record());
    }
  }

  @Test
  @DisplayName("a directory is a HasilaCsvException naming the path")
  void directory() {
    CsvRecordReader<Activity> reader = HasilaCsv.create().activityReader();
    for (HasilaCsvException e :
        List.of(fails(() -> reader.open(dir)), fails(() -> reader.read(dir)), fails(() -> reader.aggregate(dir, COUNT)))) {
      assertEquals("a CSV file", e.expected());
      assertEquals("a directory \"" + dir + "\"", e.found().orElseThrow());
    }
  }
}
