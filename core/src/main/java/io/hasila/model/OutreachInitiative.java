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
  /** How many people benefited. */
  public static final Property<OutreachInitiative, Long> BENEFICIARIES =
      Property.one(
          "beneficiaries",
          Labels.of("المستفيدون", "bénéficiaires", "beneficiaries"),
          ValueType.count(),
          OutreachInitiative::beneficiaries,
          (Builder b, Long v) -> b.beneficiaries(v));

  /** The description of outreach initiatives, type code {@code outreach_initiative}. */
  public static final ActivityType<OutreachInitiative> TYPE =
      ActivityType.of(
          "outreach_initiative",
          Labels.of("مبادرة تواصلية وإنسانية", "initiative de proximité", "outreach initiative"),
          OutreachInitiative.class,
          OutreachInitiative::builder,
          Builder::build,
          BENEFICIARIES);

  OutreachInitiative() {}

  /** How many people benefited. */
  public abstract long beneficiaries();

  @Override
  public final ActivityType<OutreachInitiative> type() {
    return TYPE;
  }

  /** A builder for an outreach initiative. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutreachInitiative}; {@code build()} validates it. */
  public static final class Builder extends ImmutableOutreachInitiative.Builder implements ActivityBuilder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "OutreachInitiative");
    Checks.notNegative("OutreachInitiative", "beneficiaries", beneficiaries());
  }
}
