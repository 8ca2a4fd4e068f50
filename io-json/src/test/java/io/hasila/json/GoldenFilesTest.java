package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.io.ReadResult;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2020 example records written and compared byte for byte with the committed golden files.
 *
 * <p>To regenerate the files after a deliberate format change, run the tests with
 * {@code -Dhasila.golden.update=true} and review the diff.
 */
final class GoldenFilesTest {
  private static final HasilaJson JSON = HasilaJson.create().withThemes(java.util.List.of(Samples2020.BLOOD_DONATION));

  @TempDir Path dir;

  @Test
  @DisplayName("the 2020 example activities are written exactly as the golden JSON Lines file")
  void activities() throws IOException {
    Path file = dir.resolve("activities.jsonl");
    JSON.writeActivities(file, Samples2020.activities());
    compare("example-2020-activities.jsonl", file);
    ReadResult<Activity> back = JSON.readActivities(file);
    assertEquals(Samples2020.activities(), back.accepted());
    assertTrue(back.isClean());
  }

  @Test
  @DisplayName("the 2020 audience snapshots are written exactly as the golden JSON Lines file")
  void snapshots() throws IOException {
    Path file = dir.resolve("snapshots.jsonl");
    JSON.writeSnapshots(file, Samples2020.snapshots());
    compare("example-2020-snapshots.jsonl", file);
    ReadResult<AudienceSnapshot> back = JSON.readSnapshots(file);
    assertEquals(Samples2020.snapshots(), back.accepted());
  }

  @Test
  @DisplayName("the 2020 example dataset is written exactly as the golden document")
  void dataset() throws IOException {
    Path file = dir.resolve("dataset.json");
    JSON.writeDataset(file, Samples2020.dataset());
    compare("example-2020-dataset.json", file);
    assertEquals(Samples2020.dataset(), JSON.readDataset(file).dataset());
    assertEquals(
        Samples2020.BLOOD_DONATION.labels(),
        HasilaJson.create().readDataset(file).dataset().activities().get(7).themes().iterator().next().labels(),
        "a theme declared in the document gets its labels back");
  }

  private static void compare(String golden, Path written) throws IOException {
    byte[] actual = Files.readAllBytes(written);
    if (Boolean.getBoolean("hasila.golden.update")) {
      Path source = Paths.get("src/test/resources/golden", golden);
      Files.createDirectories(source.getParent());
      Files.write(source, actual);
    }
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + golden)) {
      assertTrue(in != null, "missing golden file " + golden + "; run with -Dhasila.golden.update=true");
      assertArrayEquals(in.readAllBytes(), actual, golden + " differs from what the writer produces");
    }
  }
}
