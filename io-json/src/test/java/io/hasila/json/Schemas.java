package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped schemas loaded by a real draft 2020-12 validator, their cross-file references resolved from the classpath. */
final class Schemas {
  /** Every {@code $id} under {@link JsonSchemas#BASE} is read from the jar's resources: no network. */
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaIdResolvers(r -> r.mapPrefix(JsonSchemas.BASE, "classpath:io/hasila/json/schema/")));

  static final Schema RECORD = load(JsonSchemas.RECORD);
  static final Schema DATASET = load(JsonSchemas.DATASET);
  static final Schema TALLY_DEFINITION = load(JsonSchemas.TALLY_DEFINITION);
  static final Schema TALLY = load(JsonSchemas.TALLY);
  static final Schema VOCABULARIES = load(JsonSchemas.VOCABULARIES);
  static final Schema MAPPING = load(JsonSchemas.MAPPING);

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private Schemas() {}

  private static Schema load(String resource) {
    return REGISTRY.getSchema(SchemaLocation.of(JsonSchemas.id(resource)));
  }

  /** A schema's text as a tree. */
  static JsonNode tree(String resource) {
    try (InputStream in = JsonSchemas.open(resource)) {
      return PLAIN.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails unless {@code json} is valid against {@code schema}. */
  static void assertValid(Schema schema, String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> errors + " in " + json);
  }

  /** Whether {@code json} is valid against {@code schema}. */
  static boolean valid(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).isEmpty();
  }
}
