package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A party met in a {@link CommunityMeeting}, such as a civil association or a union body.
 *
 * <p>The {@link #id()} is stable across meetings: counting distinct counterparts by id is how a
 * tally reports "meetings with 11,025 associations".
 */
@Value.Immutable
public abstract class Counterpart {
  /** The counterpart's stable identifier. */
  public static final Property<Counterpart, String> ID =
      Property.one(
          "id",
          Labels.of("معرف الطرف", "identifiant du partenaire", "counterpart id"),
          ValueType.text(),
          Counterpart::id,
          (ImmutableCounterpart.Builder b, String v) -> b.id(v));

  /** The counterpart's name. */
  public static final Property<Counterpart, String> NAME =
      Property.one(
          "name",
          Labels.of("اسم الطرف", "nom du partenaire", "counterpart name"),
          ValueType.text(),
          Counterpart::name,
          (ImmutableCounterpart.Builder b, String v) -> b.name(v));

  /** What kind of party it is. */
  public static final Property<Counterpart, CounterpartKind> KIND =
      Property.one(
          "kind",
          Labels.of("نوع الطرف", "type de partenaire", "kind of counterpart"),
          ValueType.code(CounterpartKind.VOCABULARY),
          Counterpart::kind,
          (ImmutableCounterpart.Builder b, CounterpartKind v) -> b.kind(v));

  /** The description of counterparts, record code {@code counterpart}. */
  public static final RecordType<Counterpart> TYPE =
      RecordType.of(
          "counterpart",
          Labels.of("طرف", "partenaire", "counterpart"),
          Counterpart.class,
          List.of(ID, NAME, KIND),
          ImmutableCounterpart::builder,
          ImmutableCounterpart.Builder::build);

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
