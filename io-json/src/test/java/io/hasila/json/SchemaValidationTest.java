package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.model.ActivityType;
import io.hasila.model.Property;
import io.hasila.model.Term;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The writers' output and the golden files validated against the generated schemas with a real draft 2020-12 validator. */
final class SchemaValidationTest {
  private static final HasilaJson JSON = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);

  @Test
  @DisplayName("every written activity and snapshot is valid against the record schema")
  void records() {
    qt().withShrinkCycles(0).withExamples(1_000)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities()))
        .checkAssert(a -> Schemas.assertValid(Schemas.RECORD, JSON.toJson(a)));
    qt().withShrinkCycles(0).withExamples(200)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.audienceSnapshots()))
        .checkAssert(s -> Schemas.assertValid(Schemas.RECORD, JSON.toJson(s)));
  }

  @Test
  @DisplayName("every written dataset document is valid against the dataset schema")
  void datasets() {
    qt().withShrinkCycles(0).withExamples(200)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.datasets()))
        .checkAssert(d -> Schemas.assertValid(Schemas.DATASET, JSON.toJson(d)));
  }

  @Test
  @DisplayName("the golden JSON Lines files and the version 2 golden dataset are valid, and so is a vocabulary document")
  void goldenFiles() throws IOException {
    for (String name : List.of("example-2020-activities.jsonl", "example-2020-snapshots.jsonl")) {
      try (InputStream in = Samples2020.golden(name)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          Schemas.assertValid(Schemas.RECORD, line);
        }
      }
    }
    try (InputStream in = Samples2020.golden("example-2020-dataset-v2.json")) {
      Schemas.assertValid(Schemas.DATASET, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Schemas.assertValid(Schemas.VOCABULARIES, JSON.toJson(HasilaGenerators.VOCABULARIES));
    Schemas.assertValid(Schemas.VOCABULARIES, JSON.toJson(Vocabularies.standard()));
  }

  @Test
  @DisplayName("the schemas reject what the reader rejects: unknown types and properties, negative counts, malformed dates and codes")
  void schemaRejects() {
    String good = JSON.toJson(Samples2020.activities().get(7));
    Schemas.assertValid(Schemas.RECORD, good);
    assertFalse(Schemas.valid(Schemas.RECORD, good.replace("\"campaign\"", "\"podcast\"")));
    assertFalse(Schemas.valid(Schemas.RECORD, good.replace("3683", "-3")));
    assertFalse(Schemas.valid(Schemas.RECORD, good.replace("}", ",\"colour\":\"red\"}")));
    assertFalse(Schemas.valid(Schemas.RECORD, good.replace("2020-04-20", "31/12/2020")));
    assertFalse(Schemas.valid(Schemas.RECORD, good.replace("\"blood_donation\"]", "\"Blood Donation\"]")));
    assertFalse(Schemas.valid(Schemas.RECORD, good.replace(",\"participants\":3683", "")));
    assertTrue(Schemas.valid(Schemas.RECORD, good.replace("\"kind\":\"blood_donation\"", "\"kind\":\"declared_by_the_institution\"")),
        "vocabularies are open: any code of the right shape is valid");
  }

  @Test
  @DisplayName("the schemas follow the descriptions: every type with its properties, every vocabulary with its well-known codes")
  void schemasFollowTheDescriptions() {
    JsonNode record = Schemas.tree(JsonSchemas.RECORD);
    JsonNode common = Schemas.tree(JsonSchemas.COMMON);
    assertEquals(ActivityType.all().size() + 1, record.get("oneOf").size());
    assertEquals(ActivityType.all().size(), record.at("/$defs/activity/oneOf").size());
    for (ActivityType<?> t : ActivityType.all()) {
      JsonNode def = record.get("$defs").get(t.code());
      assertEquals(t.code(), def.at("/properties/type/const").asString());
      List<String> names = new ArrayList<>();
      def.get("properties").propertyNames().forEach(names::add);
      List<String> expected = new ArrayList<>(List.of("type"));
      for (Property<?, ?> p : t.properties()) {
        expected.add(p.name());
      }
      assertEquals(expected, names, t.code());
    }
    for (Vocabulary<?> v : Vocabularies.all()) {
      List<String> examples = new ArrayList<>();
      common.at("/$defs/code." + v.name() + "/examples").valueStream().forEach(n -> examples.add(n.asString()));
      List<String> wellKnown = new ArrayList<>();
      for (Term t : v.wellKnown()) {
        wellKnown.add(t.code());
      }
      assertEquals(wellKnown, examples, v.name());
    }
  }
}
