package org.example.consumer;

import io.hasila.aggregate.Aggregator;
import io.hasila.model.Activity;
import io.hasila.testkit.ActivityAggregatorContract;

/** The README's contract test: the test kit checks the aggregator laws on generated activities. */
class DistinctOutletsContractTest extends ActivityAggregatorContract<Long> {
  @Override
  protected Aggregator<Activity, ?, Long> aggregator() {
    return new DistinctOutlets();
  }
}
