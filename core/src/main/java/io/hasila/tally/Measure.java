package io.hasila.tally;

import io.hasila.internal.Checks;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Platform;
import io.hasila.model.Projection;
import io.hasila.model.Property;
import io.hasila.model.PropertyPath;
import io.hasila.model.RecordType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How the value of a {@link Category} is obtained: a count, a distinct count, a sum of a numeric
 * property, a running total (the latest audience snapshot of the period, or the snapshot of one
 * date), the sum of the category's children, a figure that is only ever published, or no value (a
 * heading, or a programme reported without a figure).
 *
 * <p>Every measure is a plain record over described properties, so a definition can be written to
 * a file and read back (the {@link Selector} it holds is plain data too unless it is a {@link
 * Selector#custom custom} one).
 */
public sealed interface Measure {

  /**
   * The described properties of an activity the measure reads, derived from it: what its selector
   * reads, and the path it counts or adds up; none for the measures that read no activity
   * (snapshots, sums of children, published-only figures, headings).
   */
  default Projection reads() {
    return Projection.none();
  }

  /** The number of activities that match the selector. */
  static Measure count(Selector selector) {
    return new Count(selector);
  }

  /** The number of distinct values {@code of} reaches in the activities that match the selector, e.g. distinct accounts. */
  static Measure distinct(PropertyPath of, Selector selector) {
    return new Distinct(of, Optional.empty(), selector);
  }

  /**
   * The number of distinct values {@code of} reaches in the records whose {@code property} passes
   * {@code condition}, in the activities that match the selector: {@code of} is a property of a
   * nested record (such as {@code community_meeting.counterparts.id}) and {@code property} another
   * property of that record (such as {@code kind}).
   */
  static Measure distinct(PropertyPath of, Property<?, ?> property, Condition condition, Selector selector) {
    return new Distinct(of, Optional.of(new Filter(property, condition)), selector);
  }

  /** The number of distinct counterparts of a kind, by id, in the community meetings that match the selector. */
  static Measure distinctCounterparts(CounterpartKind kind, Selector selector) {
    return distinct(
        PropertyPath.of(CommunityMeeting.TYPE, CommunityMeeting.COUNTERPARTS, Counterpart.ID),
        Counterpart.KIND,
        Condition.anyOf(kind),
        selector);
  }

  /** The sum of the numbers {@code of} reaches in the activities that match the selector, e.g. {@code campaign.participants}. */
  static Measure sum(PropertyPath of, Selector selector) {
    return new Sum(of, selector);
  }

  /** The latest followers of every account on a platform, added up across accounts (never over time). */
  static Measure latestSnapshot(Platform platform) {
    return new LatestSnapshot(platform, Optional.empty(), AudienceSnapshot.FOLLOWERS);
  }

  /** The latest value of a numeric property of snapshots ({@link AudienceSnapshot#FOLLOWERS} or {@link AudienceSnapshot#POSTS}) of every account on a platform, added up across accounts. */
  static Measure latestSnapshot(Platform platform, Property<AudienceSnapshot, Long> field) {
    return new LatestSnapshot(platform, Optional.empty(), field);
  }

  /** The latest value of a numeric property of snapshots of one account. */
  static Measure latestSnapshot(Platform platform, String account, Property<AudienceSnapshot, Long> field) {
    return new LatestSnapshot(platform, Optional.of(account), field);
  }

  /**
   * The value of a numeric snapshot property on one date, such as the followers of an account on
   * 31 December: for one account or, without an account, for every account of the platform with a
   * snapshot that day, added up. A running total at one date, compared between periods, never
   * summed over time; only a snapshot dated in the tally's period counts.
   */
  static Measure snapshotAt(LocalDate date, Platform platform, Property<AudienceSnapshot, Long> field) {
    return new SnapshotAt(date, platform, Optional.empty(), field);
  }

  /** The value of a numeric snapshot property of one account on one date; see {@link #snapshotAt(LocalDate, Platform, Property)}. */
  static Measure snapshotAt(LocalDate date, Platform platform, String account, Property<AudienceSnapshot, Long> field) {
    return new SnapshotAt(date, platform, Optional.of(account), field);
  }

  /**
   * A figure that is reported, never computed, such as the views of a campaign or the contents
   * intercepted: a published tally gives it, a computed tally has no figure for it (see {@link
   * Tally#publishedOnly()}).
   */
  static Measure publishedOnly() {
    return PublishedOnly.INSTANCE;
  }

  /** A programme or mechanism the source reports without a figure, such as a monitoring unit set up in the year. */
  static Measure programme() {
    return Programme.INSTANCE;
  }

  /** The sum of the category's children: a declared total, always consistent when computed. */
  static Measure sumOfChildren() {
    return SumOfChildren.INSTANCE;
  }

  /**
   * No value: the category is a heading over children that do not add up (a programme reported
   * without a figure is {@link #programme()}).
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

    @Override
    public Projection reads() {
      return selector.reads();
    }
  }

  /** A condition on one property of the nested records a {@link Distinct} counts. */
  record Filter(Property<?, ?> property, Condition condition) {
    /** Validates the property and the condition. */
    public Filter {
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(condition, "condition");
    }
  }

  /**
   * Counts the distinct values a path reaches in the activities that match a selector; with a
   * filter, only in the nested records (those the path's parent reaches) that pass it.
   */
  record Distinct(PropertyPath of, Optional<Filter> filter, Selector selector) implements Measure {
    /** Validates that the filter is on a property of the records the path's parent reaches. */
    public Distinct {
      Objects.requireNonNull(of, "of");
      Objects.requireNonNull(filter, "filter");
      Objects.requireNonNull(selector, "selector");
      filter.ifPresent(
          f -> {
            RecordType<?> element = of.parent().flatMap(p -> p.valueType().recordType()).orElse(null);
            Checks.check(
                element != null && element.has(f.property()),
                "Distinct",
                "filter",
                "must be on a property of the records " + of.parent().map(Object::toString).orElse("(none)") + " reaches",
                f.property().name());
          });
    }

    @Override
    public Projection reads() {
      return Projection.of(of).and(selector.reads());
    }
  }

  /** Adds up the numbers a path reaches over the activities that match a selector. */
  record Sum(PropertyPath of, Selector selector) implements Measure {
    /** Validates that the path reaches numbers. */
    public Sum {
      Objects.requireNonNull(of, "of");
      Objects.requireNonNull(selector, "selector");
      Checks.check(of.valueType().isNumber(), "Sum", "of", "must reach numbers", of.toString());
    }

    @Override
    public Projection reads() {
      return Projection.of(of).and(selector.reads());
    }
  }

  /**
   * The value of a numeric snapshot property in the latest snapshot of the period, for one account
   * or, without an account, for every account on the platform added up; snapshots without the
   * value are skipped. It is a running total: it is compared between periods, never summed over
   * time.
   */
  record LatestSnapshot(Platform platform, Optional<String> account, Property<AudienceSnapshot, Long> field)
      implements Measure {
    /** Validates the platform, the account and the field. */
    public LatestSnapshot {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(field, "field");
      account.ifPresent(a -> Checks.notBlank("LatestSnapshot", "account", a));
      Checks.check(
          AudienceSnapshot.TYPE.has(field) && field.type().isNumber(),
          "LatestSnapshot",
          "field",
          "must be a numeric property of audience_snapshot",
          field.name());
    }
  }

  /**
   * The value of a numeric snapshot property on one date, for one account or, without an account,
   * for every account on the platform with a snapshot that day, added up. A running total at one
   * date.
   */
  record SnapshotAt(LocalDate date, Platform platform, Optional<String> account, Property<AudienceSnapshot, Long> field)
      implements Measure {
    /** Validates the date, the platform, the account and the field. */
    public SnapshotAt {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(field, "field");
      account.ifPresent(a -> Checks.notBlank("SnapshotAt", "account", a));
      Checks.check(
          AudienceSnapshot.TYPE.has(field) && field.type().isNumber(),
          "SnapshotAt",
          "field",
          "must be a numeric property of audience_snapshot",
          field.name());
    }
  }

  /** A figure only ever published, never computed. */
  enum PublishedOnly implements Measure {
    /** The one instance. */
    INSTANCE
  }

  /** A programme reported without a figure. */
  enum Programme implements Measure {
    /** The one instance. */
    INSTANCE
  }

  /** The sum of the category's children. */
  enum SumOfChildren implements Measure {
    /** The one instance. */
    INSTANCE
  }

  /** No value: a heading, or children that do not add up. */
  enum None implements Measure {
    /** The one instance. */
    INSTANCE
  }
}
