package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The description of one property of a record type: its name, labels, {@link ValueType value
 * type} and {@link Cardinality cardinality}, and how to read it from a value and set it on a
 * builder.
 *
 * <p>Each property is declared once, as a constant of the type that has it ({@link Activity#DATE},
 * {@link Tweet#PLATFORM}, {@link Counterpart#KIND}); everything Hasila does per field is derived
 * from these constants: the JSON and CSV codecs, the JSON Schemas, the test generators, generic
 * selection ({@code Selector.where}) and grouping ({@code Aggregators.countBy}).
 *
 * <p><b>Names.</b> The {@link #name()} is the property's JSON key, in lower camel case ({@code
 * outletKind}). Its CSV column is the same name in lower snake case ({@code outlet_kind}); the
 * columns of a nested record's properties join both names with an underscore ({@code
 * claim_first_seen}). Immutable and thread safe.
 *
 * @param <R> the type of the records that have the property
 * @param <V> the type of one value
 */
public final class Property<R, V> {
  /** How many values a record holds for a property. */
  public enum Cardinality {
    /** Exactly one value. */
    ONE,
    /** None or one. */
    OPTIONAL,
    /** Any number, from {@link Property#minItems()} up. */
    MANY
  }

  private final String name;
  private final Labels labels;
  private final ValueType<V> type;
  private final Cardinality cardinality;
  private final int minItems;
  private final boolean ordered;
  private final V defaultValue;
  private final Function<Object, Object> getter;
  private final BiConsumer<Object, Object> setter;

  @SuppressWarnings("unchecked")
  private Property(
      String name,
      Labels labels,
      ValueType<V> type,
      Cardinality cardinality,
      int minItems,
      boolean ordered,
      V defaultValue,
      Function<? super R, ?> getter,
      BiConsumer<?, ? super V> setter) {
    Checks.check(isName(name), "Property", "name", "must be lower camel case letters and digits", name);
    this.name = name;
    this.labels = Objects.requireNonNull(labels, "labels");
    this.type = Objects.requireNonNull(type, "type");
    this.cardinality = cardinality;
    this.minItems = minItems;
    this.ordered = ordered;
    this.defaultValue = defaultValue;
    this.getter = (Function<Object, Object>) getter;
    this.setter = (BiConsumer<Object, Object>) setter;
  }

