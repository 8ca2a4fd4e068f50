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
import io.hasila.model.ActivityType;
import io.hasila.model.BulletinKind;
import io.hasila.model.CampaignKind;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Labelled;
import io.hasila.model.OutletKind;
import io.hasila.model.Platform;
import io.hasila.model.ProductionKind;
import io.hasila.model.PublicationFormat;
import io.hasila.model.ReadingPlatform;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The writers' output validated against the shipped schemas with a real draft 2020-12 validator. */
final class SchemaValidationTest {
  private static final HasilaJson JSON = HasilaJson.create();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema RECORD = load(JsonSchemas.RECORD);
  private static final Schema DATASET = load(JsonSchemas.DATASET);
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static Schema load(String resource) {
    try (InputStream in = JsonSchemas.open(resource)) {
      return REGISTRY.getSchema(in, InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("every written activity and snapshot is valid against the record schema")
  void records() {
    qt().withExamples(1_000)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities()))
        .checkAssert(a -> assertValid(RECORD, JSON.toJson(a)));
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.audienceSnapshots()))
        .checkAssert(s -> assertValid(RECORD, JSON.toJson(s)));
  }

  @Test
  @DisplayName("every written dataset document is valid against the dataset schema")
  void datasets() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.datasets()))
        .checkAssert(d -> assertValid(DATASET, JSON.toJson(d)));
    assertValid(DATASET, JSON.toJson(Samples2020.dataset()));
  }

  @Test
  @DisplayName("the schemas reject what the reader rejects: unknown types and properties, negative counts")
  void schemaRejects() {
    String good = JSON.toJson(Samples2020.activities().get(7));
    assertValid(RECORD, good);
    assertFalse(RECORD.validate(good.replace("\"campaign\"", "\"podcast\""), InputFormat.JSON).isEmpty());
    assertFalse(RECORD.validate(good.replace("3683", "-3"), InputFormat.JSON).isEmpty());
    assertFalse(RECORD.validate(good.replace("}", ",\"colour\":\"red\"}"), InputFormat.JSON).isEmpty());
    assertFalse(RECORD.validate(good.replace("2020-04-20", "31/12/2020"), InputFormat.JSON).isEmpty());
  }

  @Test
  @DisplayName("the schemas list exactly the model's codes, and both schemas share their definitions")
  void schemasMatchTheModel() throws java.io.IOException {
    JsonNode record;
    JsonNode dataset;
    try (InputStream r = JsonSchemas.open(JsonSchemas.RECORD);
        InputStream d = JsonSchemas.open(JsonSchemas.DATASET)) {
      record = PLAIN.readTree(r);
      dataset = PLAIN.readTree(d);
    }
    assertEquals(record.get("$defs"), dataset.get("$defs"));
    JsonNode defs = record.get("$defs");
    for (ActivityType t : ActivityType.values()) {
      assertEquals(t.code(), defs.get(t.code()).get("properties").get("type").get("const").asString());
    }
    assertEquals(ActivityType.values().length, defs.get("activity").get("oneOf").size());
    assertCodes(OutletKind.class, defs.at("/media_coverage/properties/outletKind/enum"));
    assertCodes(Platform.class, defs.at("/tweet/properties/platform/enum"));
    assertCodes(Platform.class, defs.at("/audience_snapshot/properties/platform/enum"));
    assertCodes(BulletinKind.class, defs.at("/bulletin/properties/kind/enum"));
    assertCodes(CounterpartKind.class, defs.at("/counterpart/properties/kind/enum"));
    assertCodes(ProductionKind.class, defs.at("/media_production/properties/kind/enum"));
    assertCodes(PublicationFormat.class, defs.at("/publication_issue/properties/formats/items/enum"));
    assertCodes(ReadingPlatform.class, defs.at("/publication_issue/properties/platforms/items/enum"));
    assertCodes(CampaignKind.class, defs.at("/campaign/properties/kind/enum"));
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
