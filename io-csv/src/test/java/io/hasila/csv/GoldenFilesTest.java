package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hasila.io.ReadResult;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Golden files of the 2020 reference values. After a deliberate format change, regenerate them with
 * {@code ./mvnw -pl io-csv -am verify -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dhasila.regenerate=true}
 * and review the diff.
 */
@DisplayName("golden files of the 2020 reference values")
final class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("hasila.regenerate");

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name);
      }
      return in.readAllBytes();
    }
  }

  private static void matchesGolden(String name, Consumer<OutputStream> write) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write.accept(out);
    if (UPDATE) {
      Files.write(Path.of("src/test/resources/golden", name), out.toByteArray());
    }
    assertEquals(
        new String(resource(name), StandardCharsets.UTF_8),
        out.toString(StandardCharsets.UTF_8),
        name);
    assertEquals(List.of(resource(name).length), List.of(out.size()), name + " byte length");
  }

  @Test
  @DisplayName("activities in the plain dialect are written byte for byte as the golden file, and read back")
  void activitiesPlain() throws IOException {
    matchesGolden("activities-plain.csv", out -> HasilaCsv.create().writeActivities(out, Reference2020.activities()));
    assertEquals(Reference2020.activities(), read("activities-plain.csv").accepted());
  }

  @Test
  @DisplayName("activities in the Excel dialect are written byte for byte as the golden file, and read back")
  void activitiesExcel() throws IOException {
    matchesGolden(
        "activities-excel.csv",
        out -> HasilaCsv.create().withDialect(CsvDialect.EXCEL).writeActivities(out, Reference2020.activities()));
    assertEquals(Reference2020.activities(), read("activities-excel.csv").accepted());
  }

  @Test
  @DisplayName("snapshots in both dialects are written byte for byte as the golden files, and read back")
  void snapshots() throws IOException {
    matchesGolden("snapshots-plain.csv", out -> HasilaCsv.create().writeSnapshots(out, Reference2020.snapshots()));
    matchesGolden(
        "snapshots-excel.csv",
        out -> HasilaCsv.create().withDialect(CsvDialect.EXCEL).writeSnapshots(out, Reference2020.snapshots()));
    for (String name : List.of("snapshots-plain.csv", "snapshots-excel.csv")) {
      assertEquals(
          Reference2020.snapshots(),
          HasilaCsv.create().snapshotReader().read(new ByteArrayInputStream(resource(name)), name).accepted());
    }
  }

  @Test
  @DisplayName("a file saved by a French-locale spreadsheet (BOM, semicolons, CRLF, other column order) reads as the reference values")
  void frenchLocaleSpreadsheet() throws IOException {
    byte[] bytes = resource("activities-fr-excel-saved.csv");
    assertEquals(0xEF, bytes[0] & 0xFF);
    ReadResult<Activity> result = read("activities-fr-excel-saved.csv");
    assertEquals(Reference2020.activities(), result.accepted());
    assertEquals(8, result.read());
    byte[] snapshots = resource("snapshots-fr-excel-saved.csv");
    List<AudienceSnapshot> read =
        HasilaCsv.create().snapshotReader().read(new ByteArrayInputStream(snapshots), "snapshots-fr-excel-saved.csv").accepted();
    assertEquals(Reference2020.snapshots(), read);
  }

  private static ReadResult<Activity> read(String name) throws IOException {
    return HasilaCsv.create().activityReader().read(new ByteArrayInputStream(resource(name)), name);
  }
}
