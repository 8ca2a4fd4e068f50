package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.tally.Provenance;
import io.hasila.tally.ReferenceDefinitions;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2020 reference definition and the published 2020 and 2019 tallies, written and compared byte
 * for byte with the committed golden files (also the examples module's data).
 *
 * <p>To regenerate the files after a deliberate format change, run the tests with {@code
 * -Dhasila.golden.update=true} and review the diff.
 */
final class TallyGoldenFilesTest {
  private static final HasilaJson JSON = HasilaJson.create();

  @TempDir Path dir;

  @Test
  @DisplayName("the 2020 reference definition is written exactly as the golden definition file")
  void definition() throws IOException {
    Path file = dir.resolve("definition.json");
    JSON.writeTallyDefinition(file, ReferenceDefinitions.police2020());
    compare("police-2020-definition.json", file);
    assertEquals(ReferenceDefinitions.police2020(), JSON.readTallyDefinition(file));
  }

  @Test
  @DisplayName("the published 2020 tally is written exactly as the golden tally file")
  void published2020() throws IOException {
    Path file = dir.resolve("tally.json");
    JSON.writeTally(file, ReferenceDefinitions.published2020());
    compare("published-2020-tally.json", file);
    assertEquals(ReferenceDefinitions.published2020(), JSON.readTally(file));
  }

  @Test
  @DisplayName("the published 2019 tally is written exactly as the golden tally file")
  void published2019() throws IOException {
    Path file = dir.resolve("tally.json");
    JSON.writeTally(file, ReferenceDefinitions.published2019());
    compare("published-2019-tally.json", file);
    assertEquals(ReferenceDefinitions.published2019(), JSON.readTally(file));
  }

  @Test
  @DisplayName("the golden 2020 tally read back adds up: 1,385 + 689 + 152 + 1,976 = 4,202")
  void golden2020IsConsistent() throws IOException {
    Tally t = readGolden("published-2020-tally.json");
    assertEquals(List.of(), t.check());
    assertEquals(4_202, t.value(ReferenceDefinitions.COMMUNICATION).orElseThrow());
    assertEquals(
        4_202,
        t.value(ReferenceDefinitions.MEDIA_COVERAGES).orElseThrow()
            + t.value(ReferenceDefinitions.POSTS).orElseThrow()
            + t.value(ReferenceDefinitions.REBUTTALS).orElseThrow()
            + t.value(ReferenceDefinitions.BULLETINS).orElseThrow());
    assertTrue(t.figures().values().stream().allMatch(f -> f.provenance().kind() == Provenance.Kind.PUBLISHED));
    assertEquals(ReferenceDefinitions.source2020(), ((Provenance.Published) t.figures().get(ReferenceDefinitions.REBUTTALS).provenance()).source());
  }

  @Test
  @DisplayName("in the golden 2019 tally, Twitter followers are derived (33,411), never published")
  void golden2019FollowersAreDerived() throws IOException {
    Tally t = readGolden("published-2019-tally.json");
    Provenance followers = t.figures().get(ReferenceDefinitions.TWITTER_FOLLOWERS).provenance();
    assertEquals(Provenance.Kind.DERIVED, followers.kind());
    assertEquals(33_411, t.value(ReferenceDefinitions.TWITTER_FOLLOWERS).orElseThrow());
    assertEquals(Provenance.Kind.PUBLISHED, t.figures().get(ReferenceDefinitions.FACEBOOK_SUBSCRIBERS).provenance().kind());
    assertEquals(Provenance.Kind.PUBLISHED, t.figures().get(ReferenceDefinitions.TWITTER_TWEETS).provenance().kind());
  }

  @Test
  @DisplayName("the golden definition file reads back as the reference definition")
  void goldenDefinitionReadsBack() throws IOException {
    try (InputStream in = TallyGoldenFilesTest.class.getResourceAsStream("/golden/police-2020-definition.json")) {
      TallyDefinition d = JSON.readTallyDefinition(in, "police-2020-definition.json");
      assertEquals(ReferenceDefinitions.police2020(), d);
    }
  }

  @Test
  @DisplayName("the README's tally steps: read a definition, compute, write inline and by reference, read back")
  void readmeSteps() throws IOException {
    Path definitionFile = dir.resolve("police-2020-definition.json");
    try (InputStream in = TallyGoldenFilesTest.class.getResourceAsStream("/golden/police-2020-definition.json")) {
      Files.write(definitionFile, in.readAllBytes());
    }
    HasilaJson json = HasilaJson.create();
    TallyDefinition definition = json.readTallyDefinition(definitionFile);
    Tally tally =
        Tally.compute(
            definition, ReferenceDefinitions.police(), io.hasila.tally.DateRange.ofYear(2020), Samples2020.activities(), Samples2020.snapshots());
    Path file = dir.resolve("tally-2020.json");
    json.writeTally(file, tally);
    assertEquals(tally, json.readTally(file));
    json.writeTallyWithDefinitionRef(file, tally);
    assertTrue(Files.readString(file).contains("\"definitionRef\": \"dgsn.communication.2020\""));
    Tally back = json.readTally(file, definition);
    assertEquals(tally, back);
    assertEquals(3_683, back.value("blood_donors").orElseThrow());
  }

  private static Tally readGolden(String name) throws IOException {
    try (InputStream in = TallyGoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
      assertTrue(in != null, "missing golden file " + name);
      return JSON.readTally(in, name);
    }
  }

  private static void compare(String golden, Path written) throws IOException {
    byte[] actual = Files.readAllBytes(written);
    if (Boolean.getBoolean("hasila.golden.update")) {
      Path source = Paths.get("src/test/resources/golden", golden);
      Files.createDirectories(source.getParent());
      Files.write(source, actual);
    }
    try (InputStream in = TallyGoldenFilesTest.class.getResourceAsStream("/golden/" + golden)) {
      assertTrue(in != null, "missing golden file " + golden + "; run with -Dhasila.golden.update=true");
      assertArrayEquals(in.readAllBytes(), actual, golden + " differs from what the writer produces");
    }
  }
}
