package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A written official communication: a communiqué, a news item, a press file or a rebuttal.
 *
 * <p>A {@link BulletinKind#REBUTTAL rebuttal} (بيان حقيقة, "statement of truth") denies false news
 * and may carry the {@link Claim} it answers; no other kind may.
 */
@Value.Immutable
public abstract sealed class Bulletin implements Activity permits ImmutableBulletin {
  /** Which kind of written communication it is. */
  public static final Property<Bulletin, BulletinKind> KIND =
      Property.one(
          "kind",
          Labels.of("النوع", "type", "kind"),
          ValueType.code(BulletinKind.VOCABULARY),
          Bulletin::kind,
          (Builder b, BulletinKind v) -> b.kind(v));

  /** The claim a rebuttal answers, if recorded. */
  public static final Property<Bulletin, Claim> CLAIM =
      Property.optional(
          "claim",
          Labels.of("الادعاء", "allégation", "claim"),
          ValueType.record(Claim.TYPE),
          Bulletin::claim,
          (Builder b, Claim v) -> b.claim(v));

  /** The description of bulletins, type code {@code bulletin}. */
  public static final ActivityType<Bulletin> TYPE =
      ActivityType.of(
          "bulletin",
          Labels.of("بلاغ أو خبر أو ملف صحفي أو بيان حقيقة", "communication écrite officielle", "bulletin"),
          Bulletin.class,
          Bulletin::builder,
          Builder::build,
          KIND,
          CLAIM);

  Bulletin() {}

  /** Which kind of written communication it is. */
  public abstract BulletinKind kind();

  /** The claim a rebuttal answers, if recorded; always empty for other kinds. */
  public abstract Optional<Claim> claim();

  @Override
  public final ActivityType<Bulletin> type() {
    return TYPE;
  }

  /** A builder for a bulletin. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Bulletin}; {@code build()} validates it. */
  public static final class Builder extends ImmutableBulletin.Builder implements ActivityBuilder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "Bulletin");
    // Messages are built only for a failure: these checks run on every bulletin read.
    Optional<Claim> claim = claim();
    if (claim.isPresent()) {
      Claim c = claim.get();
      if (!kind().equals(BulletinKind.REBUTTAL)) {
        Checks.check(false, "Bulletin", "claim", "must be empty unless kind is rebuttal, kind is " + kind().code(), c.text());
      }
      Optional<java.time.LocalDate> seen = c.firstSeen();
      if (seen.isPresent() && seen.get().isAfter(date())) {
        Checks.check(false, "Bulletin", "claim.firstSeen", "must not be after the rebuttal's date " + date(), seen.get());
      }
    }
  }
}
