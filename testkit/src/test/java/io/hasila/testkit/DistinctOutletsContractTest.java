package io.hasila.testkit;

import io.hasila.aggregate.AccumulatorCodec;
import io.hasila.aggregate.AccumulatorCodecs;
import io.hasila.aggregate.Aggregator;
import io.hasila.model.Activity;
import io.hasila.model.MediaCoverage;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

/** The custom aggregator of docs/tallies-and-aggregators.md, checked by the contract as a user would. */
@DisplayName("a custom aggregator (distinct outlets covered) passes the aggregator contract")
final class DistinctOutletsContractTest extends ActivityAggregatorContract<Long> {

  // --8<-- [start:custom-aggregator]
  /** How many distinct outlets the institution facilitated coverage for. */
  static final class DistinctOutlets implements Aggregator<Activity, Set<String>, Long> {
    @Override
    public Set<String> empty() {
      return new HashSet<>();
    }

    @Override
    public Set<String> add(Set<String> outlets, Activity activity) {
      if (activity instanceof MediaCoverage) {
        outlets.add(((MediaCoverage) activity).outlet());
      }
      return outlets;
    }

    @Override
    public Set<String> merge(Set<String> left, Set<String> right) {
      left.addAll(right);
      return left;
    }

    @Override
    public Long result(Set<String> outlets) {
      return (long) outlets.size();
    }

    @Override
    public Optional<AccumulatorCodec<Set<String>>> codec() { // to run on a distributed engine
      return Optional.of(AccumulatorCodecs.setsOf(AccumulatorCodecs.strings()));
    }
  }
  // --8<-- [end:custom-aggregator]

  @Override
  protected Aggregator<Activity, ?, Long> aggregator() {
    return new DistinctOutlets();
  }
}
