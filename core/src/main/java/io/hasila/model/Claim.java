package io.hasila.model;

import io.hasila.internal.Checks;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The false or misleading claim a rebuttal answers, after schema.org's {@code ClaimReview}.
 *
 * <p>Only a {@link Bulletin} of kind {@link BulletinKind#REBUTTAL} carries one.
 */
@Value.Immutable
public abstract class Claim {
  Claim() {}

  /** What was claimed, in the words it circulated with or a short summary. */
  public abstract String text();

  /** Where it circulated (a platform, an outlet, a messaging app), if known. */
  public abstract Optional<String> circulatedOn();

  /** A link to one appearance of the claim, if known. */
  public abstract Optional<URI> appearance();

  /** The day the claim was first seen, if known. */
  public abstract Optional<LocalDate> firstSeen();

  /** A builder for a claim. */
  public static ImmutableClaim.Builder builder() {
    return ImmutableClaim.builder();
  }

  /** A claim known only by its text. */
  public static Claim of(String text) {
    return builder().text(text).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("Claim", "text", text());
    circulatedOn().ifPresent(v -> Checks.notBlank("Claim", "circulatedOn", v));
  }
}
