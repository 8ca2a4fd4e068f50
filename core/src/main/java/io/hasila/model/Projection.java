package io.hasila.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which described properties of activities a computation reads: a set of {@link PropertyPath}s,
 * or {@link #all()} of them.
 *
 * <p>Aggregators, selectors, measures and definitions say what they read this way ({@code
 * Aggregator.reads()}, {@code Selector.reads()}, {@code TallyDefinition.reads()}), and readers given
 * a projection decode only those properties: the other values of a record are skipped without being
 * decoded. What a projected read still does, always: it checks the structure of the input (JSON
 * syntax, CSV quoting, record boundaries, property names, the record's {@code type}), and it
 * decodes and validates every property the record's type requires or gives a default, since a
 * record cannot be built without them, plus the properties the projection reads. A property the
 * paths start from is read whole, nested values included. So a projected record is a valid record
 * of its type whose other optional properties are empty (absent, or no values), whatever the file
 * holds for them: a value that is malformed there is never looked at.
 *
 * <p>The {@code type} of an activity is always read and is not a property: a projection of {@link
 * #none()} still tells activities apart by type. A projection is meaningful for activities only;
 * readers of other records (audience snapshots) read them whole. Immutable and thread safe.
 */
public final class Projection {
  private static final Projection ALL = new Projection(true, Set.of());
  private static final Projection NONE = new Projection(false, Set.of());

  private final boolean all;
  private final Set<PropertyPath> paths;

  private Projection(boolean all, Set<PropertyPath> paths) {
    this.all = all;
    this.paths = paths;
  }

  /** Every property: the safe default of a computation that does not say what it reads, and a full read. */
  public static Projection all() {
    return ALL;
  }

  /** No property: what a count of activities or of their types reads. */
  public static Projection none() {
    return NONE;
  }

  /** These paths. */
  public static Projection of(PropertyPath... paths) {
    Objects.requireNonNull(paths, "paths");
    return of(java.util.Arrays.asList(paths));
  }

  /** These paths. */
  public static Projection of(Collection<PropertyPath> paths) {
    Objects.requireNonNull(paths, "paths");
    Set<PropertyPath> set = new LinkedHashSet<>();
    for (PropertyPath p : paths) {
      set.add(Objects.requireNonNull(p, "paths"));
    }
    return set.isEmpty() ? NONE : new Projection(false, Collections.unmodifiableSet(set));
  }

  /** The paths of properties every activity has, e.g. {@code of(Activity.DATE, Activity.TIME)}. */
  @SafeVarargs
  public static Projection ofCommon(Property<Activity, ?>... common) {
    Set<PropertyPath> set = new LinkedHashSet<>();
    for (Property<Activity, ?> p : common) {
      set.add(PropertyPath.of(Objects.requireNonNull(p, "common")));
    }
    return of(set);
  }

  /** Whether this is every property. */
  public boolean isAll() {
    return all;
  }

  /** The paths read; empty for {@link #all()} (see {@link #isAll()}) and for {@link #none()}. */
  public Set<PropertyPath> paths() {
    return paths;
  }

  /** What this and {@code other} read together. */
  public Projection and(Projection other) {
    Objects.requireNonNull(other, "other");
    if (all || other.all) {
      return ALL;
    }
    if (other.paths.isEmpty() || paths.containsAll(other.paths)) {
      return this;
    }
    if (paths.isEmpty()) {
      return other;
    }
    Set<PropertyPath> set = new LinkedHashSet<>(paths);
    set.addAll(other.paths);
    return new Projection(false, Collections.unmodifiableSet(set));
  }

  /**
   * Whether a reader decodes {@code property} of activities of {@code type} under this projection:
   * always for every property, and for a property the type requires or gives a default; else when a
   * path starts from it (a path of a common property, or of this type).
   */
  public boolean reads(ActivityType<?> type, Property<?, ?> property) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(property, "property");
    if (all || property.required() || property.defaultValue().isPresent()) {
      return true;
    }
    for (PropertyPath p : paths) {
      if (p.properties().get(0) == property && (p.type().isEmpty() || p.type().get() == type)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Projection && ((Projection) o).all == all && ((Projection) o).paths.equals(paths);
  }

  @Override
  public int hashCode() {
    return all ? 1 : paths.hashCode();
  }

  /** {@code all}, or the dotted paths in braces, e.g. {@code {date, time}}. */
  @Override
  public String toString() {
    if (all) {
      return "all";
    }
    StringBuilder sb = new StringBuilder("{");
    for (PropertyPath p : paths) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(p);
    }
    return sb.append('}').toString();
  }
}
