/**
 * Hasila's test kit: seeded generators of every described record type, tally generators, the
 * aggregator contract a user's test subclasses, and the reading invariants the fuzz tests check.
 * For test scope.
 */
module io.hasila.testkit {
  requires transitive io.hasila.core;
  requires transitive org.junit.jupiter.api;
  requires transitive quicktheories;

  exports io.hasila.testkit;
}
