package io.hasila.model;

import java.util.Objects;

/**
 * Builds a record of a described {@link RecordType} property by property: how the formats and the
 * test generators make values without naming their fields.
 *
 * <p>Validation happens in {@link #build()}, with the same rules and messages as the type's own
 * builder. Not thread safe; use one builder per record.
 *
 * @param <R> the type of the record built
 */
public final class RecordBuilder<R> {
  private final RecordType<R> type;
  private final Object builder;

  RecordBuilder(RecordType<R> type, Object builder) {
    this.type = type;
    this.builder = builder;
  }

  /** The type being built. */
  public RecordType<R> type() {
    return type;
  }

  /**
   * Sets a property with at most one value, or adds a value to a many-valued property.
   *
   * @throws IllegalArgumentException if the property is not one of the type's
   */
  public <V> RecordBuilder<R> set(Property<? super R, V> property, V value) {
    Objects.requireNonNull(value, property.name());
    requireOwn(property);
    property.set(builder, value);
    return this;
  }

  /**
   * Adds every value of {@code values} to a property, in order.
   *
   * @throws IllegalArgumentException if the property is not one of the type's
   */
  public <V> RecordBuilder<R> setAll(Property<? super R, V> property, Iterable<? extends V> values) {
    requireOwn(property);
    for (V v : values) {
      property.set(builder, Objects.requireNonNull(v, property.name()));
    }
    return this;
  }

  /** Sets every property {@code record} holds, to start from a copy of it. */
  public RecordBuilder<R> from(R record) {
    for (Property<? super R, ?> p : type.properties()) {
      copy(p, record);
    }
    return this;
  }

  private <V> void copy(Property<? super R, V> p, R record) {
    p.forEach(record, v -> p.set(builder, v));
  }

  /**
   * The record.
   *
   * @throws IllegalArgumentException if a value breaks one of the type's rules, with the type's own message
   * @throws IllegalStateException if a required property was not set
   */
  public R build() {
    return type.build(builder);
  }

  private void requireOwn(Property<?, ?> property) {
    if (!type.has(property)) {
      throw new IllegalArgumentException(
          "RecordBuilder.property must be a property of " + type.code() + " but was: " + property.name());
    }
  }
}
