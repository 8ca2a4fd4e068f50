package io.hasila.model;

import io.hasila.internal.Checks;
import org.immutables.value.Value;

/** The organisational unit that carried out an activity, e.g. a regional police prefecture. */
@Value.Immutable
public abstract class OrgUnit {
  OrgUnit() {}

  /** The unit's stable identifier. */
  @Value.Parameter
  public abstract String id();

  /** The unit's name as the institution writes it. */
  @Value.Parameter
  public abstract String name();

  /** A unit from its id and name. */
  public static OrgUnit of(String id, String name) {
    return ImmutableOrgUnit.of(id, name);
  }

  @Value.Check
  void check() {
    Checks.notBlank("OrgUnit", "id", id());
    Checks.notBlank("OrgUnit", "name", name());
  }
}
