package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The committed JSON Schemas are those the descriptions generate. After a change to the model,
 * refresh them with {@code ./mvnw -o -pl core,testkit,io-json -am verify -Dtest=SchemaFilesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dhasila.regenerate=true} and review the diff.
 */
final class SchemaFilesTest {
  private static final String REFRESH =
      "./mvnw -o -pl core,testkit,io-json -am verify -Dtest=SchemaFilesTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dhasila.regenerate=true";

  @Test
  @DisplayName("the committed schemas are exactly the schemas generated from the descriptions")
  void committedSchemasAreGenerated() throws IOException {
    Map<String, String> generated = SchemaGenerator.generate();
    assertEquals(JsonSchemas.ALL, new ArrayList<>(generated.keySet()));
    if (Boolean.getBoolean("hasila.regenerate")) {
      for (Map.Entry<String, String> e : generated.entrySet()) {
        Path file = Paths.get("src/main/resources", e.getKey().substring(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> e : generated.entrySet()) {
      try (InputStream in = JsonSchemas.class.getResourceAsStream(e.getKey())) {
        String committed = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (!e.getValue().equals(committed)) {
          stale.add(e.getKey());
        }
      }
    }
    assertTrue(stale.isEmpty(), "these schemas differ from what the descriptions generate: " + stale + "; refresh them with " + REFRESH);
  }

  @Test
  @DisplayName("each schema's $id is the base followed by its file name, and the others refer to it by that name")
  void idsAndReferences() throws IOException {
    for (String resource : JsonSchemas.ALL) {
      try (InputStream in = JsonSchemas.open(resource)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"$id\": \"" + JsonSchemas.id(resource) + "\""), resource);
        assertTrue(!text.contains("urn:"), resource);
      }
    }
  }
}
