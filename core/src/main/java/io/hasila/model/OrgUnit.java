package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/** The organisational unit that carried out an activity, e.g. a regional police prefecture. */
@Value.Immutable
public abstract class OrgUnit {
  /** The unit's stable identifier. */
  public static final Property<OrgUnit, String> ID =
      Property.one(
          "id",
          Labels.of("معرف الوحدة", "identifiant de l'unité", "unit id"),
          ValueType.text(),
          OrgUnit::id,
          (ImmutableOrgUnit.Builder b, String v) -> b.id(v));

  /** The unit's name. */
  public static final Property<OrgUnit, String> NAME =
      Property.one(
          "name",
          Labels.of("اسم الوحدة", "nom de l'unité", "unit name"),
          ValueType.text(),
          OrgUnit::name,
          (ImmutableOrgUnit.Builder b, String v) -> b.name(v));

  /** The description of units, record code {@code org_unit}. */
  public static final RecordType<OrgUnit> TYPE =
      RecordType.of(
          "org_unit",
          Labels.of("الوحدة", "unité", "organisational unit"),
          OrgUnit.class,
          List.of(ID, NAME),
          ImmutableOrgUnit::builder,
          ImmutableOrgUnit.Builder::build);

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
