package io.hasila.model;

import io.hasila.internal.Checks;
import org.immutables.value.Value;

/** A civic campaign counted by its participants, such as a blood-donation drive among staff. */
@Value.Immutable
public abstract sealed class Campaign implements Activity permits ImmutableCampaign {
  Campaign() {}

  /** What kind of campaign it is. */
  public abstract CampaignKind kind();

  /** How many people took part. */
  public abstract long participants();

  @Override
  public final ActivityType type() {
    return ActivityType.CAMPAIGN;
  }

  /** A builder for a campaign. */
  public static ImmutableCampaign.Builder builder() {
    return ImmutableCampaign.builder();
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "Campaign");
    Checks.notNegative("Campaign", "participants", participants());
  }
}
