/**
 * Hasila on Apache Beam: aggregators as {@code CombineFn}s ({@link io.hasila.beam.HasilaCombine}),
 * activity logs read from JSON Lines and CSV files split by byte ranges ({@link
 * io.hasila.beam.HasilaRead}), tallies as a transform ({@link io.hasila.beam.HasilaTally}) and the
 * coders they travel with ({@link io.hasila.beam.HasilaCoders}). The same definitions and
 * aggregators as on one machine, on any Beam runner.
 */
package io.hasila.beam;
