package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.tally.Provenance;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import io.hasila.testkit.TallyGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The tally writers' output and golden files validated against the generated schemas with a real draft 2020-12 validator. */
final class TallySchemaValidationTest {
  private static final long SEED = 20_201_231L;
  private static final HasilaJson JSON = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);

  @Test
  @DisplayName("every written tally definition is valid against the definition schema")
  void definitions() {
    qt().withFixedSeed(SEED).withShrinkCycles(0)
        .withExamples(500)
        .forAll(QuickTheoriesGens.of(TallyGenerators.tallyDefinitions()))
        .checkAssert(d -> Schemas.assertValid(Schemas.TALLY_DEFINITION, JSON.toJson(d)));
  }

  @Test
  @DisplayName("every written tally, inline or by reference, is valid against the tally schema")
  void tallies() {
    qt().withFixedSeed(SEED).withShrinkCycles(0)
        .withExamples(300)
        .forAll(QuickTheoriesGens.of(TallyGenerators.tallies()))
        .checkAssert(
            t -> {
              Schemas.assertValid(Schemas.TALLY, JSON.toJson(t));
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              JSON.writeTallyWithDefinitionRef(out, t);
              Schemas.assertValid(Schemas.TALLY, out.toString(StandardCharsets.UTF_8));
            });
  }

  @Test
  @DisplayName("every written mapping between generated definitions is valid against the mapping schema")
  void mappings() {
    qt().withFixedSeed(SEED).withShrinkCycles(0)
        .withExamples(300)
        .forAll(
            QuickTheoriesGens.of(
                r -> TallyGenerators.mappings(TallyGenerators.tallyDefinitions().next(r), TallyGenerators.tallyDefinitions().next(r)).next(r)))
        .checkAssert(m -> Schemas.assertValid(Schemas.MAPPING, JSON.toJson(m)));
  }

  @Test
  @DisplayName("the version 3 golden definition and tallies are valid")
  void goldenFiles() throws IOException {
    Schemas.assertValid(Schemas.TALLY_DEFINITION, golden("police-2020-definition-v3.json"));
    Schemas.assertValid(Schemas.TALLY, golden("published-2020-tally-v3.json"));
    Schemas.assertValid(Schemas.TALLY, golden("published-2019-tally-v3.json"));
  }

  @Test
  @DisplayName("the schemas reject what the reader rejects: unknown selector and measure kinds, two selector forms, malformed ids")
  void schemaRejects() throws IOException {
    String good = golden("police-2020-definition-v3.json");
    Schemas.assertValid(Schemas.TALLY_DEFINITION, good);
    assertFalse(Schemas.valid(Schemas.TALLY_DEFINITION, good.replace("\"property\": \"bulletin.kind\"", "\"proprety\": \"bulletin.kind\"")));
    assertFalse(Schemas.valid(Schemas.TALLY_DEFINITION, good.replace("\"sum\"", "\"average\"")));
    assertFalse(Schemas.valid(Schemas.TALLY_DEFINITION, good.replace("{\"type\": [\"media_coverage\"]}", "{\"type\": [\"media_coverage\"], \"all\": true}")));
    assertFalse(Schemas.valid(Schemas.TALLY_DEFINITION, good.replace("\"id\": \"communication\"", "\"id\": \"Communication\"")));
    assertFalse(Schemas.valid(Schemas.TALLY_DEFINITION, good.replace("\"in\": [\"rebuttal\"]", "\"in\": []")));
    assertFalse(Schemas.valid(Schemas.TALLY_DEFINITION, good.replace("\"schemaVersion\": 3", "\"schemaVersion\": 1")));
    assertFalse(Schemas.valid(Schemas.TALLY_DEFINITION, good.replace("\"kind\": \"at_most\"", "\"kind\": \"atmost\"")));
    assertFalse(Schemas.valid(Schemas.TALLY_DEFINITION, good.replace("\"parts\": [\"health_emergency.rebuttals\"]", "\"parts\": []")));
    assertFalse(Schemas.valid(Schemas.TALLY_DEFINITION, good.replace("\"kind\": \"programme\"}", "\"kind\": \"programme\"}, \"role\": \"subset\"")));
    String tally = golden("published-2019-tally-v3.json");
    assertFalse(Schemas.valid(Schemas.TALLY, tally.replace("\"derived\"", "\"estimated\"")));
    assertFalse(Schemas.valid(Schemas.TALLY, tally.replace("\"source\": \"national-security-in-2020\"", "\"source\": \"National Security\"")));
    assertFalse(Schemas.valid(Schemas.TALLY, tally.replace("\"schemaVersion\": 3,", "\"schemaVersion\": 3, \"definitionRef\": \"x\",")));
  }

  @Test
  @DisplayName("the schemas list exactly the reader's measure, selector and provenance forms")
  void schemasMatchTheReader() {
    JsonNode definition = Schemas.tree(JsonSchemas.TALLY_DEFINITION);
    JsonNode tally = Schemas.tree(JsonSchemas.TALLY);
    assertEquals(
        TallyReader.MEASURE_KINDS,
        definition.at("/$defs/measure/oneOf").valueStream().map(n -> n.at("/properties/kind/const").asString()).collect(Collectors.toList()));
    assertEquals(
        List.of("all", "type", "property", "property", "between", "and", "or", "not"),
        definition.at("/$defs/selector/oneOf").valueStream().map(s -> s.get("required").get(0).asString()).collect(Collectors.toList()));
    assertEquals(
        Arrays.stream(Provenance.Kind.values()).map(TallyReader::provenanceKind).collect(Collectors.toList()),
        tally.at("/$defs/provenance/oneOf").valueStream().map(n -> n.at("/properties/kind/const").asString()).collect(Collectors.toList()));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = Samples2020.golden(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
