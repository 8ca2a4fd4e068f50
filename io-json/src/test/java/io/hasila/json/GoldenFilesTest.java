package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.io.ReadResult;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2020 example records written and compared byte for byte with the committed golden files;
 * the dataset document of version 1 is still read, and version 2 is what is written.
 *
 * <p>To regenerate the files after a deliberate format change, run the tests with
 * {@code -Dhasila.regenerate=true} and review the diff.
 */
final class GoldenFilesTest {
  private static final HasilaJson JSON = HasilaJson.create().withVocabularies(Samples2020.VOCABULARIES);

  @TempDir Path dir;

  @Test
  @DisplayName("the 2020 example activities are written exactly as the golden JSON Lines file, and read back")
  void activities() throws IOException {
    Path file = dir.resolve("activities.jsonl");
    JSON.writeActivities(file, Samples2020.activities());
    Golden.compare("example-2020-activities.jsonl", file);
    ReadResult<Activity> back = JSON.activityReader().read(file);
    assertEquals(Samples2020.activities(), back.accepted());
    assertTrue(back.isClean());
  }

  @Test
  @DisplayName("the golden activities name a theme nobody declared to a reader of the well-known codes only")
  void undeclaredThemeInGoldenActivities() throws IOException {
    Path file = Golden.copy("example-2020-activities.jsonl", dir);
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> HasilaJson.create().activityReader().read(file));
    assertEquals(8, e.line());
    assertEquals("$.themes[0]", e.field().orElseThrow());
    assertEquals("\"blood_donation\"", e.found().orElseThrow());
  }

  @Test
  @DisplayName("the 2020 audience snapshots are written exactly as the golden JSON Lines file")
  void snapshots() throws IOException {
    Path file = dir.resolve("snapshots.jsonl");
    JSON.writeSnapshots(file, Samples2020.snapshots());
    Golden.compare("example-2020-snapshots.jsonl", file);
    ReadResult<AudienceSnapshot> back = JSON.snapshotReader().read(file);
    assertEquals(Samples2020.snapshots(), back.accepted());
  }

  @Test
  @DisplayName("the 2020 example dataset is written as the golden version 2 document, and the version 1 golden document still reads")
  void dataset() throws IOException {
    Path file = dir.resolve("dataset.json");
    HasilaJson.create().writeDataset(file, Samples2020.dataset());
    Golden.compare("example-2020-dataset-v2.json", file);
    assertEquals(Samples2020.dataset(), HasilaJson.create().readDataset(file).dataset());
    Dataset v1 = HasilaJson.create().readDataset(Golden.copy("example-2020-dataset.json", dir)).dataset();
    assertEquals(Samples2020.dataset(), v1);
    assertEquals(
        Samples2020.BLOOD_DONATION.labels(),
        v1.activities().get(7).themes().iterator().next().labels(),
        "a theme declared in the document gets its labels back");
  }
}
