/**
 * Mergeable aggregators: the arithmetic that turns a stream of activities (or audience snapshots)
 * into counts, sums, distinct counts and latest values.
 *
 * <p>{@link io.hasila.aggregate.Aggregator} is the extension point; {@link
 * io.hasila.aggregate.Aggregators} holds the built-ins, which compose (filter, group, map) without
 * a new class. Every aggregator obeys one law: merging partial results gives exactly the result of
 * adding all the inputs to one, so the same aggregation runs sequentially, on a parallel stream or
 * split across machines. Result values are immutable.
 */
@HasilaStyle
package io.hasila.aggregate;

import io.hasila.internal.HasilaStyle;
