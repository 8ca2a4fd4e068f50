/**
 * Hasila's JSON formats on Jackson 3: JSON Lines files of activities and audience snapshots,
 * dataset, vocabulary, tally definition and tally documents, their JSON Schemas, and a Jackson
 * module found by {@code JsonMapper.builder().findAndAddModules()}.
 */
module io.hasila.json {
  requires transitive io.hasila.core;
  requires transitive tools.jackson.databind;

  exports io.hasila.json;

  provides tools.jackson.databind.JacksonModule with
      io.hasila.json.HasilaModule;
}
