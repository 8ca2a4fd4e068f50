package io.hasila.testkit;

import java.util.Objects;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Adapts Hasila's {@link Generator}s to QuickTheories {@link Gen}s.
 *
 * <p>Each example draws a seed from QuickTheories' randomness source and drives the generator with
 * it, so QuickTheories' fixed seeds reproduce failures; shrinking moves towards seed 0 only.
 */
public final class QuickTheoriesGens {
  private static final Constraint SEEDS = Constraint.between(0, Long.MAX_VALUE).withNoShrinkPoint();

  private QuickTheoriesGens() {}

  /** A QuickTheories generator drawing from {@code generator}. */
  public static <T> Gen<T> of(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return in -> generator.next(new Random(in.next(SEEDS)));
  }
}
