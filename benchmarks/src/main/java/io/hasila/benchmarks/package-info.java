/**
 * The read + tally benchmark: a deterministic data generator, one measured run per JVM
 * ({@link io.hasila.benchmarks.Run}) and the harness that runs them all and reports medians
 * ({@link io.hasila.benchmarks.Harness}). Measurement only; not published. See BENCHMARKS.md.
 */
package io.hasila.benchmarks;
