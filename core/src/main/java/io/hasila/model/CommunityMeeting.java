package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A coordination or consultation meeting with civil society (اجتماع تنسيقي وتشاوري).
 *
 * <p>It lists every counterpart met, each with a stable id, so that a tally can count distinct
 * associations or union bodies across all meetings of a year.
 */
@Value.Immutable
public abstract sealed class CommunityMeeting implements Activity permits ImmutableCommunityMeeting {
  CommunityMeeting() {}

  /** The parties met; at least one, each id at most once. */
  public abstract Set<Counterpart> counterparts();

  /** The topics discussed, in the order recorded; possibly none. */
  public abstract List<String> topics();

  @Override
  public final ActivityType type() {
    return ActivityType.COMMUNITY_MEETING;
  }

  /** A builder for a community meeting. */
  public static ImmutableCommunityMeeting.Builder builder() {
    return ImmutableCommunityMeeting.builder();
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "CommunityMeeting");
    Checks.notEmpty("CommunityMeeting", "counterparts", counterparts());
    Map<String, Counterpart> byId = new HashMap<>();
    for (Counterpart c : counterparts()) {
      Counterpart previous = byId.putIfAbsent(c.id(), c);
      Checks.check(
          previous == null,
          "CommunityMeeting",
          "counterparts",
          "must not list two different counterparts with the same id",
          c.id());
    }
    for (String topic : topics()) {
      Checks.notBlank("CommunityMeeting", "topics", topic);
    }
  }
}
