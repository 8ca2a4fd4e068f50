package io.hasila.model;

import io.hasila.internal.Checks;
import org.immutables.value.Value;

/** A civic campaign counted by its participants, such as a blood-donation drive among staff. */
@Value.Immutable
public abstract sealed class Campaign implements Activity permits ImmutableCampaign {
  /** What kind of campaign it is. */
  public static final Property<Campaign, CampaignKind> KIND =
      Property.one(
          "kind",
          Labels.of("النوع", "type", "kind"),
          ValueType.code(CampaignKind.VOCABULARY),
          Campaign::kind,
          (Builder b, CampaignKind v) -> b.kind(v));

  /** How many people took part. */
  public static final Property<Campaign, Long> PARTICIPANTS =
      Property.one(
          "participants",
          Labels.of("المشاركون", "participants", "participants"),
          ValueType.count(),
          Campaign::participants,
          (Builder b, Long v) -> b.participants(v));

  /** The description of campaigns, type code {@code campaign}. */
  public static final ActivityType<Campaign> TYPE =
      ActivityType.of(
          "campaign",
          Labels.of("حملة", "campagne", "campaign"),
          Campaign.class,
          Campaign::builder,
          Builder::build,
          KIND,
          PARTICIPANTS);

  Campaign() {}

  /** What kind of campaign it is. */
  public abstract CampaignKind kind();

  /** How many people took part. */
  public abstract long participants();

  @Override
  public final ActivityType<Campaign> type() {
    return TYPE;
  }

  /** A builder for a campaign. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Campaign}; {@code build()} validates it. */
  public static final class Builder extends ImmutableCampaign.Builder implements ActivityBuilder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "Campaign");
    Checks.notNegative("Campaign", "participants", participants());
  }
}
