package io.hasila.json;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Property;
import io.hasila.model.PropertyPath;
import io.hasila.model.RecordType;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The migration of tally definitions of {@code schemaVersion} 1, whose selectors and measures
 * named fields one by one, to the generic forms of version 2, by rules over the descriptions (see
 * the README, "Version 1 documents"); no field is named here.
 *
 * <ul>
 *   <li>A selector key that is a vocabulary's name in camel case names the one activity property
 *       coded in that vocabulary (the key of the bulletin kinds names {@code bulletin.kind}).
 *   <li>Any other key that is the name of exactly one activity property names that property; a
 *       property that holds records is selected by their {@code id}.
 *   <li>The measure {@code distinct_<name>} counts the distinct {@code id}s of the records held by
 *       the activity property {@code <name>}; a member named after a vocabulary in camel case keeps
 *       only the records whose property coded in that vocabulary has the given code.
 *   <li>The measure {@code sum} with {@code "quantity": "<name>"} adds up the one numeric activity
 *       property with that name; {@code latest_snapshot} with {@code "field": "<name>"} reads the
 *       audience snapshot property with that name.
 * </ul>
 *
 * Computed once from the descriptions. Thread safe.
 */
final class LegacyForms {
  /** The measure kind of version 1 that counts distinct nested records, before the property's name. */
  static final String DISTINCT_PREFIX = "distinct_";

  /** Every activity property once (the common ones are shared by all types), with its path. */
  private static final Map<Property<?, ?>, String> PROPERTIES = new LinkedHashMap<>(); // properties are equal by identity

  /** Version 1 selector keys and the paths they name, in a stable order. */
  private static final Map<String, PropertyPath> SELECTOR_KEYS = new LinkedHashMap<>();

  /** Version 1 {@code distinct_<name>} measure kinds and the paths of the ids they count. */
  private static final Map<String, PropertyPath> DISTINCT_KINDS = new LinkedHashMap<>();

  static {
    for (Property<Activity, ?> p : Activity.PROPERTIES) {
      PROPERTIES.put(p, p.name());
    }
    for (ActivityType<?> t : ActivityType.all()) {
      for (Property<?, ?> p : t.ownProperties()) {
        PROPERTIES.putIfAbsent(p, t.code() + "." + p.name());
      }
    }
    Set<String> structural = Set.of("all", "type", "between", "and", "or", "not", "property", "in", "from", "to");
    for (Vocabulary<?> v : Vocabularies.all()) {
      unique(p -> p.type().vocabulary().orElse(null) == v, PROPERTIES.keySet())
          .ifPresent(p -> SELECTOR_KEYS.put(camel(v.name()), PropertyPath.parse(PROPERTIES.get(p))));
    }
    for (Property<?, ?> p : PROPERTIES.keySet()) {
      if (structural.contains(p.name()) || SELECTOR_KEYS.containsKey(p.name())) {
        continue;
      }
      String name = p.name();
      unique(q -> q.name().equals(name), PROPERTIES.keySet())
          .ifPresent(
              q -> {
                String path = PROPERTIES.get(q);
                Optional<RecordType<?>> nested = q.type().recordType();
                if (nested.isPresent()) {
                  if (nested.get().property("id").isEmpty()) {
                    return;
                  }
                  path = path + ".id";
                }
                SELECTOR_KEYS.put(name, PropertyPath.parse(path));
              });
    }
    for (Property<?, ?> p : PROPERTIES.keySet()) {
      Optional<RecordType<?>> nested = p.type().recordType();
      if (nested.isPresent() && nested.get().property("id").isPresent()) {
        String name = p.name();
        unique(q -> q.name().equals(name), PROPERTIES.keySet())
            .ifPresent(q -> DISTINCT_KINDS.put(DISTINCT_PREFIX + snake(name), PropertyPath.parse(PROPERTIES.get(q) + ".id")));
      }
    }
  }

  private LegacyForms() {}

