package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("atomic writes")
final class AtomicWriteTest {
  private static final AudienceSnapshot FACEBOOK =
      AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", LocalDate.of(2020, 12, 31), 191_903);
  private static final AudienceSnapshot TWITTER =
      AudienceSnapshot.of(Platform.TWITTER, "@DGSN_MAROC", LocalDate.of(2020, 12, 31), 225_191);

  private static final HasilaCsv CSV = HasilaCsv.create();

  @TempDir Path dir;

  private List<String> filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  @DisplayName("a write that fails half way leaves the old file intact and no temporary file behind")
  void failingWriteKeepsTheOldFile() throws IOException {
    Path file = dir.resolve("snapshots.csv");
    CSV.writeSnapshots(file, List.of(FACEBOOK));
    byte[] before = Files.readAllBytes(file);
    Iterable<AudienceSnapshot> failing =
        () ->
            new Iterator<>() {
              int n;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public AudienceSnapshot next() {
                if (n++ == 1_000) {
                  throw new IllegalStateException("source failed");
                }
                return TWITTER;
              }
            };
    assertThrows(IllegalStateException.class, () -> CSV.writeSnapshots(file, failing));
    assertArrayEquals(before, Files.readAllBytes(file));
    assertEquals(List.of("snapshots.csv"), filesIn(dir));
  }

  @Test
  @DisplayName("a streaming writer closed without commit leaves the old file; commit replaces it")
  void commitPublishes() throws IOException {
    Path file = dir.resolve("snapshots.csv");
    CSV.writeSnapshots(file, List.of(FACEBOOK));
    byte[] before = Files.readAllBytes(file);
    try (HasilaCsvWriter<AudienceSnapshot> w = CSV.snapshotWriter(file)) {
      w.write(TWITTER);
    }
    assertArrayEquals(before, Files.readAllBytes(file));
    try (HasilaCsvWriter<AudienceSnapshot> w = CSV.snapshotWriter(file)) {
      w.write(TWITTER).write(FACEBOOK);
      assertEquals(2, w.written());
      w.commit();
      assertThrows(IllegalStateException.class, () -> w.write(TWITTER));
    }
    assertEquals(List.of(TWITTER, FACEBOOK), CSV.snapshotReader().read(file).accepted());
    assertEquals(List.of("snapshots.csv"), filesIn(dir));
  }

  @Test
  @DisplayName("a new file appears only on commit")
  void newFileAppearsOnCommit() {
    Path file = dir.resolve("new.csv");
    try (HasilaCsvWriter<AudienceSnapshot> w = CSV.snapshotWriter(file)) {
      w.write(FACEBOOK);
      assertFalse(Files.exists(file));
      w.commit();
    }
    assertEquals(List.of(FACEBOOK), CSV.snapshotReader().read(file).accepted());
  }

  @Test
  @DisplayName("a file in a directory that does not exist is a HasilaCsvException naming the path")
  void missingDirectory() {
    Path file = dir.resolve("no-such-dir").resolve("snapshots.csv");
    HasilaCsvException e = assertThrows(HasilaCsvException.class, () -> CSV.writeSnapshots(file, List.of(FACEBOOK)));
    assertEquals("snapshots.csv", e.source());
    assertTrue(e.getMessage().contains(dir.resolve("no-such-dir").toString()), e.getMessage());
    assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
  }
}
