package io.hasila.model;

import io.hasila.internal.Checks;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.immutables.value.Value;

/**
 * The public institution whose communication work a dataset records.
 *
 * <p>Its {@link #zone()} decides the day, month and year an activity with a time falls in.
 */
@Value.Immutable
public abstract class Institution {
  Institution() {}

  /** The institution's stable identifier, e.g. {@code dgsn}. */
  public abstract String id();

  /** The institution's name. */
  public abstract String name();

  /** The time zone periods are counted in; UTC unless set. */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /** A builder for an institution. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Institution}; {@code build()} validates it. */
  public static final class Builder extends ImmutableInstitution.Builder {
    Builder() {}
  }

  /** An institution from its id, name and time zone. */
  public static Institution of(String id, String name, ZoneId zone) {
    return builder().id(id).name(name).zone(zone).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("Institution", "id", id());
    Checks.notBlank("Institution", "name", name());
  }
}
