package io.hasila.tally;

import io.hasila.aggregate.Quantity;
import io.hasila.internal.Checks;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Platform;
import java.util.Objects;
import java.util.Optional;

/**
 * How the value of a {@link Category} is obtained: a count, a distinct count of counterparts, a sum
 * of a quantity, the latest audience snapshot, the sum of the category's children, or no value.
 *
 * <p>Every measure is a plain record, so a definition can be written to a file and read back (the
 * {@link Selector} it holds is plain data too unless it is a {@link Selector#custom custom} one).
 */
public sealed interface Measure {

  /** The number of activities that match the selector. */
  static Measure count(Selector selector) {
    return new Count(selector);
  }

  /** The number of distinct counterparts of a kind met in the community meetings that match the selector. */
  static Measure distinctCounterparts(CounterpartKind kind, Selector selector) {
    return new DistinctCounterparts(kind, selector);
  }

  /** The sum of a quantity over the activities that match the selector. */
  static Measure sum(Quantity quantity, Selector selector) {
    return new Sum(quantity, selector);
  }

  /** The latest value of a field of every account on a platform, added up across accounts (never over time). */
  static Measure latestSnapshot(Platform platform, SnapshotField field) {
    return new LatestSnapshot(platform, Optional.empty(), field);
  }

  /** The latest value of a field of one account. */
  static Measure latestSnapshot(Platform platform, String account, SnapshotField field) {
    return new LatestSnapshot(platform, Optional.of(account), field);
  }

  /** The sum of the category's children: a declared total, always consistent when computed. */
  static Measure sumOfChildren() {
    return SumOfChildren.INSTANCE;
  }

  /**
   * No value: the category names something the source reports without a figure, such as a
   * programme, or groups children that do not add up.
   */
  static Measure none() {
    return None.INSTANCE;
  }

  /** Counts the activities that match a selector. */
  record Count(Selector selector) implements Measure {
    /** Validates the selector. */
    public Count {
      Objects.requireNonNull(selector, "selector");
    }
  }

  /** Counts the distinct counterparts of a kind, by id, in the community meetings that match a selector. */
  record DistinctCounterparts(CounterpartKind kind, Selector selector) implements Measure {
    /** Validates the kind and the selector. */
    public DistinctCounterparts {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(selector, "selector");
    }
  }

  /** Adds up a quantity over the activities that match a selector. */
  record Sum(Quantity quantity, Selector selector) implements Measure {
    /** Validates the quantity and the selector. */
    public Sum {
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(selector, "selector");
    }
  }

  /**
   * The value of a field in the latest snapshot of the period, for one account or, without an
   * account, for every account on the platform added up; snapshots without the field are skipped.
   * It is a running total: it is compared between periods, never summed over time.
   */
  record LatestSnapshot(Platform platform, Optional<String> account, SnapshotField field) implements Measure {
    /** Validates the platform, the account and the field. */
    public LatestSnapshot {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(field, "field");
      account.ifPresent(a -> Checks.notBlank("LatestSnapshot", "account", a));
    }
  }

  /** The sum of the category's children. */
  enum SumOfChildren implements Measure {
    /** The one instance. */
    INSTANCE
  }

  /** No value. */
  enum None implements Measure {
    /** The one instance. */
    INSTANCE
  }
}
