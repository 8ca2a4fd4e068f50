/**
 * The {@code hasila} command line: tally, check, compare, report, convert, validate and schema, on
 * JSON Lines, CSV and JSON files, for people who do not write Java. {@link io.hasila.cli.Hasila} is
 * the program; everything else here is how it is built.
 */
package io.hasila.cli;
