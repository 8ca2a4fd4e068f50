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
  /** The platform the post was published on. */
  public static final Property<Tweet, Platform> PLATFORM =
      Property.one(
          "platform",
          Labels.of("المنصة", "plateforme", "platform"),
          ValueType.code(Platform.VOCABULARY),
          Tweet::platform,
          (Builder b, Platform v) -> b.platform(v));

  /** The account that published it. */
  public static final Property<Tweet, String> ACCOUNT =
      Property.one(
          "account",
          Labels.of("الحساب", "compte", "account"),
          ValueType.text(),
          Tweet::account,
          (Builder b, String v) -> b.account(v));

  /** The platform's identifier of the post, if known. */
  public static final Property<Tweet, String> POST_ID =
      Property.optional(
          "postId",
          Labels.of("معرف المنشور", "identifiant de la publication", "post id"),
          ValueType.text(),
          Tweet::postId,
          (Builder b, String v) -> b.postId(v));

  /** How many times it was viewed, if known. */
  public static final Property<Tweet, Long> VIEWS =
      Property.optionalCount(
          "views", Labels.of("المشاهدات", "vues", "views"), Tweet::views, (Builder b, Long v) -> b.views(v));

  /** How many likes it received, if known. */
  public static final Property<Tweet, Long> LIKES =
      Property.optionalCount(
          "likes", Labels.of("الإعجابات", "mentions j'aime", "likes"), Tweet::likes, (Builder b, Long v) -> b.likes(v));

  /** How many times it was shared, if known. */
  public static final Property<Tweet, Long> SHARES =
      Property.optionalCount(
          "shares", Labels.of("المشاركات", "partages", "shares"), Tweet::shares, (Builder b, Long v) -> b.shares(v));

  /** The description of tweets and posts, type code {@code tweet}. */
  public static final ActivityType<Tweet> TYPE =
      ActivityType.of(
          "tweet",
          Labels.of("تغريدة / تدوينة", "tweet / publication", "tweet / post"),
          Tweet.class,
          Tweet::builder,
          Builder::build,
          PLATFORM,
          ACCOUNT,
          POST_ID,
          VIEWS,
          LIKES,
          SHARES);

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
  public final ActivityType<Tweet> type() {
    return TYPE;
  }

  /** A builder for a tweet or post. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tweet}; {@code build()} validates it. */
  public static final class Builder extends ImmutableTweet.Builder implements ActivityBuilder<Builder> {
    Builder() {}
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
