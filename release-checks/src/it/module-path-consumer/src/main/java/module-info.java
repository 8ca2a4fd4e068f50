/** A user's module that tallies a year of activities with Hasila. */
module org.example.modular {
  requires io.hasila.core;
  requires io.hasila.json;
}
