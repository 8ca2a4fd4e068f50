package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything recorded for one institution: its activities, audience snapshots and declared themes.
 *
 * <p>A dataset is held in memory; for large logs, stream activities through the readers of the
 * io modules instead. Activity ids are unique within a dataset, and two snapshots of the same
 * account on the same day are rejected.
 */
@Value.Immutable
public abstract class Dataset {
  Dataset() {}

  /** The institution the records belong to. */
  public abstract Institution institution();

  /** The activities, in the order recorded. */
  public abstract List<Activity> activities();

  /** The audience snapshots, in the order recorded. */
  public abstract List<AudienceSnapshot> snapshots();

  /**
   * Codes the institution declared beyond (or relabelling) the well-known ones of each {@link
   * Vocabulary}: its own themes, a renamed platform, a new kind of production.
   */
  public abstract Set<Term> declared();

  /** The vocabularies its records are read with: the well-known codes plus {@link #declared()}. */
  public Vocabularies vocabularies() {
    return Vocabularies.standard().with(declared());
  }

  /** A builder for a dataset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dataset}; {@code build()} validates it. */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < activities().size(); i++) {
      String id = activities().get(i).id();
      Integer previous = firstIndex.putIfAbsent(id, i);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Dataset.activities must have unique ids but was: \""
                + id
                + "\" at positions "
                + previous
                + " and "
                + i);
      }
    }
    Map<String, Integer> snapshotIndex = new HashMap<>();
    for (int i = 0; i < snapshots().size(); i++) {
      AudienceSnapshot s = snapshots().get(i);
      String key = s.platform().code() + " " + s.account() + " " + s.date();
      Integer previous = snapshotIndex.putIfAbsent(key, i);
      Checks.check(
          previous == null,
          "Dataset",
          "snapshots",
          "must hold one snapshot per account and day, found a second at position " + i + " for",
          key);
    }
    Set<String> codes = new HashSet<>();
    for (Term t : declared()) {
      Checks.check(
          codes.add(t.vocabulary().name() + ":" + t.code()),
          "Dataset",
          "declared",
          "must declare each code of a vocabulary once",
          t.vocabulary().name() + ":" + t.code());
    }
  }
}
