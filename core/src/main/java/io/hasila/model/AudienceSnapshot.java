package io.hasila.model;

import io.hasila.internal.Checks;
import java.time.LocalDate;
import java.util.List;
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
  /** The platform of the account. */
  public static final Property<AudienceSnapshot, Platform> PLATFORM =
      Property.one(
          "platform",
          Labels.of("المنصة", "plateforme", "platform"),
          ValueType.code(Platform.VOCABULARY),
          AudienceSnapshot::platform,
          (Builder b, Platform v) -> b.platform(v));

  /** The account. */
  public static final Property<AudienceSnapshot, String> ACCOUNT =
      Property.one(
          "account",
          Labels.of("الحساب", "compte", "account"),
          ValueType.text(),
          AudienceSnapshot::account,
          (Builder b, String v) -> b.account(v));

  /** The day the snapshot was taken. */
  public static final Property<AudienceSnapshot, LocalDate> DATE =
      Property.one(
          "date",
          Labels.of("التاريخ", "date", "date"),
          ValueType.date(),
          AudienceSnapshot::date,
          (Builder b, LocalDate v) -> b.date(v));

  /** Followers of the account on that day: a running total. */
  public static final Property<AudienceSnapshot, Long> FOLLOWERS =
      Property.one(
          "followers",
          Labels.of("المتابعون", "abonnés", "followers"),
          ValueType.count(),
          AudienceSnapshot::followers,
          (Builder b, Long v) -> b.followers(v));

  /** The account's cumulative number of posts on that day, if known: a running total. */
  public static final Property<AudienceSnapshot, Long> POSTS =
      Property.optionalCount(
          "posts",
          Labels.of("عدد المنشورات", "nombre de publications", "posts"),
          AudienceSnapshot::posts,
          (Builder b, Long v) -> b.posts(v));

  /** The description of snapshots, record code {@code audience_snapshot} (the {@code type} in files). */
  public static final RecordType<AudienceSnapshot> TYPE =
      RecordType.of(
          "audience_snapshot",
          Labels.of("عدد متابعي حساب في يوم", "audience d'un compte à une date", "audience snapshot"),
          AudienceSnapshot.class,
          List.of(PLATFORM, ACCOUNT, DATE, FOLLOWERS, POSTS),
          AudienceSnapshot::builder,
          Builder::build);

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
  public static Builder builder() {
    return new Builder();
  }

  /** A snapshot of followers only. */
  public static AudienceSnapshot of(Platform platform, String account, LocalDate date, long followers) {
    return builder().platform(platform).account(account).date(date).followers(followers).build();
  }

  /** Builds an {@link AudienceSnapshot}; {@code build()} validates it. */
  public static final class Builder extends ImmutableAudienceSnapshot.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("AudienceSnapshot", "account", account());
    Checks.notNegative("AudienceSnapshot", "followers", followers());
    posts().ifPresent(p -> Checks.notNegative("AudienceSnapshot", "posts", p));
  }
}
