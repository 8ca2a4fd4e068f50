/**
 * Hasila's JSON formats on Jackson 3, driven by the model's descriptions: JSON Lines files of
 * activities and audience snapshots, read and written as streams in constant memory, and dataset,
 * vocabulary, tally definition and tally documents with a {@code schemaVersion}.
 *
 * <p>Start with {@link io.hasila.json.HasilaJson}: its {@link
 * io.hasila.json.HasilaJson#activityReader() readers} implement the reading contract every Hasila
 * format shares ({@link io.hasila.io.RecordReader}), its writers {@link io.hasila.io.RecordWriter}.
 * Or register {@link io.hasila.json.HasilaModule} on your own Jackson mapper. Every failure is a
 * {@link io.hasila.json.HasilaJsonException} naming the source, line, column, record, JSON path,
 * what was expected and what was found. The JSON Schemas of the formats, generated from the
 * descriptions, are resources under {@code io/hasila/json/schema/} ({@link
 * io.hasila.json.JsonSchemas}). Classes not public here are implementation details.
 */
package io.hasila.json;
