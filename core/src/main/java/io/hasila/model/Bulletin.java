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
  Bulletin() {}

  /** Which kind of written communication it is. */
  public abstract BulletinKind kind();

  /** The claim a rebuttal answers, if recorded; always empty for other kinds. */
  public abstract Optional<Claim> claim();

  @Override
  public final ActivityType type() {
    return ActivityType.BULLETIN;
  }

  /** A builder for a bulletin. */
  public static ImmutableBulletin.Builder builder() {
    return ImmutableBulletin.builder();
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "Bulletin");
    claim()
        .ifPresent(
            c -> {
              // Messages are built only for a failure: these checks run on every bulletin read.
              if (kind() != BulletinKind.REBUTTAL) {
                Checks.check(
                    false, "Bulletin", "claim", "must be empty unless kind is rebuttal, kind is " + kind().code(), c.text());
              }
              c.firstSeen()
                  .ifPresent(
                      seen -> {
                        if (seen.isAfter(date())) {
                          Checks.check(
                              false, "Bulletin", "claim.firstSeen", "must not be after the rebuttal's date " + date(), seen);
                        }
                      });
            });
  }
}
