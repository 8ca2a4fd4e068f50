package io.hasila.model;

import io.hasila.internal.Checks;
import io.hasila.internal.FastParse;
import io.hasila.internal.Suggest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The description of a kind of record: its code, labels, Java type and {@link Property
 * properties}, and a way to build one value by value.
 *
 * <p>Every activity type ({@link ActivityType}), the {@link AudienceSnapshot} and the nested records
 * ({@link OrgUnit}, {@link Counterpart}, {@link Claim}) are described this way, once, next to
 * their Java type. Formats, schemas and generators work from these descriptions, so none of them
 * names a type-specific field. Immutable and thread safe.
 *
 * @param <R> the Java type of the records
 */
public sealed class RecordType<R> implements Labelled permits ActivityType {
  private final String code;
  private final Labels labels;
  private final Class<R> javaType;
  private final List<Property<? super R, ?>> properties;
  private final Supplier<?> newBuilder;
  private final Function<Object, ? extends R> build;
  /** The properties by identity, for the check every {@link RecordBuilder#set} makes. */
  private final Map<Property<?, ?>, Boolean> own = new IdentityHashMap<>();

  RecordType(
      String code,
      Labels labels,
      Class<R> javaType,
      List<? extends Property<? super R, ?>> properties,
      Supplier<?> newBuilder,
      Function<Object, ? extends R> build) {
    Checks.check(FastParse.isThemeId(code), "RecordType", "code", "must be lower snake case", code);
    this.code = code;
    this.labels = Objects.requireNonNull(labels, "labels");
    this.javaType = Objects.requireNonNull(javaType, "javaType");
    this.properties = List.copyOf(properties);
    this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
    this.build = Objects.requireNonNull(build, "build");
    Set<String> names = new HashSet<>();
    for (Property<? super R, ?> p : this.properties) {
      Checks.check(names.add(p.name()), "RecordType", "properties", "must have distinct names in " + code, p.name());
      own.put(p, Boolean.TRUE);
    }
  }

  /** A description of a record type that is not an activity. */
  static <R, B> RecordType<R> of(
      String code,
      Labels labels,
      Class<R> javaType,
      List<? extends Property<? super R, ?>> properties,
      Supplier<B> newBuilder,
      Function<B, ? extends R> build) {
    return new RecordType<>(code, labels, javaType, properties, newBuilder, castBuild(build));
  }

  @SuppressWarnings("unchecked")
  static <B, R> Function<Object, ? extends R> castBuild(Function<B, ? extends R> build) {
    return b -> build.apply((B) b);
  }

  /** The stable code: the {@code type} of an activity or snapshot in files, e.g. {@code media_coverage}. */
  @Override
  public String code() {
    return code;
  }

  /** The labels for display, in Arabic, French and English. */
  @Override
  public Labels labels() {
    return labels;
  }

  /** The Java type of the records, e.g. {@code Tweet.class}. */
  public Class<R> javaType() {
    return javaType;
  }

  /** Every property, in the order the formats write them. */
  public List<Property<? super R, ?>> properties() {
    return properties;
  }

  /** The property with this name, if the type has one. */
  public Optional<Property<? super R, ?>> property(String name) {
    for (Property<? super R, ?> p : properties) {
      if (p.name().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The name of the type's property closest to an unknown name, if one is close enough to be a typo. */
  public Optional<String> closestProperty(String name) {
    List<String> names = new ArrayList<>();
    properties.forEach(p -> names.add(p.name()));
    return Suggest.closest(name, names);
  }

  /** Whether {@code property} is one of this type's properties (the same constant). */
  public boolean has(Property<?, ?> property) {
    return own.containsKey(property);
  }

  /** A builder that sets the properties of a new record one by one. */
  public RecordBuilder<R> builder() {
    return new RecordBuilder<>(this, newBuilder.get());
  }

  R build(Object builder) {
    return build.apply(builder);
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
