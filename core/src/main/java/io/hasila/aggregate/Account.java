package io.hasila.aggregate;

import io.hasila.internal.Checks;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Platform;
import org.immutables.value.Value;

/** An official account on a platform: the key of the latest-snapshot aggregation. */
@Value.Immutable
public abstract class Account {
  Account() {}

  /** The platform. */
  @Value.Parameter
  public abstract Platform platform();

  /** The account's handle or name, e.g. {@code @DGSN_MAROC}. */
  @Value.Parameter
  public abstract String name();

  /** An account from its platform and name. */
  public static Account of(Platform platform, String name) {
    return ImmutableAccount.of(platform, name);
  }

  /** The account a snapshot was taken of. */
  public static Account of(AudienceSnapshot snapshot) {
    return of(snapshot.platform(), snapshot.account());
  }

  @Override
  public String toString() {
    return platform().code() + ":" + name();
  }

  @Value.Check
  void check() {
    Checks.notBlank("Account", "name", name());
  }
}