  private static Optional<Property<?, ?>> unique(java.util.function.Predicate<Property<?, ?>> test, Iterable<Property<?, ?>> in) {
    Property<?, ?> found = null;
    for (Property<?, ?> p : in) {
      if (test.test(p)) {
        if (found != null) {
          return Optional.empty();
        }
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The path a version 1 selector key names, if it names one. */
  static Optional<PropertyPath> selector(String key) {
    return Optional.ofNullable(SELECTOR_KEYS.get(key));
  }

  /** Every version 1 selector key that names a property, for messages and suggestions. */
  static List<String> selectorKeys() {
    return new ArrayList<>(SELECTOR_KEYS.keySet());
  }

  /** The ids a version 1 {@code distinct_<name>} measure counts, if the kind names records. */
  static Optional<PropertyPath> distinct(String kind) {
    return Optional.ofNullable(DISTINCT_KINDS.get(kind));
  }

  /** Every version 1 {@code distinct_<name>} measure kind. */
  static List<String> distinctKinds() {
    return new ArrayList<>(DISTINCT_KINDS.keySet());
  }

  /**
   * The property of the records {@code of} counts that a version 1 filter member names: the member
   * is a vocabulary's name in camel case, the property the one of those records coded in it.
   */
  static Optional<Property<?, ?>> filter(PropertyPath of, String member) {
    RecordType<?> records = of.parent().flatMap(p -> p.valueType().recordType()).orElse(null);
    Vocabulary<?> v = Vocabularies.named(snake(member)).orElse(null);
    if (records == null || v == null || !member.equals(camel(v.name()))) {
      return Optional.empty();
    }
    List<Property<?, ?>> props = new ArrayList<>(records.properties());
    return unique(p -> p.type().vocabulary().orElse(null) == v, props);
  }

  /** The members a version 1 filter of the records {@code of} counts may have. */
  static List<String> filters(PropertyPath of) {
    RecordType<?> records = of.parent().flatMap(p -> p.valueType().recordType()).orElse(null);
    if (records == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Property<?, ?> p : records.properties()) {
      p.type().vocabulary().ifPresent(v -> out.add(camel(v.name())));
    }
    return out;
  }

  /** The path of the one numeric activity property a version 1 {@code quantity} names, if it names one. */
  static Optional<PropertyPath> quantity(String quantity) {
    String name = camel(quantity);
    return unique(p -> p.name().equals(name) && p.type().isNumber(), PROPERTIES.keySet()).map(p -> PropertyPath.parse(PROPERTIES.get(p)));
  }

  /** Every version 1 quantity: the numeric activity properties with a name no other has. */
  static List<String> quantities() {
    List<String> out = new ArrayList<>();
    for (Property<?, ?> p : PROPERTIES.keySet()) {
      if (p.type().isNumber() && quantity(snake(p.name())).isPresent()) {
        out.add(snake(p.name()));
      }
    }
    return out;
  }

  /** The numeric audience snapshot property a version 1 {@code field} names, if it names one. */
  static Optional<Property<AudienceSnapshot, Long>> snapshotField(String field) {
    return Snapshots.numeric(camel(field));
  }

  /** {@code bulletin_kind} as {@code bulletinKind}. */
  static String camel(String snake) {
    StringBuilder sb = new StringBuilder(snake.length());
    boolean upper = false;
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  /** {@code bulletinKind} as {@code bulletin_kind}. */
  static String snake(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The numeric properties of audience snapshots, which latest-snapshot measures read. */
  static final class Snapshots {
    private Snapshots() {}

    /** The numeric snapshot property with this name. */
    @SuppressWarnings("unchecked")
    static Optional<Property<AudienceSnapshot, Long>> numeric(String name) {
      for (Property<? super AudienceSnapshot, ?> p : AudienceSnapshot.TYPE.properties()) {
        if (p.name().equals(name) && p.type().kind() == ValueType.Kind.LONG) {
          return Optional.of((Property<AudienceSnapshot, Long>) p);
        }
      }
      return Optional.empty();
    }

    /** The names of the numeric snapshot properties. */
    static List<String> names() {
      List<String> out = new ArrayList<>();
      for (Property<? super AudienceSnapshot, ?> p : AudienceSnapshot.TYPE.properties()) {
        if (p.type().kind() == ValueType.Kind.LONG) {
          out.add(p.name());
        }
      }
      return Collections.unmodifiableList(out);
    }
  }
}
