package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hasila.json.HasilaJson;
import io.hasila.tally.Category;
import io.hasila.tally.Measure;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  @DisplayName("the bundled definition is byte for byte the io-json golden definition of schema version 3")
  void bundledDefinitionIsTheGoldenOne() throws IOException {
    String bundled;
    try (InputStream in = Tally2020.resource("definition-2020.json")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN.resolve("police-2020-definition-v3.json")), bundled);
  }

  @Test
  @DisplayName("the golden published tallies carry the bundled figures; their definition is the bundled one before its version 2")
  void goldenTalliesCarryTheBundledFigures() {
    HasilaJson json = HasilaJson.create();
    TallyDefinition older = json.readTallyDefinition(GOLDEN.resolve("police-2020-definition.json"));
    assertEquals(older, json.readTallyDefinition(GOLDEN.resolve("police-2020-definition-v2.json")));
    assertEquals(Reference2020.definition(), version2(older));
    for (String version : new String[] {"", "-v2", "-v3"}) {
      Tally t2020 = json.readTally(GOLDEN.resolve("published-2020-tally" + version + ".json"));
      Tally t2019 = json.readTally(GOLDEN.resolve("published-2019-tally" + version + ".json"));
      assertEquals(older, t2020.definition());
      assertEquals(values(Reference2020.published2020()), values(t2020));
      assertEquals(values(Reference2020.published2019()), values(t2019));
      assertEquals(Reference2020.published2020().period(), t2020.period());
      assertEquals(Reference2020.published2020().institution(), t2020.institution());
    }
  }

  /**
   * The older 2020 definition brought to its version 2: the version, the information vigilance
   * line a programme, the note of the health-emergency heading, the two at-most rules, and the
   * synonyms a press text may use for each line.
   */
  private static TallyDefinition version2(TallyDefinition older) {
    TallyDefinition.Builder b = TallyDefinition.builder().from(older).version("2").categories(List.of());
    older.categories().forEach(c -> b.addCategories(version2(c)));
    return b.rules(Reference2020.definition().rules()).build();
  }

  private static Category version2(Category c) {
    Category.Builder b = Category.builder().from(c).children(List.of()).synonyms(bundled(c.id()).synonyms());
    c.children().forEach(child -> b.addChildren(version2(child)));
    if (c.id().equals("health_emergency.information_vigilance")) {
      b.measure(Measure.programme());
    }
    if (c.id().equals("health_emergency")) {
      b.note(c.note().orElseThrow().replaceFirst("\\.$", "") + "; the rules keep the rebuttals, communiqués and news items within the communication lines they"
          + " belong to.");
    }
    return b.build();
  }

  private static Category bundled(String id) {
    return Reference2020.definition().category(id).orElseThrow();
  }

  private static Map<String, Long> values(Tally t) {
    Map<String, Long> out = new LinkedHashMap<>();
    t.figures().forEach((id, f) -> out.put(id, f.value()));
    return out;
  }
}
