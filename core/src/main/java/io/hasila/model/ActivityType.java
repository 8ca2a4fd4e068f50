package io.hasila.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The description of an activity type: the {@link Activity#PROPERTIES common properties} of
 * every activity, then the type's own; its code is the {@code type} discriminator of Hasila's
 * file formats.
 *
 * <p>Each permitted subtype of the sealed {@link Activity} declares its description as a {@code
 * public static final ActivityType TYPE} constant; {@link #all()} lists them in the order of the
 * {@code permits} clause. Adding an activity type is therefore the type itself, its name in {@code
 * permits}, and its line in the glossary: every format, schema and generator follows from the
 * description. Immutable and thread safe.
 *
 * @param <A> the Java type of the activities
 */
public final class ActivityType<A extends Activity> extends RecordType<A> {
  private final List<Property<? super A, ?>> own;

  private ActivityType(
      String code,
      Labels labels,
      Class<A> javaType,
      List<Property<? super A, ?>> all,
      List<Property<? super A, ?>> own,
      Supplier<?> newBuilder,
      Function<Object, ? extends A> build) {
    super(code, labels, javaType, all, newBuilder, build);
    this.own = List.copyOf(own);
  }

  /** The description of an activity type with its own properties after the common ones. */
  @SafeVarargs
  static <A extends Activity, B> ActivityType<A> of(
      String code,
      Labels labels,
      Class<A> javaType,
      Supplier<B> newBuilder,
      Function<B, ? extends A> build,
      Property<? super A, ?>... own) {
    List<Property<? super A, ?>> mine = new ArrayList<>();
    for (Property<? super A, ?> p : own) {
      mine.add(p);
    }
    List<Property<? super A, ?>> all = new ArrayList<>(Activity.PROPERTIES);
    all.addAll(mine);
    return new ActivityType<>(code, labels, javaType, all, mine, newBuilder, castBuild(build));
  }

  /** The type's own properties, after the common ones in {@link #properties()}. */
  public List<Property<? super A, ?>> ownProperties() {
    return own;
  }

  /** Every activity type, in the order of {@link Activity}'s {@code permits} clause. */
  public static List<ActivityType<?>> all() {
    return Registry.ALL;
  }

  /** The activity type with this code, if there is one. */
  public static Optional<ActivityType<?>> byCode(String code) {
    for (ActivityType<?> t : Registry.ALL) {
      if (t.code().equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The activity types, read once from the permitted subtypes of {@link Activity}. */
  private static final class Registry {
    static final List<ActivityType<?>> ALL = collect();

    private static List<ActivityType<?>> collect() {
      List<ActivityType<?>> types = new ArrayList<>();
      Set<String> names = new HashSet<>();
      Activity.PROPERTIES.forEach(p -> names.add(p.name()));
      for (Class<?> c : Activity.class.getPermittedSubclasses()) {
        ActivityType<?> t = typeOf(c);
        if (!names.add(t.code())) {
          throw new ExceptionInInitializerError(
              "activity type codes must be distinct and differ from the common property names: " + t.code());
        }
        types.add(t);
      }
      return List.copyOf(types);
    }

    private static ActivityType<?> typeOf(Class<?> c) {
      try {
        Field f = c.getField("TYPE");
        if (!Modifier.isStatic(f.getModifiers()) || f.getType() != ActivityType.class) {
          throw new NoSuchFieldException("TYPE");
        }
        ActivityType<?> t = (ActivityType<?>) f.get(null);
        if (t.javaType() != c) {
          throw new ExceptionInInitializerError(c.getName() + ".TYPE describes " + t.javaType().getName());
        }
        return t;
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(
            c.getName() + " must declare its description as public static final ActivityType<" + c.getSimpleName()
                + "> TYPE");
      }
    }
  }
}
