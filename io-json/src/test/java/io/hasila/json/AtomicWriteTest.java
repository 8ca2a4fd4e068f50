package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.model.Activity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AtomicWriteTest {
  private static final HasilaJson JSON = HasilaJson.create().withVocabularies(Samples2020.VOCABULARIES);

  @TempDir Path dir;

  @Test
  @DisplayName("a write that fails half way leaves the previous file intact and no temporary file")
  void failedWriteKeepsOldFile() throws IOException {
    Path file = dir.resolve("activities.jsonl");
    JSON.writeActivities(file, Samples2020.activities());
    byte[] before = Files.readAllBytes(file);
    Iterable<Activity> failing =
        () ->
            new Iterator<>() {
              private final Iterator<Activity> in = Samples2020.activities().iterator();
              private int n;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public Activity next() {
                if (++n == 4) {
                  throw new IllegalStateException("source failed");
                }
                return in.next();
              }
            };
    assertThrows(IllegalStateException.class, () -> JSON.writeActivities(file, failing));
    assertArrayEquals(before, Files.readAllBytes(file));
    assertEquals(List.of(file), list());
  }

  @Test
  @DisplayName("a writer closed without commit discards its output")
  void closeWithoutCommit() throws IOException {
    Path file = dir.resolve("activities.jsonl");
    try (JsonLinesWriter<Activity> w = JSON.activityWriter(file)) {
      w.writeAll(Samples2020.activities());
    }
    assertEquals(List.of(), list());
  }

  @Test
  @DisplayName("a failed dataset write leaves the previous document intact")
  void failedDatasetWrite() throws IOException {
    Path file = dir.resolve("dataset.json");
    JSON.writeDataset(file, Samples2020.dataset());
    byte[] before = Files.readAllBytes(file);
    assertThrows(HasilaJsonException.class, () -> JSON.writeDataset(dir.resolve("missing-dir/dataset.json"), Samples2020.dataset()));
    assertArrayEquals(before, Files.readAllBytes(file));
    JSON.writeDataset(file, Samples2020.dataset());
    assertEquals(List.of(file), list());
  }

  private List<Path> list() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().collect(java.util.stream.Collectors.toList());
    }
  }
}
