/**
 * Hasila's core: the described domain model, open vocabularies, mergeable aggregators, tally
 * definitions and tallies, and the reading and writing contract of the formats. No I/O library.
 */
module io.hasila.core {
  requires com.google.common;
  requires datasketches.java;
  requires static org.immutables.value.annotations;

  exports io.hasila.model;
  exports io.hasila.aggregate;
  exports io.hasila.tally;
  exports io.hasila.io;
  exports io.hasila.internal to
      io.hasila.json,
      io.hasila.csv,
      io.hasila.report,
      io.hasila.opendata,
      io.hasila.testkit;
}
