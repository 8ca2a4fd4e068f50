/**
 * JMH micro-benchmarks of the hot paths: decoding one activity (JSON Lines, CSV), adding one to the
 * 2020 tally, merging two tally accumulators. Run with {@code org.openjdk.jmh.Main}; see BENCHMARKS.md.
 */
package io.hasila.benchmarks.jmh;
