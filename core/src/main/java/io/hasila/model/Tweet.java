package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A post on one of the institution's official social-media accounts (تغريدة / تدوينة), on any platform.
 *
 * <p>Engagement counts are optional and describe the post when it was recorded. The account's
 * followers are an {@link AudienceSnapshot}, not a property of a post.
 */
@Value.Immutable
public abstract sealed class Tweet implements Activity permits ImmutableTweet {
  Tweet() {}

  /** The platform the post was published on. */
  public abstract Platform platform();

  /** The account that published it, e.g. {@code @DGSN_MAROC}. */
  public abstract String account();

  /** The platform's identifier of the post, if known. */
  public abstract Optional<String> postId();

  /** How many times it was viewed, if known. */
  public abstract OptionalLong views();

  /** How many likes it received, if known. */
  public abstract OptionalLong likes();

  /** How many times it was shared or reposted, if known. */
  public abstract OptionalLong shares();

  @Override
  public final ActivityType type() {
    return ActivityType.TWEET;
  }

  /** A builder for a tweet or post. */
  public static ImmutableTweet.Builder builder() {
    return ImmutableTweet.builder();
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "Tweet");
    Checks.notBlank("Tweet", "account", account());
    postId().ifPresent(v -> Checks.notBlank("Tweet", "postId", v));
    views().ifPresent(v -> Checks.notNegative("Tweet", "views", v));
    likes().ifPresent(v -> Checks.notNegative("Tweet", "likes", v));
    shares().ifPresent(v -> Checks.notNegative("Tweet", "shares", v));
  }
}
