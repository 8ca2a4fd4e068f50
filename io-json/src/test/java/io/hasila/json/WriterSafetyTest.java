package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Platform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("writers and files: permissions, links, long names, lone surrogates, I/O failures")
final class WriterSafetyTest {
  private static final AudienceSnapshot SNAPSHOT =
      AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", LocalDate.of(2020, 12, 31), 191_903);
  private static final HasilaJson JSON = HasilaJson.create();

  @TempDir Path dir;

  private List<String> filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  @DisplayName("defect 2: a replaced file keeps its permissions (JSON Lines and documents); a new one gets what the umask gives")
  void replacedFileKeepsItsPermissions() throws IOException {
    Path shared = dir.resolve("shared.jsonl");
    Files.writeString(shared, "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    JSON.writeSnapshots(shared, List.of(SNAPSHOT));
    assertEquals("rw-rw-r--", permissions(shared));
    Path vocabularies = dir.resolve("vocabularies.json");
    Files.writeString(vocabularies, "old");
    Files.setPosixFilePermissions(vocabularies, PosixFilePermissions.fromString("rw-------"));
    JSON.writeVocabularies(vocabularies, io.hasila.model.Vocabularies.standard());
    assertEquals("rw-------", permissions(vocabularies));

    Path fresh = dir.resolve("new.jsonl");
    JSON.writeSnapshots(fresh, List.of(SNAPSHOT));
    assertEquals(permissions(Files.createFile(dir.resolve("by-umask"))), permissions(fresh));
  }

  @Test
  @DisplayName("a symbolic link is followed: the file it points to is replaced and the link stays a link")
  void symlinkedTargetIsFollowed() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real")).resolve("snapshots.jsonl");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), Path.of("real", "snapshots.jsonl"));
    JSON.writeSnapshots(link, List.of(SNAPSHOT));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(List.of(SNAPSHOT), JSON.snapshotReader().read(real).accepted());
    assertEquals(List.of("snapshots.jsonl"), filesIn(dir.resolve("real")));
  }

  @Test
  @DisplayName("a file name as long as the file system allows can be written: the temporary name beside it is short")
  void fileNameAtTheFileSystemLimitCanBeWritten() throws IOException {
    Path file = dir.resolve("s".repeat(249) + ".jsonl");
    JSON.writeSnapshots(file, List.of(SNAPSHOT));
    assertEquals(List.of(SNAPSHOT), JSON.snapshotReader().read(file).accepted());
    assertEquals(List.of(file.getFileName().toString()), filesIn(dir));
  }

  @Test
  @DisplayName("reading a missing file or a directory, or writing where no file can be, is the library's exception naming the path")
  void ioFailuresAreTheLibrarysExceptionsNamingThePath() throws IOException {
    for (Path target : List.of(dir.resolve("missing.jsonl"), dir)) {
      HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> JSON.snapshotReader().read(target));
      assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
      assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
      assertTrue(
          assertThrows(HasilaJsonException.class, () -> JSON.readTallyDefinition(target)).getMessage().contains(target.toString()));
    }
    Path aFile = Files.writeString(dir.resolve("a-file"), "x");
    Path aDirectory = Files.createDirectory(dir.resolve("a-directory"));
    for (Path target : List.of(aDirectory, dir.resolve("missing").resolve("s.jsonl"), aFile.resolve("s.jsonl"), dir.resolve("s".repeat(300)))) {
      HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> JSON.writeSnapshots(target, List.of(SNAPSHOT)), target.toString());
      assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }
    assertEquals(List.of("a-directory", "a-file"), filesIn(dir));
  }

  @Test
  @DisplayName("defect 3: a lone surrogate is refused by the writer, naming the field")
  void loneSurrogateIsRefusedByTheWriter() {
    AudienceSnapshot cut = AudienceSnapshot.of(Platform.FACEBOOK, "DGSN\uD800", LocalDate.of(2020, 12, 31), 1);
    HasilaJsonException e =
        assertThrows(HasilaJsonException.class, () -> JSON.snapshotWriter(new ByteArrayOutputStream()).write(SNAPSHOT).write(cut));
    assertEquals(
        "output, $.account: expected Unicode text (a \\uD800-\\uDBFF escape followed by a \\uDC00-\\uDFFF one, never alone) but"
            + " found a lone surrogate \\uD800 at character 5",
        e.getMessage());
    assertEquals(2, e.record());
  }

  @Test
  @DisplayName("a date after the year 9999 is refused by the writer, since readers take four-digit years only")
  void fiveDigitYearIsRefusedByTheWriter() {
    AudienceSnapshot far = AudienceSnapshot.of(Platform.FACEBOOK, "a", LocalDate.of(10_000, 1, 1), 1);
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> JSON.toJson(far));
    assertEquals("output, $.date: expected a date in the years 0000 to 9999 but found +10000-01-01", e.getMessage());
  }
}
