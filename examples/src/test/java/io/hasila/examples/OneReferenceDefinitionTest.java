package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hasila.json.HasilaJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The 2020 reference definition is written down once: the bundled data file. The io-json module's
 * golden files, which test the format on it, must hold the same definition under the same id.
 */
@DisplayName("one id, one definition: the 2020 reference definition")
final class OneReferenceDefinitionTest {
  private static final Path GOLDEN = Path.of("..", "io-json", "src", "test", "resources", "golden");

  @Test
  @DisplayName("the bundled definition is byte for byte the io-json golden definition of schema version 2")
  void bundledDefinitionIsTheGoldenOne() throws IOException {
    String bundled;
    try (InputStream in = Tally2020.resource("definition-2020.json")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN.resolve("police-2020-definition-v2.json")), bundled);
  }

  @Test
  @DisplayName("the golden published tallies carry the bundled definition, and the bundled figures")
  void goldenTalliesCarryTheBundledDefinition() {
    HasilaJson json = HasilaJson.create();
    for (String version : new String[] {"", "-v2"}) {
      assertEquals(Reference2020.definition(), json.readTally(GOLDEN.resolve("published-2020-tally" + version + ".json")).definition());
      assertEquals(Reference2020.published2020(), json.readTally(GOLDEN.resolve("published-2020-tally" + version + ".json")));
      assertEquals(Reference2020.published2019(), json.readTally(GOLDEN.resolve("published-2019-tally" + version + ".json")));
    }
    assertEquals(Reference2020.definition(), json.readTallyDefinition(GOLDEN.resolve("police-2020-definition.json")));
  }
}
