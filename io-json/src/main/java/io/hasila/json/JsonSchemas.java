package io.hasila.json;

import java.io.InputStream;

/**
 * The JSON Schemas (draft 2020-12) of Hasila's JSON formats, shipped in this module's jar.
 *
 * <p>Every record the writers produce validates against them; the readers accept exactly what
 * they describe, and additionally check what a schema cannot say (a date that exists, a time on
 * the record's date, unique activity and category ids, a child's id under its parent's, figures of
 * the definition's categories).
 */
public final class JsonSchemas {
  /** The resource name of the schema of one JSON Lines record (an activity or an audience snapshot). */
  public static final String RECORD = "/io/hasila/json/schema/record-1.schema.json";

  /** The resource name of the schema of a dataset document, {@code schemaVersion} 1. */
  public static final String DATASET = "/io/hasila/json/schema/dataset-1.schema.json";

  /** The resource name of the schema of a tally definition document, {@code schemaVersion} 1. */
  public static final String TALLY_DEFINITION = "/io/hasila/json/schema/tally-definition-1.schema.json";

  /** The resource name of the schema of a tally document, {@code schemaVersion} 1. */
  public static final String TALLY = "/io/hasila/json/schema/tally-1.schema.json";

  private JsonSchemas() {}

  /** Opens one of the schemas above; the caller closes the stream. */
  public static InputStream open(String resource) {
    InputStream in = JsonSchemas.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("JsonSchemas.open resource must be RECORD, DATASET, TALLY_DEFINITION or TALLY but was: " + resource);
    }
    return in;
  }
}
