package io.hasila.testkit;

import io.hasila.model.Activity;

/**
 * The {@link AggregatorContract} for aggregators of activities, drawing inputs of every activity
 * type from {@link HasilaGenerators#activities()}; a subclass only gives the aggregator.
 *
 * @param <R> the aggregator's result type
 */
public abstract class ActivityAggregatorContract<R> extends AggregatorContract<Activity, R> {

  /** For subclasses. */
  protected ActivityAggregatorContract() {}

  @Override
  protected Generator<Activity> inputs() {
    return HasilaGenerators.activities();
  }
}
