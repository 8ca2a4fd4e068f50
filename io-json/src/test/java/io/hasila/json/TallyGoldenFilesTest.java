package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.tally.DateRange;
import io.hasila.tally.Provenance;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2020 reference definition and the published 2020 and 2019 tallies: their golden files of
 * versions 1 and 2 read through the migration and written as version 3 exactly as the version 3
 * golden files, and read back equal; the reference definition of version 3 (the definition's own
 * version 2, with its rules) written as it is read.
 *
 * <p>To regenerate the files after a deliberate format change, run the tests with {@code
 * -Dhasila.regenerate=true} and review the diff.
 */
final class TallyGoldenFilesTest {
  private static final HasilaJson JSON = HasilaJson.create();

  @TempDir Path dir;

  @Test
  @DisplayName("the 2020 definition of versions 1 and 2 reads the same, and written as version 3 reads back equal")
  void olderDefinitions() {
    TallyDefinition v1 = Samples2020.definition();
    TallyDefinition v2 = JSON.readTallyDefinition(Samples2020.golden("police-2020-definition-v2.json"), "police-2020-definition-v2.json");
    assertEquals(v1, v2);
    String written = JSON.toJson(v1);
    assertTrue(written.startsWith("{\n  \"schemaVersion\": 3,\n  \"id\": \"dgsn.communication.2020\",\n  \"labels\""), written);
    assertEquals(v1, JSON.tallyDefinitionFromJson(written));
  }

  @Test
  @DisplayName("the reference definition of version 3 is written byte for byte as it is read")
  void referenceDefinition() throws IOException {
    TallyDefinition d = Samples2020.reference();
    Path file = dir.resolve("definition.json");
    JSON.writeTallyDefinition(file, d);
    Golden.compare("police-2020-definition-v3.json", file);
    assertEquals(d, JSON.readTallyDefinition(file));
    assertEquals(java.util.Optional.of("2"), d.version());
    assertEquals(2, d.rules().size());
  }

  @Test
  @DisplayName("the published 2020 tally of version 1 is written as the version 3 golden file, its source listed once, and reads back equal")
  void published2020() throws IOException {
    Tally v1 = Samples2020.published("published-2020-tally.json");
    assertEquals(v1, Samples2020.published("published-2020-tally-v2.json"));
    Path file = dir.resolve("tally.json");
    JSON.writeTally(file, v1);
    Golden.compare("published-2020-tally-v3.json", file);
    assertEquals(v1, JSON.readTally(file));
    assertEquals(1, v1.sources().size());
    String text = Files.readString(file);
    assertEquals(1, text.split("\"title\"", -1).length - 1, "the source is written once");
  }

  @Test
  @DisplayName("the published 2019 tally of version 1 is written as the version 3 golden file, and reads back equal")
  void published2019() throws IOException {
    Tally v1 = Samples2020.published("published-2019-tally.json");
    assertEquals(v1, Samples2020.published("published-2019-tally-v2.json"));
    Path file = dir.resolve("tally.json");
    JSON.writeTally(file, v1);
    Golden.compare("published-2019-tally-v3.json", file);
    assertEquals(v1, JSON.readTally(file));
  }

  @Test
  @DisplayName("the golden 2020 tally read back adds up: 1,385 + 689 + 152 + 1,976 = 4,202")
  void golden2020IsConsistent() {
    Tally t = Samples2020.published("published-2020-tally-v3.json");
    assertEquals(List.of(), t.check());
    assertEquals(4_202, t.value(Samples2020.COMMUNICATION).orElseThrow());
    assertEquals(
        4_202,
        t.value(Samples2020.MEDIA_COVERAGES).orElseThrow()
            + t.value(Samples2020.POSTS).orElseThrow()
            + t.value(Samples2020.REBUTTALS).orElseThrow()
            + t.value(Samples2020.BULLETINS).orElseThrow());
    assertTrue(t.figures().values().stream().allMatch(f -> f.provenance().kind() == Provenance.Kind.PUBLISHED));
    assertEquals(Samples2020.published("published-2020-tally.json"), t);
  }

  @Test
  @DisplayName("in the golden 2019 tally, Twitter followers are derived (33,411), never published")
  void golden2019FollowersAreDerived() {
    Tally t = Samples2020.published("published-2019-tally-v3.json");
    Provenance followers = t.figures().get(Samples2020.TWITTER_FOLLOWERS).provenance();
    assertEquals(Provenance.Kind.DERIVED, followers.kind());
    assertEquals(33_411, t.value(Samples2020.TWITTER_FOLLOWERS).orElseThrow());
    assertEquals(Provenance.Kind.PUBLISHED, t.figures().get(Samples2020.FACEBOOK_SUBSCRIBERS).provenance().kind());
    assertEquals(Provenance.Kind.PUBLISHED, t.figures().get(Samples2020.TWITTER_TWEETS).provenance().kind());
  }

  @Test
  @DisplayName("the README's tally steps: read a definition, compute, write inline and by reference, read back")
  void readmeSteps() throws IOException {
    Path definitionFile = Golden.copy("police-2020-definition-v3.json", dir);
    HasilaJson json = HasilaJson.create().withVocabularies(Samples2020.VOCABULARIES);
    TallyDefinition definition = json.readTallyDefinition(definitionFile);
    Tally tally =
        Tally.compute(definition, Samples2020.INSTITUTION, DateRange.ofYear(2020), Samples2020.activities(), Samples2020.snapshots());
    Path file = dir.resolve("tally-2020.json");
    json.writeTally(file, tally);
    assertEquals(tally, json.readTally(file));
    json.writeTallyWithDefinitionRef(file, tally);
    String text = Files.readString(file);
    assertTrue(text.contains("\"definitionRef\": \"dgsn.communication.2020\",\n  \"definitionVersion\": \"2\""), text);
    Tally back = json.readTally(file, definition);
    assertEquals(tally, back);
    assertEquals(tally, json.withDefinitions(definition).readTally(file));
    assertEquals(3_683, back.value("blood_donors").orElseThrow());
    assertEquals(1, back.value("meetings.civil_associations").orElseThrow());
  }
}
