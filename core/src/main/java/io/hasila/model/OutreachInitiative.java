package io.hasila.model;

import io.hasila.internal.Checks;
import org.immutables.value.Value;

/**
 * A humanitarian or proximity initiative with a number of beneficiaries.
 *
 * <p>The reference case: children who dreamt of joining the police, welcomed by their local units.
 * Use {@link Campaign} for collective drives counted by participants.
 */
@Value.Immutable
public abstract sealed class OutreachInitiative implements Activity permits ImmutableOutreachInitiative {
  OutreachInitiative() {}

  /** How many people benefited. */
  public abstract long beneficiaries();

  @Override
  public final ActivityType type() {
    return ActivityType.OUTREACH_INITIATIVE;
  }

  /** A builder for an outreach initiative. */
  public static ImmutableOutreachInitiative.Builder builder() {
    return ImmutableOutreachInitiative.builder();
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "OutreachInitiative");
    Checks.notNegative("OutreachInitiative", "beneficiaries", beneficiaries());
  }
}