  private static boolean isName(String s) {
    if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** A property with exactly one value. */
  static <R, B, V> Property<R, V> one(
      String name, Labels labels, ValueType<V> type, Function<? super R, ? extends V> get, BiConsumer<B, V> set) {
    return new Property<>(name, labels, type, Cardinality.ONE, 0, false, null, get, set);
  }

  /** A property with one value that readers take as {@code defaultValue} when a record leaves it out. */
  static <R, B, V> Property<R, V> defaulted(
      String name,
      Labels labels,
      ValueType<V> type,
      V defaultValue,
      Function<? super R, ? extends V> get,
      BiConsumer<B, V> set) {
    return new Property<>(name, labels, type, Cardinality.ONE, 0, false, Objects.requireNonNull(defaultValue), get, set);
  }

  /** A property with none or one value. */
  static <R, B, V> Property<R, V> optional(
      String name,
      Labels labels,
      ValueType<V> type,
      Function<? super R, ? extends Optional<? extends V>> get,
      BiConsumer<B, V> set) {
    Function<R, Object> raw = r -> get.apply(r).orElse(null);
    return new Property<>(name, labels, type, Cardinality.OPTIONAL, 0, false, null, raw, set);
  }

  /** A number with none or one value, read as an {@code OptionalLong}. */
  static <R, B> Property<R, Long> optionalCount(
      String name, Labels labels, Function<? super R, OptionalLong> get, BiConsumer<B, Long> set) {
    Function<R, Object> raw =
        r -> {
          OptionalLong v = get.apply(r);
          return v.isPresent() ? v.getAsLong() : null;
        };
    return new Property<>(name, labels, ValueType.count(), Cardinality.OPTIONAL, 0, false, null, raw, set);
  }

  /**
   * A property with any number of values, at least {@code minItems}; {@code ordered} when the
   * record keeps them in the order given (a list), otherwise they are a set.
   */
  static <R, B, V> Property<R, V> many(
      String name,
      Labels labels,
      ValueType<V> type,
      int minItems,
      boolean ordered,
      Function<? super R, ? extends Collection<? extends V>> get,
      BiConsumer<B, V> add) {
    return new Property<>(name, labels, type, Cardinality.MANY, minItems, ordered, null, get, add);
  }

  /** The name: the JSON key, and in snake case the CSV column. */
  public String name() {
    return name;
  }

  /** The labels for display, in Arabic, French and English. */
  public Labels labels() {
    return labels;
  }

  /** The type of each value. */
  public ValueType<V> type() {
    return type;
  }

  /** How many values a record holds. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** The fewest values a record holds: 1 for a property with {@link Cardinality#ONE one} value, 0 for an optional one. */
  public int minItems() {
    switch (cardinality) {
      case ONE:
        return 1;
      case OPTIONAL:
        return 0;
      default:
        return minItems;
    }
  }

  /**
   * Whether the values of a {@link Cardinality#MANY many-valued} property keep the order given (a
   * list that may repeat a value) rather than being a set; false for the others.
   */
  public boolean ordered() {
    return ordered;
  }

  /** The value readers take when a record leaves the property out, for the few properties that have one. */
  public Optional<V> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** Whether a record read from a file must hold the property: it has at least one value and no default. */
  public boolean required() {
    return minItems() > 0 && defaultValue == null;
  }

  /**
   * The value of a property with at most one value; empty if the record does not hold it.
   *
   * @throws IllegalStateException for a {@link Cardinality#MANY many-valued} property
   */
  public Optional<V> value(R record) {
    if (cardinality == Cardinality.MANY) {
      throw new IllegalStateException("Property " + name + " has many values: use values()");
    }
    return Optional.ofNullable(cast(getter.apply(record)));
  }

  /** Every value the record holds, in the record's order: none, one, or for a many-valued property any number. */
  public List<V> values(R record) {
    Object raw = getter.apply(record);
    if (cardinality == Cardinality.MANY) {
      List<V> out = new ArrayList<>(((Collection<?>) raw).size());
      for (Object o : (Collection<?>) raw) {
        out.add(cast(o));
      }
      return Collections.unmodifiableList(out);
    }
    return raw == null ? List.of() : List.of(cast(raw));
  }

  /** Whether the record holds at least one value. */
  public boolean isPresent(R record) {
    Object raw = getter.apply(record);
    return cardinality == Cardinality.MANY ? !((Collection<?>) raw).isEmpty() : raw != null;
  }

  /** Calls {@code action} with each value the record holds, in the record's order. */
  public void forEach(R record, Consumer<? super V> action) {
    Object raw = getter.apply(record);
    if (cardinality == Cardinality.MANY) {
      for (Object o : (Collection<?>) raw) {
        action.accept(cast(o));
      }
    } else if (raw != null) {
      action.accept(cast(raw));
    }
  }

  /** Whether any value the record holds matches {@code predicate}; false when it holds none. */
  public boolean anyMatch(R record, Predicate<? super V> predicate) {
    Object raw = getter.apply(record);
    if (cardinality == Cardinality.MANY) {
      for (Object o : (Collection<?>) raw) {
        if (predicate.test(cast(o))) {
          return true;
        }
      }
      return false;
    }
    return raw != null && predicate.test(cast(raw));
  }

  /** The value as the getter gives it: the value or null, or for a many-valued property the collection. */
  Object raw(Object record) {
    return getter.apply(record);
  }

  /** Sets (or, for a many-valued property, adds) one value on a builder of the owning type. */
  void set(Object builder, Object value) {
    setter.accept(builder, type.javaType().cast(value));
  }

  @SuppressWarnings("unchecked")
  private V cast(Object o) {
    return (V) o;
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
