package io.hasila.model;

import io.hasila.internal.Checks;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The audience of an official account at the end of a day: a running total, not an activity.
 *
 * <p>Followers accumulate over time, so snapshots are compared (first against last), never summed
 * over a period; that is why this type is not an {@link Activity} and no activity aggregator
 * accepts it.
 */
@Value.Immutable
public abstract class AudienceSnapshot {
  AudienceSnapshot() {}

  /** The platform of the account. */
  public abstract Platform platform();

  /** The account, e.g. {@code @DGSN_MAROC}. */
  public abstract String account();

  /** The day the snapshot was taken; the figures hold at the end of that day. */
  public abstract LocalDate date();

  /** Followers (subscribers) of the account on that day; a running total. */
  public abstract long followers();

  /** The account's cumulative number of posts on that day, if known; a running total. */
  public abstract OptionalLong posts();

  /** A builder for a snapshot. */
  public static ImmutableAudienceSnapshot.Builder builder() {
    return ImmutableAudienceSnapshot.builder();
  }

  /** A snapshot of followers only. */
  public static ImmutableAudienceSnapshot of(Platform platform, String account, LocalDate date, long followers) {
    return builder().platform(platform).account(account).date(date).followers(followers).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("AudienceSnapshot", "account", account());
    Checks.notNegative("AudienceSnapshot", "followers", followers());
    posts().ifPresent(p -> Checks.notNegative("AudienceSnapshot", "posts", p));
  }
}
