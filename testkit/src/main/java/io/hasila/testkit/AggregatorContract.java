package io.hasila.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.aggregate.Aggregator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The laws every {@link Aggregator} must obey, as a test suite to subclass: the empty accumulator is
 * an identity, merge is associative, merging partial results equals adding everything to one,
 * input order does not matter, a parallel stream gives the sequential result, and a result is not
 * changed by later additions.
 *
 * <p>Subclass it in a test source folder, give the aggregator under test and a generator of its
 * inputs, and run it with JUnit Jupiter:
 *
 * <pre>{@code
 * final class DistinctUnitsContractTest extends AggregatorContract<Activity, Long> {
 *   protected Aggregator<Activity, ?, Long> aggregator() {
 *     return myDistinctUnits();
 *   }
 *
 *   protected Generator<Activity> inputs() {
 *     return HasilaGenerators.activities();
 *   }
 * }
 * }</pre>
 *
 * <p>Each law is checked on {@link #examples()} random cases drawn by QuickTheories from a fixed
 * {@link #seed()}, so a run is reproducible; results are compared with {@code equals}, so the
 * result type must implement value equality.
 *
 * @param <T> the aggregator's input type
 * @param <R> the aggregator's result type
 */
public abstract class AggregatorContract<T, R> {

  /** For subclasses. */
  protected AggregatorContract() {}

  /** The aggregator under test; called once per test. */
  protected abstract Aggregator<T, ?, R> aggregator();

  /** A generator of the aggregator's inputs. */
  protected abstract Generator<T> inputs();

  /** How many random cases each law is checked on; 200 unless overridden. */
  protected int examples() {
    return 200;
  }

  /** The most inputs in each of the three parts a case splits its inputs into; 20 unless overridden. */
  protected int maxPartSize() {
    return 20;
  }

  /** The QuickTheories seed, fixed so that runs are reproducible. */
  protected long seed() {
    return 20_201_231L;
  }

  @Test
  @DisplayName("merging with the empty accumulator, on either side, changes nothing")
  void emptyIsIdentity() {
    check(new Laws<>(aggregator())::emptyIsIdentity);
  }

  @Test
  @DisplayName("merge is associative: (a + b) + c equals a + (b + c)")
  void mergeIsAssociative() {
    check(new Laws<>(aggregator())::mergeIsAssociative);
  }

  @Test
  @DisplayName("merging partial results equals adding every input to one accumulator")
  void mergeEqualsSequentialAdd() {
    check(new Laws<>(aggregator())::mergeEqualsSequentialAdd);
  }

  @Test
  @DisplayName("the order of the inputs does not change the result")
  void orderDoesNotMatter() {
    check(new Laws<>(aggregator())::orderDoesNotMatter);
  }

  @Test
  @DisplayName("a parallel stream gives the same result as a sequential one")
  void parallelEqualsSequential() {
    check(new Laws<>(aggregator())::parallelEqualsSequential);
  }

  @Test
  @DisplayName("a result is not changed by adding more inputs to its accumulator afterwards")
  void resultIsNotChangedByLaterAdds() {
    check(new Laws<>(aggregator())::resultIsNotChangedByLaterAdds);
  }

  /** One random case: three parts of inputs and a seed for shuffling. */
  static final class Case<T> {
    final List<T> a;
    final List<T> b;
    final List<T> c;
    final long shuffleSeed;

    Case(List<T> a, List<T> b, List<T> c, long shuffleSeed) {
      this.a = a;
      this.b = b;
      this.c = c;
      this.shuffleSeed = shuffleSeed;
    }

    List<T> all() {
      List<T> all = new ArrayList<>(a);
      all.addAll(b);
      all.addAll(c);
      return all;
    }

    @Override
    public String toString() {
      return "parts of " + a.size() + ", " + b.size() + " and " + c.size() + " inputs: " + a + " | " + b + " | " + c;
    }
  }

  private interface Law<T> {
    void check(Case<T> c);
  }

  private void check(Law<T> law) {
    Generator<T> one = inputs();
    int max = maxPartSize();
    Generator<Case<T>> cases =
        r ->
            new Case<>(
                one.list(r, r.nextInt(max + 1)),
                one.list(r, r.nextInt(max + 1)),
                one.list(r, r.nextInt(max + 1)),
                r.nextLong());
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(QuickTheoriesGens.of(cases)).checkAssert(law::check);
  }

  /** The laws, with the accumulator type captured. */
  private static final class Laws<T, A, R> {
    private final Aggregator<T, A, R> agg;

    Laws(Aggregator<T, A, R> agg) {
      this.agg = agg;
    }

    private A addAll(A acc, List<T> inputs) {
      for (T t : inputs) {
        acc = agg.add(acc, t);
      }
      return acc;
    }

    private A of(List<T> inputs) {
      return addAll(agg.empty(), inputs);
    }

    void emptyIsIdentity(Case<T> c) {
      R expected = agg.result(of(c.a));
      assertEquals(expected, agg.result(agg.merge(agg.empty(), of(c.a))), "merge(empty, a) must equal a");
      assertEquals(expected, agg.result(agg.merge(of(c.a), agg.empty())), "merge(a, empty) must equal a");
      assertEquals(agg.result(agg.empty()), agg.result(agg.merge(agg.empty(), agg.empty())), "merge(empty, empty) must equal empty");
    }

    void mergeIsAssociative(Case<T> c) {
      R left = agg.result(agg.merge(agg.merge(of(c.a), of(c.b)), of(c.c)));
      R right = agg.result(agg.merge(of(c.a), agg.merge(of(c.b), of(c.c))));
      assertEquals(left, right, "merge(merge(a, b), c) must equal merge(a, merge(b, c))");
    }

    void mergeEqualsSequentialAdd(Case<T> c) {
      R sequential = agg.result(of(c.all()));
      assertEquals(sequential, agg.result(agg.merge(agg.merge(of(c.a), of(c.b)), of(c.c))), "merging parts must equal adding all");
      assertEquals(sequential, agg.result(addAll(agg.merge(of(c.a), of(c.b)), c.c)), "adding after a merge must equal adding all");
    }

    void orderDoesNotMatter(Case<T> c) {
      List<T> shuffled = c.all();
      Collections.shuffle(shuffled, new Random(c.shuffleSeed));
      assertEquals(agg.result(of(c.all())), agg.result(of(shuffled)), "a shuffled input must give the same result");
      assertEquals(
          agg.result(agg.merge(of(c.a), of(c.b))), agg.result(agg.merge(of(c.b), of(c.a))), "merge(a, b) must equal merge(b, a)");
    }

    void parallelEqualsSequential(Case<T> c) {
      List<T> all = c.all();
      R sequential = agg.aggregate(all);
      assertEquals(sequential, all.parallelStream().collect(agg.asCollector()), "a parallel collect must equal sequential");
      assertEquals(sequential, all.stream().collect(agg.asCollector()), "a sequential collect must equal aggregate");
    }

    void resultIsNotChangedByLaterAdds(Case<T> c) {
      A acc = of(c.a);
      R first = agg.result(acc);
      acc = agg.merge(addAll(acc, c.b), of(c.c));
      agg.result(acc);
      assertEquals(agg.result(of(c.a)), first, "a result must not change when its accumulator does");
    }
  }
}
