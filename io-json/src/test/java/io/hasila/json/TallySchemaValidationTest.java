package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.hasila.aggregate.Quantity;
import io.hasila.model.ActivityType;
import io.hasila.model.BulletinKind;
import io.hasila.model.CampaignKind;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Labelled;
import io.hasila.model.OutletKind;
import io.hasila.model.Platform;
import io.hasila.model.ProductionKind;
import io.hasila.tally.Provenance;
import io.hasila.tally.ReferenceDefinitions;
import io.hasila.tally.SnapshotField;
import io.hasila.testkit.QuickTheoriesGens;
import io.hasila.testkit.TallyGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tally writers' output validated against the shipped schemas with a real draft 2020-12 validator. */
final class TallySchemaValidationTest {
  private static final long SEED = 20_201_231L;
  private static final HasilaJson JSON = HasilaJson.create();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema DEFINITION = load(JsonSchemas.TALLY_DEFINITION);
  private static final Schema TALLY = load(JsonSchemas.TALLY);
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static Schema load(String resource) {
    try (InputStream in = JsonSchemas.open(resource)) {
      return REGISTRY.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("every written tally definition is valid against the definition schema")
  void definitions() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(QuickTheoriesGens.of(TallyGenerators.tallyDefinitions()))
        .checkAssert(d -> assertValid(DEFINITION, JSON.toJson(d)));
    assertValid(DEFINITION, JSON.toJson(ReferenceDefinitions.police2020()));
  }

  @Test
  @DisplayName("every written tally, inline or by reference, is valid against the tally schema")
  void tallies() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(QuickTheoriesGens.of(TallyGenerators.tallies()))
        .checkAssert(
            t -> {
              assertValid(TALLY, JSON.toJson(t));
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              JSON.writeTallyWithDefinitionRef(out, t);
              assertValid(TALLY, out.toString(StandardCharsets.UTF_8));
            });
    assertValid(TALLY, JSON.toJson(ReferenceDefinitions.published2020()));
    assertValid(TALLY, JSON.toJson(ReferenceDefinitions.published2019()));
  }

  @Test
  @DisplayName("the schemas reject what the reader rejects: unknown selector and measure kinds, codes, two selector kinds")
  void schemaRejects() {
    String good = JSON.toJson(ReferenceDefinitions.police2020());
    assertValid(DEFINITION, good);
    assertFalse(DEFINITION.validate(good.replace("\"bulletinKind\"", "\"bulletinKinds\""), InputFormat.JSON).isEmpty());
    assertFalse(DEFINITION.validate(good.replace("\"rebuttal\"", "\"denial\""), InputFormat.JSON).isEmpty());
    assertFalse(DEFINITION.validate(good.replace("\"sum\"", "\"average\""), InputFormat.JSON).isEmpty());
    assertFalse(DEFINITION.validate(good.replace("{\"campaignKind\": [\"blood_donation\"]}", "{\"campaignKind\": [\"blood_donation\"], \"all\": true}"), InputFormat.JSON).isEmpty());
    assertFalse(DEFINITION.validate(good.replace("\"id\": \"communication\"", "\"id\": \"Communication\""), InputFormat.JSON).isEmpty());
    String tally = JSON.toJson(ReferenceDefinitions.published2019());
    assertFalse(TALLY.validate(tally.replace("\"derived\"", "\"estimated\""), InputFormat.JSON).isEmpty());
    assertFalse(TALLY.validate(tally.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"definitionRef\": \"x\","), InputFormat.JSON).isEmpty());
  }

  @Test
  @DisplayName("the schemas list exactly the model's codes and kinds, and both share their definitions")
  void schemasMatchTheModel() throws IOException {
    JsonNode definition;
    JsonNode tally;
    try (InputStream d = JsonSchemas.open(JsonSchemas.TALLY_DEFINITION);
        InputStream t = JsonSchemas.open(JsonSchemas.TALLY)) {
      definition = PLAIN.readTree(d);
      tally = PLAIN.readTree(t);
    }
    assertEquals(definition.get("$defs"), tally.get("$defs"));
    JsonNode defs = definition.get("$defs");
    assertCodes(ActivityType.class, defs.at("/activityType/enum"));
    assertCodes(BulletinKind.class, defs.at("/bulletinKind/enum"));
    assertCodes(Platform.class, defs.at("/platform/enum"));
    assertCodes(OutletKind.class, defs.at("/outletKind/enum"));
    assertCodes(ProductionKind.class, defs.at("/productionKind/enum"));
    assertCodes(CampaignKind.class, defs.at("/campaignKind/enum"));
    assertCodes(CounterpartKind.class, defs.at("/counterpartKind/enum"));
    assertCodes(Quantity.class, defs.at("/quantity/enum"));
    assertCodes(SnapshotField.class, defs.at("/snapshotField/enum"));
    assertEquals(TallyReader.MEASURE_KINDS, kinds(defs.at("/measure/oneOf")));
    assertEquals(
        Arrays.stream(Provenance.Kind.values()).map(TallyReader::provenanceKind).collect(Collectors.toList()),
        kinds(defs.at("/provenance/oneOf")));
    assertEquals(
        TallyReader.SELECTOR_KINDS,
        defs.at("/selector/oneOf").valueStream().map(s -> s.get("required").get(0).asString()).collect(Collectors.toList()));
  }

  private static List<String> kinds(JsonNode oneOf) {
    return oneOf.valueStream().map(n -> n.at("/properties/kind/const").asString()).collect(Collectors.toList());
  }

  private static <E extends Enum<E> & Labelled> void assertCodes(Class<E> type, JsonNode values) {
    List<String> expected = Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.toList());
    List<String> actual = values.valueStream().map(JsonNode::asString).collect(Collectors.toList());
    assertEquals(expected, actual, type.getSimpleName());
  }

  private static void assertValid(Schema schema, String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> errors + " in " + json);
  }
}
