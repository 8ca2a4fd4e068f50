package org.example.consumer;

import io.hasila.aggregate.Aggregator;
import io.hasila.model.Activity;
import io.hasila.model.MediaCoverage;
import java.util.HashSet;
import java.util.Set;

/** The README's user-written aggregator: the number of distinct outlets that covered the activities. */
public final class DistinctOutlets implements Aggregator<Activity, Set<String>, Long> {
  /** An empty set of outlets. */
  @Override
  public Set<String> empty() {
    return new HashSet<>();
  }

  /** Adds a media coverage's outlet. */
  @Override
  public Set<String> add(Set<String> outlets, Activity a) {
    if (a instanceof MediaCoverage c) {
      outlets.add(c.outlet());
    }
    return outlets;
  }

  /** Both sets of outlets. */
  @Override
  public Set<String> merge(Set<String> l, Set<String> r) {
    l.addAll(r);
    return l;
  }

  /** The number of outlets. */
  @Override
  public Long result(Set<String> outlets) {
    return (long) outlets.size();
  }
}
