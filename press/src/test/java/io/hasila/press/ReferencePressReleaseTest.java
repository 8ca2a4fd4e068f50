package io.hasila.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hasila.json.HasilaJson;
import io.hasila.tally.Figure;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reference press release, a third party's article that the repository does not hold: run with
 * {@code -Dhasila.press.reference=PATH} to a copy of it. Corpus text 01-ar restates it for CI.
 */
@DisplayName("the reference 2020 press release")
final class ReferencePressReleaseTest {

  @Test
  @DisplayName("yields every published 2020 figure of the bundled tally, each with its evidence, and nothing wrong above the threshold")
  void everyPublishedFigure() throws IOException {
    String path = System.getProperty("hasila.press.reference", "");
    if (path.isBlank()) {
      System.out.println("ReferencePressReleaseTest skipped: set -Dhasila.press.reference to the path of the reference press release");
    }
    assumeTrue(!path.isBlank(), "hasila.press.reference is not set");
    TallyDefinition definition = Corpus.reference();
    Path data = Path.of("..", "examples", "src", "main", "resources", "io", "hasila", "examples", "data", "2020");
    Tally published = HasilaJson.create().readTally(Files.newInputStream(data.resolve("published-2020.json")), "published-2020.json", definition);
    ImportReport r = PressImport.of(definition).read(Files.readString(Path.of(path)));
    System.out.print(r.toText());
    for (Map.Entry<String, Figure> e : published.figures().entrySet()) {
      PressFigure f = r.figures().stream().filter(x -> x.category().equals(e.getKey())).findFirst()
          .orElseThrow(() -> new AssertionError("no figure for " + e.getKey() + "\n" + r.toText()));
      assertEquals(e.getValue().value(), f.value(), e.getKey());
      assertFalse(f.evidence().sentence().isBlank());
      assertTrue(f.evidence().confidence() >= r.threshold());
    }
    assertEquals(published.figures().keySet(), r.draft().figures().keySet(), "nothing but the published figures above the threshold");
    assertTrue(r.draft().check().isEmpty(), () -> r.draft().check().toString());
  }
}
