/**
 * Test support for users of Hasila: seeded generators of valid values of every model type, an
 * adapter to QuickTheories, contract tests that check the laws Hasila's extension points promise,
 * and the reading invariants every format's reader keeps on any input ({@link
 * io.hasila.testkit.ReadingInvariants}), with seeded mutations of inputs to run them on ({@link
 * io.hasila.testkit.Mutations}, {@link io.hasila.testkit.GeneratedInputs}).
 *
 * <p>Depend on {@code hasila-testkit} in test scope. Generators are driven by a plain
 * {@link java.util.Random}, so they work with any test framework; the same seed always gives the
 * same values.
 */
package io.hasila.testkit;
