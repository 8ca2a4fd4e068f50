package io.hasila.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.aggregate.AccumulatorCodec;
import io.hasila.aggregate.Aggregator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The laws every {@link Aggregator} must obey, as a test suite to subclass: the empty accumulator is
 * an identity, merge is associative, merging partial results equals adding everything to one,
 * input order does not matter, a parallel stream gives the sequential result, a result is not
 * changed by later additions, and — for an aggregator that states a {@link Aggregator#codec()
 * codec} — encoded and decoded accumulators merge like the originals (the law is skipped, as an
 * assumption not met, for one that states none).
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
 * result type must implement value equality. When a law breaks, the failing case is shrunk (inputs
 * removed while the law still breaks, for at most a second and a half) and reported with the law's
 * name and its inputs as JSON Lines, one per line, ready to be pasted into a regression test.
 *
 * @param <T> the aggregator's input type
 * @param <R> the aggregator's result type
 */
public abstract class AggregatorContract<T, R> {

  private static final java.util.Map<String, String> LAW_NAMES =
      java.util.Map.of(
          "emptyIsIdentity", "merging with the empty accumulator changes nothing",
          "mergeIsAssociative", "merge is associative",
          "mergeEqualsSequentialAdd", "merging partial results equals adding every input to one accumulator",
          "orderDoesNotMatter", "the order of the inputs does not change the result",
          "parallelEqualsSequential", "a parallel stream gives the sequential result",
          "resultIsNotChangedByLaterAdds", "a result is not changed by later additions",
          "decodedAccumulatorsMergeLikeOriginals", "encode, decode, then merge equals merge");

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
    check(LAW_NAMES.get("emptyIsIdentity"), new Laws<>(aggregator())::emptyIsIdentity);
  }

  @Test
  @DisplayName("merge is associative: (a + b) + c equals a + (b + c)")
  void mergeIsAssociative() {
    check(LAW_NAMES.get("mergeIsAssociative"), new Laws<>(aggregator())::mergeIsAssociative);
  }

  @Test
  @DisplayName("merging partial results equals adding every input to one accumulator")
  void mergeEqualsSequentialAdd() {
    check(LAW_NAMES.get("mergeEqualsSequentialAdd"), new Laws<>(aggregator())::mergeEqualsSequentialAdd);
  }

  @Test
  @DisplayName("the order of the inputs does not change the result")
  void orderDoesNotMatter() {
    check(LAW_NAMES.get("orderDoesNotMatter"), new Laws<>(aggregator())::orderDoesNotMatter);
  }

  @Test
  @DisplayName("a parallel stream gives the same result as a sequential one")
  void parallelEqualsSequential() {
    check(LAW_NAMES.get("parallelEqualsSequential"), new Laws<>(aggregator())::parallelEqualsSequential);
  }

  @Test
  @DisplayName("a result is not changed by adding more inputs to its accumulator afterwards")
  void resultIsNotChangedByLaterAdds() {
    check(LAW_NAMES.get("resultIsNotChangedByLaterAdds"), new Laws<>(aggregator())::resultIsNotChangedByLaterAdds);
  }

  @Test
  @DisplayName("encoded and decoded accumulators merge, take inputs and finish like the originals")
  void decodedAccumulatorsMergeLikeOriginals() {
    Aggregator<T, ?, R> aggregator = aggregator();
    assumeTrue(aggregator.codec().isPresent(), "the aggregator states no codec");
    check(LAW_NAMES.get("decodedAccumulatorsMergeLikeOriginals"), new Laws<>(aggregator)::decodedAccumulatorsMergeLikeOriginals);
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

    int size() {
      return a.size() + b.size() + c.size();
    }

    /** This case without the input at {@code index} of {@link #all()}. */
    Case<T> without(int index) {
      List<List<T>> parts = new ArrayList<>(List.of(new ArrayList<>(a), new ArrayList<>(b), new ArrayList<>(c)));
      int i = index;
      for (List<T> part : parts) {
        if (i < part.size()) {
          part.remove(i);
          break;
        }
        i -= part.size();
      }
      return new Case<>(parts.get(0), parts.get(1), parts.get(2), shuffleSeed);
    }

    /** The parts as JSON Lines, one input per line. */
    String describe() {
      return "part a (" + a.size() + "):\n" + RecordText.lines(a)
          + "part b (" + b.size() + "):\n" + RecordText.lines(b)
          + "part c (" + c.size() + "):\n" + RecordText.lines(c)
          + "shuffle seed: " + shuffleSeed;
    }

    @Override
    public String toString() {
      return "parts of " + a.size() + ", " + b.size() + " and " + c.size() + " inputs (shrunk in the cause below)";
    }
  }

  private interface Law<T> {
    void check(Case<T> c);
  }

  /** How long a failing case is shrunk at most, so that a broken law reports quickly. */
  private static final long SHRINK_NANOS = 1_500_000_000L;

  private void check(String name, Law<T> law) {
    Generator<T> one = inputs();
    int max = maxPartSize();
    Constraint sizes = Constraint.between(0, max);
    Constraint seeds = Constraint.between(0, Long.MAX_VALUE).withNoShrinkPoint();
    Gen<Case<T>> cases =
        in -> {
          List<List<T>> parts = new ArrayList<>(3);
          for (int p = 0; p < 3; p++) {
            int n = (int) in.next(sizes);
            Random r = new Random(in.next(seeds));
            parts.add(one.list(r, n));
          }
          return new Case<>(parts.get(0), parts.get(1), parts.get(2), in.next(seeds));
        };
    qt().withFixedSeed(seed())
        .withExamples(examples())
        .withShrinkCycles(0)
        .forAll(cases)
        .checkAssert(c -> checkShrinking(name, law, c));
  }

  /** Checks the law on a case; if it breaks, removes inputs while it still breaks, then reports the smallest case. */
  private static <T> void checkShrinking(String name, Law<T> law, Case<T> c) {
    AssertionError failure = failure(law, c);
    if (failure == null) {
      return;
    }
    long deadline = System.nanoTime() + SHRINK_NANOS;
    Case<T> smallest = c;
    boolean progress = true;
    while (progress && System.nanoTime() < deadline) {
      progress = false;
      for (int i = smallest.size() - 1; i >= 0 && System.nanoTime() < deadline; i--) {
        Case<T> candidate = smallest.without(i);
        AssertionError f = failure(law, candidate);
        if (f != null) {
          smallest = candidate;
          failure = f;
          progress = true;
        }
      }
    }
    AssertionError reported =
        new AssertionError(
            "The aggregator breaks the law \"" + name + "\": " + failure.getMessage()
                + "\nSmallest case found (" + smallest.size() + " of " + c.size() + " inputs), as JSON Lines:\n"
                + smallest.describe(),
            failure);
    reported.setStackTrace(new StackTraceElement[0]);
    throw reported;
  }

  private static <T> AssertionError failure(Law<T> law, Case<T> c) {
    try {
      law.check(c);
      return null;
    } catch (AssertionError e) {
      return e;
    } catch (RuntimeException e) {
      AssertionError wrapped = new AssertionError("it threw " + e, e);
      return wrapped;
    }
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

    void decodedAccumulatorsMergeLikeOriginals(Case<T> c) {
      AccumulatorCodec<A> codec = agg.codec().orElseThrow();
      R expected = agg.result(agg.merge(of(c.a), of(c.b)));
      assertEquals(expected, agg.result(agg.merge(again(codec, of(c.a)), again(codec, of(c.b)))), "merge(decode(encode(a)), decode(encode(b))) must equal merge(a, b)");
      assertEquals(agg.result(of(c.a)), agg.result(again(codec, of(c.a))), "decode(encode(a)) must finish like a");
      assertEquals(agg.result(agg.empty()), agg.result(again(codec, agg.empty())), "decode(encode(empty)) must finish like empty");
      assertEquals(
          agg.result(of(c.all())),
          agg.result(addAll(agg.merge(again(codec, of(c.a)), again(codec, agg.merge(of(c.b), agg.empty()))), c.c)),
          "a decoded accumulator must take more inputs like the original");
      byte[] once = codec.toBytes(of(c.a));
      assertEquals(expected, agg.result(agg.merge(codec.fromBytes(once), codec.fromBytes(codec.toBytes(of(c.b))))), "toBytes and fromBytes must round-trip like encode and decode");
    }

    private A again(AccumulatorCodec<A> codec, A accumulator) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        codec.encode(accumulator, out);
      } catch (IOException e) {
        throw new AssertionError("encoding failed: " + e, e);
      }
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        A decoded = codec.decode(in);
        assertEquals(0, in.available(), "decoding must read the whole encoding");
        return decoded;
      } catch (IOException e) {
        throw new AssertionError("decoding failed: " + e, e);
      }
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
