package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.io.ReadMode;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.OrgUnit;
import io.hasila.model.Platform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

@DisplayName("writers: permissions, links, long names, lone surrogates, formulas, I/O failures")
final class WriterSafetyTest {
  private static final AudienceSnapshot SNAPSHOT =
      AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", LocalDate.of(2020, 12, 31), 191_903);

  @TempDir Path dir;

  private List<String> filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  private static Bulletin bulletin(String id, String title) {
    return Bulletin.builder()
        .id(id)
        .date(LocalDate.of(2020, 4, 2))
        .unit(OrgUnit.of("dgsn", "DGSN"))
        .kind(BulletinKind.NEWS)
        .title(title)
        .build();
  }

  @Test
  @DisplayName("defect 2: a replaced file keeps its permissions; a new one gets what the umask gives")
  void replacedFileKeepsItsPermissions() throws IOException {
    Path shared = dir.resolve("shared.csv");
    Files.writeString(shared, "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    HasilaCsv.create().writeSnapshots(shared, List.of(SNAPSHOT));
    assertEquals("rw-rw-r--", permissions(shared));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-------"));
    HasilaCsv.create().writeSnapshots(shared, List.of(SNAPSHOT));
    assertEquals("rw-------", permissions(shared));

    Path fresh = dir.resolve("new.csv");
    HasilaCsv.create().writeSnapshots(fresh, List.of(SNAPSHOT));
    Path byUmask = Files.createFile(dir.resolve("by-umask"));
    assertEquals(permissions(byUmask), permissions(fresh));
  }

  @Test
  @DisplayName("a symbolic link is followed: the file it points to is replaced and the link stays a link")
  void symlinkedTargetIsFollowed() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real")).resolve("snapshots.csv");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real", "snapshots.csv"));
    HasilaCsv.create().writeSnapshots(link, List.of(SNAPSHOT));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(List.of(SNAPSHOT), HasilaCsv.create().snapshotReader().read(real).accepted());
    assertEquals(List.of("link.csv", "real"), filesIn(dir));
    assertEquals(List.of("snapshots.csv"), filesIn(dir.resolve("real")));
  }

  @Test
  @DisplayName("a file name as long as the file system allows can be written: the temporary name beside it is short")
  void fileNameAtTheFileSystemLimitCanBeWritten() throws IOException {
    Path file = dir.resolve("s".repeat(251) + ".csv");
    HasilaCsv.create().writeSnapshots(file, List.of(SNAPSHOT));
    assertEquals(List.of(SNAPSHOT), HasilaCsv.create().snapshotReader().read(file).accepted());
    assertEquals(List.of(file.getFileName().toString()), filesIn(dir));
  }

  @Test
  @DisplayName("defect 5: writing where no file can be is the library's exception naming the path, and leaves nothing behind")
  void ioFailuresAreTheLibrarysExceptionsNamingThePath() throws IOException {
    Path aFile = Files.writeString(dir.resolve("a-file"), "x");
    Path aDirectory = Files.createDirectory(dir.resolve("a-directory"));
    List<Path> targets =
        List.of(aDirectory, dir.resolve("missing").resolve("s.csv"), aFile.resolve("s.csv"), dir.resolve("s".repeat(300) + ".csv"));
    for (Path target : targets) {
      HasilaCsvException e = assertThrows(HasilaCsvException.class, () -> HasilaCsv.create().writeSnapshots(target, List.of(SNAPSHOT)), target.toString());
      assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
      assertEquals(target.getFileName().toString(), e.source());
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }
    assertEquals(List.of("a-directory", "a-file"), filesIn(dir));
    assertEquals(List.of(), filesIn(aDirectory));
  }

  @Test
  @DisplayName("defect 5: reading a missing file or a directory is the library's exception naming the path")
  void readFailuresAreTheLibrarysExceptions() {
    for (Path target : List.of(dir.resolve("missing.csv"), dir)) {
      HasilaCsvException e = assertThrows(HasilaCsvException.class, () -> HasilaCsv.create().snapshotReader().read(target));
      assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    }
  }

  @Test
  @DisplayName("defect 3: a lone surrogate is refused by the writer instead of being written as '?'")
  void loneSurrogateIsRefusedNotWrittenAsQuestionMark() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> HasilaCsv.create().writeActivities(out, List.of(bulletin("b-1", "ok"), bulletin("b-2", "title \uD800 cut"))));
    assertEquals(
        "output stream, column \"title\": expected Unicode text (a surrogate pair, never half of one) but found a lone"
            + " surrogate \\uD800 at character 7",
        e.getMessage());
    assertEquals(2, e.record());
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("?"));
  }

  @Test
  @DisplayName("defect 4: a formula after the other delimiter or a line break is neutralised, and read back exactly")
  void formulaAfterTheOtherDelimiterIsNeutralised() {
    List<String> titles =
        List.of(
            "x;=HYPERLINK(A1)",
            "x,=HYPERLINK(A1)",
            "line\n=cmd|' /C calc'!A0",
            "line\r\n+1",
            "a;'quoted",
            "a;''",
            "'=",
            ";-",
            "l'état, -20 %",
            "=;=,=\n=");
    for (char delimiter : new char[] {',', ';'}) {
      for (CsvDialect dialect : CsvDialect.values()) {
        HasilaCsv csv = HasilaCsv.create().withDelimiter(delimiter).withDialect(dialect);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Activity> written = titles.stream().map(t -> (Activity) bulletin("b", t)).collect(Collectors.toList());
        csv.writeActivities(out, written);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("x;'=HYPERLINK(A1)"), text);
        assertTrue(text.contains("x,'=HYPERLINK(A1)"), text);
        assertTrue(text.contains("line\n'=cmd"), text);
        assertFalse(text.matches("(?s).*[,;\n\r][=+@-].*"), text);
        assertEquals(
            written,
            csv.withMode(ReadMode.STRICT).activityReader().read(new ByteArrayInputStream(out.toByteArray()), "t.csv").accepted(),
            delimiter + " " + dialect);
      }
    }
  }

  @Test
  @DisplayName("a date after the year 9999 is refused by the writer, since readers take four-digit years only")
  void fiveDigitYearIsRefusedByTheWriter() {
    AudienceSnapshot far = AudienceSnapshot.of(Platform.FACEBOOK, "a", LocalDate.of(10_000, 1, 1), 1);
    HasilaCsvException e =
        assertThrows(HasilaCsvException.class, () -> HasilaCsv.create().writeSnapshots(new ByteArrayOutputStream(), List.of(far)));
    assertEquals("output stream, column \"date\": expected a date in the years 0000 to 9999 but found +10000-01-01", e.getMessage());
  }
}
