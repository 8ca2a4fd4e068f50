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
  /** What kind of piece it is. */
  public static final Property<MediaProduction, ProductionKind> KIND =
      Property.one(
          "kind",
          Labels.of("النوع", "type", "kind"),
          ValueType.code(ProductionKind.VOCABULARY),
          MediaProduction::kind,
          (Builder b, ProductionKind v) -> b.kind(v));

  /** The outlet that co-produced or broadcast it, if any. */
  public static final Property<MediaProduction, String> PARTNER_OUTLET =
      Property.optional(
          "partnerOutlet",
          Labels.of("المنبر الشريك", "média partenaire", "partner outlet"),
          ValueType.text(),
          MediaProduction::partnerOutlet,
          (Builder b, String v) -> b.partnerOutlet(v));

  /** The description of media productions, type code {@code media_production}. */
  public static final ActivityType<MediaProduction> TYPE =
      ActivityType.of(
          "media_production",
          Labels.of("روبورتاج / مادة إعلامية", "reportage / produit médiatique", "media production"),
          MediaProduction.class,
          MediaProduction::builder,
          Builder::build,
          KIND,
          PARTNER_OUTLET);

  MediaProduction() {}

  /** What kind of piece it is. */
  public abstract ProductionKind kind();

  /** The outlet that co-produced or broadcast it, if any. */
  public abstract Optional<String> partnerOutlet();

  @Override
  public final ActivityType<MediaProduction> type() {
    return TYPE;
  }

  /** A builder for a media production. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MediaProduction}; {@code build()} validates it. */
  public static final class Builder extends ImmutableMediaProduction.Builder implements ActivityBuilder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "MediaProduction");
    partnerOutlet().ifPresent(v -> Checks.notBlank("MediaProduction", "partnerOutlet", v));
  }
}
