package io.hasila.model;

import io.hasila.internal.Checks;
import org.immutables.value.Value;

/**
 * A party met in a {@link CommunityMeeting}, such as a civil association or a union body.
 *
 * <p>The {@link #id()} is stable across meetings: counting distinct counterparts by id is how a
 * tally reports "meetings with 11,025 associations".
 */
@Value.Immutable
public abstract class Counterpart {
  Counterpart() {}

  /** The counterpart's stable identifier, the same in every meeting it attends. */
  @Value.Parameter
  public abstract String id();

  /** The counterpart's name. */
  @Value.Parameter
  public abstract String name();

  /** What kind of party it is. */
  @Value.Parameter
  public abstract CounterpartKind kind();

  /** A counterpart from its id, name and kind. */
  public static Counterpart of(String id, String name, CounterpartKind kind) {
    return ImmutableCounterpart.of(id, name, kind);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Counterpart", "id", id());
    Checks.notBlank("Counterpart", "name", name());
  }
}
