/**
 * Hasila's JSON formats on Jackson 3: JSON Lines files of activities and audience snapshots, read
 * and written as streams in constant memory, and dataset, tally definition and tally documents with
 * a {@code schemaVersion}.
 *
 * <p>Start with {@link io.hasila.json.HasilaJson} to read and write files (strict or lenient, with
 * input limits and atomic writes), or register {@link io.hasila.json.HasilaModule} on your own
 * Jackson mapper. Every failure is a {@link io.hasila.json.HasilaJsonException} naming the source,
 * line, column, record, JSON path, what was expected and what was found. The JSON Schemas of the
 * formats are resources under {@code io/hasila/json/schema/}. Classes not public here are
 * implementation details.
 */
package io.hasila.json;
