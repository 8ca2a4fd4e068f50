package io.hasila.model;

import io.hasila.internal.Checks;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The false or misleading claim a rebuttal answers, after schema.org's {@code ClaimReview}.
 *
 * <p>Only a {@link Bulletin} of kind {@link BulletinKind#REBUTTAL} carries one. With its claimant
 * (who made it), its appearance (where it appeared) and the rebuttal's {@link Verdict verdict}, it
 * is what a {@code ClaimReview} publishes.
 */
@Value.Immutable
public abstract class Claim {
  /** What was claimed. */
  public static final Property<Claim, String> TEXT =
      Property.one(
          "text",
          Labels.of("نص الادعاء", "texte de l'allégation", "claim text"),
          ValueType.text(),
          Claim::text,
          (Builder b, String v) -> b.text(v));

  /** Where it circulated, if known. */
  public static final Property<Claim, String> CIRCULATED_ON =
      Property.optional(
          "circulatedOn",
          Labels.of("مكان التداول", "diffusée sur", "circulated on"),
          ValueType.text(),
          Claim::circulatedOn,
          (Builder b, String v) -> b.circulatedOn(v));

  /** A link to one appearance of the claim, if known. */
  public static final Property<Claim, URI> APPEARANCE =
      Property.optional(
          "appearance",
          Labels.of("رابط الظهور", "lien vers une occurrence", "appearance"),
          ValueType.uri(),
          Claim::appearance,
          (Builder b, URI v) -> b.appearance(v));

  /** The day the claim was first seen, if known. */
  public static final Property<Claim, LocalDate> FIRST_SEEN =
      Property.optional(
          "firstSeen",
          Labels.of("تاريخ أول ظهور", "vue pour la première fois le", "first seen"),
          ValueType.date(),
          Claim::firstSeen,
          (Builder b, LocalDate v) -> b.firstSeen(v));

  /** Who made the claim (a person, an account, an outlet), if known. */
  public static final Property<Claim, String> CLAIMANT =
      Property.optional(
          "claimant",
          Labels.of("صاحب الادعاء", "auteur de l'allégation", "claimant"),
          ValueType.text(),
          Claim::claimant,
          (Builder b, String v) -> b.claimant(v));

  /** What the rebuttal concludes about the claim, if stated. */
  public static final Property<Claim, Verdict> VERDICT =
      Property.optional(
          "verdict",
          Labels.of("الحكم", "verdict", "verdict"),
          ValueType.code(Verdict.VOCABULARY),
          Claim::verdict,
          (Builder b, Verdict v) -> b.verdict(v));

  /** The description of claims, record code {@code claim}. */
  public static final RecordType<Claim> TYPE =
      RecordType.of(
          "claim",
          Labels.of("ادعاء", "allégation", "claim"),
          Claim.class,
          List.of(TEXT, CIRCULATED_ON, APPEARANCE, FIRST_SEEN, CLAIMANT, VERDICT),
          Claim::builder,
          Builder::build);

  Claim() {}

  /** What was claimed, in the words it circulated with or a short summary. */
  public abstract String text();

  /** Where it circulated (a platform, an outlet, a messaging app), if known. */
  public abstract Optional<String> circulatedOn();

  /** A link to one appearance of the claim, if known. */
  public abstract Optional<URI> appearance();

  /** The day the claim was first seen, if known. */
  public abstract Optional<LocalDate> firstSeen();

  /** Who made the claim (a person, an account, an outlet), if known. */
  public abstract Optional<String> claimant();

  /** What the rebuttal concludes about the claim ({@link Verdict#FALSE}, {@link Verdict#MISLEADING}, ...), if stated. */
  public abstract Optional<Verdict> verdict();

  /** A builder for a claim. */
  public static Builder builder() {
    return new Builder();
  }

  /** A claim known only by its text. */
  public static Claim of(String text) {
    return builder().text(text).build();
  }

  /** Builds a {@link Claim}; {@code build()} validates it. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("Claim", "text", text());
    circulatedOn().ifPresent(v -> Checks.notBlank("Claim", "circulatedOn", v));
    claimant().ifPresent(v -> Checks.notBlank("Claim", "claimant", v));
  }
}
