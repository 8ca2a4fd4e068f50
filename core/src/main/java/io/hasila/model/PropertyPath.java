package io.hasila.model;

import io.hasila.internal.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A way from an activity to some of its values: an optional activity type, then a chain of
 * described {@link Property properties}, each after the first a property of the record the one
 * before it holds.
 *
 * <p>Written with dots: {@code themes} and {@code unit.id} start from a property every activity
 * has; {@code bulletin.kind} and {@code community_meeting.counterparts.kind} start from an activity
 * type's code and reach only activities of that type. A path through a many-valued property
 * reaches every value. Selectors, grouping and measures name values this way, and definitions
 * write them as these strings. Immutable and thread safe.
 */
public final class PropertyPath {
  private final ActivityType<?> type;
  private final List<Property<?, ?>> properties;

  private PropertyPath(ActivityType<?> type, List<Property<?, ?>> properties) {
    this.type = type;
    this.properties = List.copyOf(properties);
    RecordType<?> owner = type;
    for (int i = 0; i < this.properties.size(); i++) {
      Property<?, ?> p = this.properties.get(i);
      boolean ok = i == 0 && type == null ? Activity.PROPERTIES.contains(p) : owner != null && owner.has(p);
      if (!ok) {
        throw new IllegalArgumentException(
            "PropertyPath.properties must follow one another from "
                + (i == 0 ? (type == null ? "the common activity properties" : type.code()) : this.properties.get(i - 1).name())
                + " but was: "
                + p.name());
      }
      owner = p.type().recordType().orElse(null);
    }
  }

  /** The path of a property every activity has, and of nested properties after it: {@code unit.id}. */
  public static PropertyPath of(Property<Activity, ?> common, Property<?, ?>... nested) {
    List<Property<?, ?>> all = new ArrayList<>();
    all.add(Objects.requireNonNull(common, "common"));
    for (Property<?, ?> p : nested) {
      all.add(Objects.requireNonNull(p, "nested"));
    }
    return new PropertyPath(null, all);
  }

  /**
   * The path of a property of activities of one type, and of nested properties after it: {@code
   * bulletin.kind}.
   *
   * @throws IllegalArgumentException if the properties do not follow one another from the type
   */
  public static <A extends Activity> PropertyPath of(
      ActivityType<A> type, Property<? super A, ?> first, Property<?, ?>... nested) {
    Objects.requireNonNull(type, "type");
    List<Property<?, ?>> all = new ArrayList<>();
    all.add(Objects.requireNonNull(first, "first"));
    for (Property<?, ?> p : nested) {
      all.add(Objects.requireNonNull(p, "nested"));
    }
    return new PropertyPath(type, all);
  }

  /**
   * The path written {@code dotted}: an activity type's code or a common property's name, then
   * property names.
   *
   * @throws IllegalArgumentException naming the first unknown name and the closest known one
   */
  public static PropertyPath parse(String dotted) {
    Objects.requireNonNull(dotted, "dotted");
    String[] names = dotted.split("\\.", -1);
    int i = 0;
    ActivityType<?> type = ActivityType.byCode(names[0]).orElse(null);
    RecordType<?> owner = type;
    List<Property<?, ?>> steps = new ArrayList<>();
    if (type != null) {
      i = 1;
      if (names.length == 1) {
        throw new IllegalArgumentException(
            "a property path must name a property after the activity type " + type.code() + " but was: \"" + dotted + "\"");
      }
    }
    for (; i < names.length; i++) {
      Property<?, ?> p = null;
      List<String> known = new ArrayList<>();
      if (owner == null && steps.isEmpty()) {
        for (Property<Activity, ?> c : Activity.PROPERTIES) {
          known.add(c.name());
          if (c.name().equals(names[i])) {
            p = c;
          }
        }
        ActivityType.all().forEach(t -> known.add(t.code()));
      } else if (owner != null) {
        for (Property<?, ?> c : owner.properties()) {
          known.add(c.name());
          if (c.name().equals(names[i])) {
            p = c;
          }
        }
      }
      if (p == null) {
        String where = steps.isEmpty() ? (type == null ? "an activity type or a common property" : "a property of " + type.code())
            : "a property of " + owner;
        if (owner == null && !steps.isEmpty()) {
          throw new IllegalArgumentException(
              "a property path must end at " + steps.get(steps.size() - 1).name() + ", which holds no record, but was: \"" + dotted + "\"");
        }
        throw new IllegalArgumentException(
            "a property path must name " + where + " but found \"" + names[i] + "\" in \"" + dotted + "\""
                + Suggest.didYouMean(names[i], known));
      }
      steps.add(p);
      owner = p.type().recordType().orElse(null);
    }
    return new PropertyPath(type, steps);
  }

