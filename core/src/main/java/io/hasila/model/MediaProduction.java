package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reportage or informational piece the institution produced itself (روبورتاج / مادة إعلامية).
 *
 * <p>Use {@link MediaCoverage} instead when an outside outlet produced the piece.
 */
@Value.Immutable
public abstract sealed class MediaProduction implements Activity permits ImmutableMediaProduction {
  MediaProduction() {}

  /** What kind of piece it is. */
  public abstract ProductionKind kind();

  /** The outlet that co-produced or broadcast it, if any. */
  public abstract Optional<String> partnerOutlet();

  @Override
  public final ActivityType type() {
    return ActivityType.MEDIA_PRODUCTION;
  }

  /** A builder for a media production. */
  public static ImmutableMediaProduction.Builder builder() {
    return ImmutableMediaProduction.builder();
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "MediaProduction");
    partnerOutlet().ifPresent(v -> Checks.notBlank("MediaProduction", "partnerOutlet", v));
  }
}
