/**
 * The {@code hasila} command line: tally, check, compare, report, convert, validate, schema,
 * import-press (press texts into draft tallies) and export (open data), on JSON Lines, CSV, JSON and text files, for people who do not write Java. {@link io.hasila.cli.Hasila} is
 * the program; everything else here is how it is built.
 */
package io.hasila.cli;
