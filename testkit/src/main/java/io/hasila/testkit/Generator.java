package io.hasila.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * A source of random values driven by a {@link Random}; the same seed gives the same values.
 *
 * <p>Framework-neutral: use it directly with a seeded {@code Random}, or through
 * {@link QuickTheoriesGens} in QuickTheories properties.
 */
@FunctionalInterface
public interface Generator<T> {
  /** The next value drawn from {@code random}. */
  T next(Random random);

  /** A generator of this generator's values transformed by {@code f}. */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(next(random));
  }

  /** {@code count} values drawn one after the other. */
  default List<T> list(Random random, int count) {
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(next(random));
    }
    return out;
  }
}
