package io.hasila.examples;

import io.hasila.aggregate.Aggregator;
import io.hasila.model.Activity;
import io.hasila.testkit.ActivityAggregatorContract;
import java.time.ZoneId;
import java.util.Map;

/** The custom aggregator passes the aggregator laws, checked by the test kit on generated activities. */
final class BusiestMonthContractTest extends ActivityAggregatorContract<Map<String, BusiestMonth.Peak>> {
  @Override
  protected Aggregator<Activity, ?, Map<String, BusiestMonth.Peak>> aggregator() {
    return new BusiestMonth(ZoneId.of("Africa/Casablanca"));
  }
}
