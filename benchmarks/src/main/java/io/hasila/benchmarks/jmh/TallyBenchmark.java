package io.hasila.benchmarks.jmh;

import io.hasila.aggregate.Aggregator;
import io.hasila.benchmarks.DataGenerator;
import io.hasila.model.Activity;
import io.hasila.tally.DateRange;
import io.hasila.benchmarks.HasilaFigures;
import io.hasila.tally.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The 2020 tally as an aggregator ({@link Tally#aggregator}): adding one activity, and merging two
 * accumulators of 10,000 activities each (a parallel read merges one per piece).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TallyBenchmark {
  private final Aggregator<Activity, Object, Tally> tally = aggregator();
  private final List<Activity> activities = new ArrayList<>();
  private Object accumulator;
  private Object left;
  private Object right;
  private int next;

  @SuppressWarnings("unchecked")
  private static Aggregator<Activity, Object, Tally> aggregator() {
    return (Aggregator<Activity, Object, Tally>)
        (Aggregator<Activity, ?, Tally>)
            Tally.aggregator(HasilaFigures.REFERENCE.definition(), HasilaFigures.REFERENCE.institution(), DateRange.ofYear(2020), List.of());
  }

  @Setup
  public void setUp() {
    DataGenerator generator = new DataGenerator(11);
    for (int i = 0; i < 20_000; i++) {
      activities.add(generator.next());
    }
    accumulator = tally.empty();
  }

  /** Fresh accumulators for each merge (merging consumes them). */
  @Setup(Level.Invocation)
  public void halves() {
    left = tally.empty();
    right = tally.empty();
    for (int i = 0; i < 10_000; i++) {
      left = tally.add(left, activities.get(i));
      right = tally.add(right, activities.get(10_000 + i));
    }
  }

  /** Adds one activity to the tally's accumulator. */
  @Benchmark
  public Object addOne() {
    next = (next + 1) % activities.size();
    accumulator = tally.add(accumulator, activities.get(next));
    return accumulator;
  }

  /** Merges two accumulators of 10,000 activities each. */
  @Benchmark
  public Object mergeTwo() {
    return tally.merge(left, right);
  }
}
