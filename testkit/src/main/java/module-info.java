/**
 * Hasila's test kit: seeded generators of every described record type, tally generators, and the
 * aggregator contract a user's test subclasses. For test scope.
 */
module io.hasila.testkit {
  requires transitive io.hasila.core;
  requires transitive org.junit.jupiter.api;
  requires transitive quicktheories;

  exports io.hasila.testkit;
}
