package io.hasila.press;

import io.hasila.json.HasilaJson;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test corpus and the definitions its texts are read with. */
final class Corpus {
  private Corpus() {}

  /** The texts of the corpus, by name (01-ar...). */
  static final List<String> NAMES =
      List.of(
          "01-ar", "02-fr", "03-ar", "04-fr", "05-ar", "06-fr", "07-ar", "08-fr", "09-ar", "10-fr", "11-ar", "12-fr", "13-ar",
          "14-fr", "15-ar", "16-fr", "17-ar", "18-fr", "19-ar", "20-fr", "21-ar", "22-fr");

  /** The 2020 reference definition, as the examples module bundles it. */
  static TallyDefinition reference() {
    return HasilaJson.create()
        .readTallyDefinition(Path.of("..", "examples", "src", "main", "resources", "io", "hasila", "examples", "data", "2020", "definition-2020.json"));
  }

  /** A definition by the name an expected file gives: reference-2020 or one of definitions/. */
  static TallyDefinition definition(String name) {
    if (name.equals("reference-2020")) {
      return reference();
    }
    try (InputStream in = Corpus.class.getResourceAsStream("definitions/" + name + ".json")) {
      return HasilaJson.create().readTallyDefinition(in, name + ".json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return resource("corpus/" + name + ".txt");
  }

  /** The expected file of a text: its definition's name and its figures by category. */
  record Expected(String definition, Map<String, Long> figures) {}

  static Expected expected(String name) {
    JsonNode root = JsonMapper.builder().build().readTree(resource("corpus/" + name + ".expected.json"));
    Map<String, Long> figures = new LinkedHashMap<>();
    root.get("figures").properties().forEach(e -> figures.put(e.getKey(), e.getValue().asLong()));
    return new Expected(root.get("definition").asString(), figures);
  }

  private static String resource(String path) {
    try (InputStream in = Corpus.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource io/hasila/press/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
