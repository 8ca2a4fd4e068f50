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
  /** The outlet's name. */
  public static final Property<MediaCoverage, String> OUTLET =
      Property.one(
          "outlet",
          Labels.of("المنبر الإعلامي", "média", "outlet"),
          ValueType.text(),
          MediaCoverage::outlet,
          (Builder b, String v) -> b.outlet(v));

  /** The kind of outlet. */
  public static final Property<MediaCoverage, OutletKind> OUTLET_KIND =
      Property.one(
          "outletKind",
          Labels.of("نوع المنبر", "type de média", "kind of outlet"),
          ValueType.code(OutletKind.VOCABULARY),
          MediaCoverage::outletKind,
          (Builder b, OutletKind v) -> b.outletKind(v));

  /** Whether the outlet is foreign; false when a record leaves it out. */
  public static final Property<MediaCoverage, Boolean> FOREIGN =
      Property.defaulted(
          "foreign",
          Labels.of("منبر أجنبي", "média étranger", "foreign outlet"),
          ValueType.bool(),
          false,
          MediaCoverage::foreign,
          (Builder b, Boolean v) -> b.foreign(v));

  /** The description of media coverages, type code {@code media_coverage}. */
  public static final ActivityType<MediaCoverage> TYPE =
      ActivityType.of(
          "media_coverage",
          Labels.of("تغطية إعلامية", "couverture médiatique", "media coverage"),
          MediaCoverage.class,
          MediaCoverage::builder,
          Builder::build,
          OUTLET,
          OUTLET_KIND,
          FOREIGN);

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
  public final ActivityType<MediaCoverage> type() {
    return TYPE;
  }

  /** A builder for a media coverage. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MediaCoverage}; {@code build()} validates it. */
  public static final class Builder extends ImmutableMediaCoverage.Builder implements ActivityBuilder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "MediaCoverage");
    Checks.notBlank("MediaCoverage", "outlet", outlet());
  }
}
