/**
 * Open-data exports of Hasila's logs and tallies: Activity Streams 2.0 JSON-LD, schema.org {@code
 * ClaimReview} JSON-LD and Frictionless Data Packages, all derived from the core's record
 * descriptions.
 */
module io.hasila.opendata {
  requires transitive io.hasila.core;
  requires transitive io.hasila.csv;
  requires tools.jackson.core;

  exports io.hasila.opendata;
}