  /** The activity type the path starts from; empty when it starts from a property every activity has. */
  public Optional<ActivityType<?>> type() {
    return Optional.ofNullable(type);
  }

  /** The properties, from the activity inwards. */
  public List<Property<?, ?>> properties() {
    return properties;
  }

  /** The last property: the one whose values the path reaches. */
  public Property<?, ?> last() {
    return properties.get(properties.size() - 1);
  }

  /** The type of the values the path reaches. */
  public ValueType<?> valueType() {
    return last().type();
  }

  /** The path without its last property; empty if it has only one. */
  public Optional<PropertyPath> parent() {
    return properties.size() < 2 ? Optional.empty() : Optional.of(new PropertyPath(type, properties.subList(0, properties.size() - 1)));
  }

  /** Whether the path can reach values of {@code activity}: it starts from a common property or from the activity's type. */
  public boolean appliesTo(Activity activity) {
    return type == null || activity.type() == type;
  }

  /** Calls {@code action} with every value the path reaches in {@code activity}; none if it does not apply. */
  public void forEach(Activity activity, Consumer<Object> action) {
    if (appliesTo(activity)) {
      walk(activity, 0, action);
    }
  }

  /** Every value the path reaches in {@code activity}, in order; none if it does not apply. */
  public List<Object> values(Activity activity) {
    List<Object> out = new ArrayList<>();
    forEach(activity, out::add);
    return out;
  }

  /** Whether any value the path reaches in {@code activity} matches {@code predicate}. */
  public boolean anyMatch(Activity activity, Predicate<Object> predicate) {
    return appliesTo(activity) && any(activity, 0, predicate);
  }

  private void walk(Object record, int step, Consumer<Object> action) {
    Property<?, ?> p = properties.get(step);
    Object raw = p.raw(record);
    boolean last = step == properties.size() - 1;
    if (p.cardinality() == Property.Cardinality.MANY) {
      for (Object v : (Collection<?>) raw) {
        if (last) {
          action.accept(v);
        } else {
          walk(v, step + 1, action);
        }
      }
    } else if (raw != null) {
      if (last) {
        action.accept(raw);
      } else {
        walk(raw, step + 1, action);
      }
    }
  }

  private boolean any(Object record, int step, Predicate<Object> predicate) {
    Property<?, ?> p = properties.get(step);
    Object raw = p.raw(record);
    boolean last = step == properties.size() - 1;
    if (p.cardinality() == Property.Cardinality.MANY) {
      for (Object v : (Collection<?>) raw) {
        if (last ? predicate.test(v) : any(v, step + 1, predicate)) {
          return true;
        }
      }
      return false;
    }
    return raw != null && (last ? predicate.test(raw) : any(raw, step + 1, predicate));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PropertyPath && ((PropertyPath) o).type == type && ((PropertyPath) o).properties.equals(properties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type == null ? null : type.code(), properties);
  }

  /** The dotted form, e.g. {@code bulletin.kind}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (type != null) {
      sb.append(type.code());
    }
    for (Property<?, ?> p : properties) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(p.name());
    }
    return sb.toString();
  }
}
