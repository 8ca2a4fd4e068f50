package io.hasila.model;

import io.hasila.internal.Checks;
import org.immutables.value.Value;

/**
 * Coverage the institution facilitated for a media outlet (تغطية إعلامية, couverture médiatique).
 *
 * <p>Use {@link MediaProduction} instead for reportages the institution produced itself.
 */
@Value.Immutable
public abstract sealed class MediaCoverage implements Activity permits ImmutableMediaCoverage {
  MediaCoverage() {}

  /** The outlet's name. */
  public abstract String outlet();

  /** The kind of outlet. */
  public abstract OutletKind outletKind();

  /** Whether the outlet is foreign; false unless set. */
  @Value.Default
  public boolean foreign() {
    return false;
  }

  @Override
  public final ActivityType type() {
    return ActivityType.MEDIA_COVERAGE;
  }

  /** A builder for a media coverage. */
  public static ImmutableMediaCoverage.Builder builder() {
    return ImmutableMediaCoverage.builder();
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "MediaCoverage");
    Checks.notBlank("MediaCoverage", "outlet", outlet());
  }
}
