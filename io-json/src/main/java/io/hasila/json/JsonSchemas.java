package io.hasila.json;

import java.io.InputStream;
import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) of Hasila's JSON formats, generated from the descriptions and
 * shipped in this module's jar under {@code io/hasila/json/schema/}.
 *
 * <p>The schemas refer to each other by {@code $ref} relative to their {@code $id}s, which all
 * start with {@link #BASE}: {@code common-2} holds what the others share (texts, dates, codes,
 * nested records, labels, institutions, declared vocabularies). Every record and document the
 * writers produce validates against them; the readers accept exactly what they describe, and check
 * what a schema cannot say (a date that exists, a time on the record's date, codes that are known
 * or declared, unique activity and category ids, a child's id under its parent's, figures of the
 * definition's categories).
 */
public final class JsonSchemas {
  /** The start of every schema's {@code $id}; a schema's {@code $id} is this followed by its file name. */
  public static final String BASE = "https://hasila.io/schemas/json/";

  /** The resource name of the shared definitions: texts, dates, codes, nested records, labels, vocabularies. */
  public static final String COMMON = "/io/hasila/json/schema/common-2.schema.json";

  /** The resource name of the schema of one JSON Lines record (an activity or an audience snapshot). */
  public static final String RECORD = "/io/hasila/json/schema/record-2.schema.json";

  /** The resource name of the schema of a dataset document, {@code schemaVersion} 2. */
  public static final String DATASET = "/io/hasila/json/schema/dataset-2.schema.json";

  /** The resource name of the schema of a tally definition document, {@code schemaVersion} 3. */
  public static final String TALLY_DEFINITION = "/io/hasila/json/schema/tally-definition-3.schema.json";

  /** The resource name of the schema of a tally document, {@code schemaVersion} 3. */
  public static final String TALLY = "/io/hasila/json/schema/tally-3.schema.json";

  /** The resource name of the schema of a vocabulary document, {@code schemaVersion} 1. */
  public static final String VOCABULARIES = "/io/hasila/json/schema/vocabularies-1.schema.json";

  /** The resource name of the schema of a mapping document between two tally definitions, {@code schemaVersion} 1. */
  public static final String MAPPING = "/io/hasila/json/schema/mapping-1.schema.json";

  /** Every schema's resource name, the shared definitions first. */
  public static final List<String> ALL = List.of(COMMON, RECORD, DATASET, TALLY_DEFINITION, TALLY, VOCABULARIES, MAPPING);

  private JsonSchemas() {}

  /**
   * Opens one of the schemas above; the caller closes the stream.
   *
   * @throws IllegalArgumentException if {@code resource} is not one of {@link #ALL}
   */
  public static InputStream open(String resource) {
    InputStream in = ALL.contains(resource) ? JsonSchemas.class.getResourceAsStream(resource) : null;
    if (in == null) {
      throw new IllegalArgumentException("JsonSchemas.open resource must be one of " + ALL + " but was: " + resource);
    }
    return in;
  }

  /** The {@code $id} of one of the schemas above. */
  public static String id(String resource) {
    return BASE + resource.substring(resource.lastIndexOf('/') + 1);
  }
}
