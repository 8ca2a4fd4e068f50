package io.hasila.json;

import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Property;
import io.hasila.model.RecordType;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * How one described {@link RecordType} looks in JSON, derived once from its description: which
 * property names it allows and requires (as bit masks over the names of every described record
 * type), each property's nested layout and vocabulary, and the order properties are written in.
 *
 * <p>The static part holds the union of the property names of every record type Hasila describes
 * (the activity types, the audience snapshot and every record they nest), matched from a parser's
 * bytes by one {@link PropertyNameMatcher}; name 0 is {@code type}, the discriminator of top-level
 * records. Immutable and thread safe.
 */
final class RecordLayout {
  /** The discriminator of the top-level records, always the first property written. */
  static final String TYPE = "type";

  /** The index of {@link #TYPE} among the names. */
  static final int TYPE_INDEX = 0;

  private static final String[] NAMES;
  private static final Map<String, Integer> INDEX = new LinkedHashMap<>();
  private static final Map<RecordType<?>, RecordLayout> LAYOUTS = new IdentityHashMap<>();
  private static final Map<Vocabulary<?>, Integer> VOCABULARY_INDEX = new IdentityHashMap<>();
  private static int nestedCount;

  /** Matches every property name from the parser's bytes; the index of a match is the name's index. */
  static final PropertyNameMatcher MATCHER;

  /** The activity types' layouts, for a reader of activities. */
  static final TopLevel ACTIVITIES;

  /** The audience snapshot's layout, for a reader of snapshots. */
  static final TopLevel SNAPSHOTS;

  static {
    List<Vocabulary<?>> vocabularies = Vocabularies.all();
    for (int i = 0; i < vocabularies.size(); i++) {
      VOCABULARY_INDEX.put(vocabularies.get(i), i);
    }
    INDEX.put(TYPE, TYPE_INDEX);
    List<RecordType<?>> tops = new ArrayList<>(ActivityType.all());
    tops.add(AudienceSnapshot.TYPE);
    for (RecordType<?> t : tops) {
      if (t.property(TYPE).isPresent()) {
        throw new ExceptionInInitializerError(t.code() + " has a property named \"type\", the discriminator of records");
      }
      collectNames(t);
    }
    if (INDEX.size() > Long.SIZE) {
      throw new ExceptionInInitializerError(
          "the JSON codecs keep the property names of all record types in a 64-bit mask, but there are " + INDEX.size());
    }
    NAMES = INDEX.keySet().toArray(new String[0]);
    List<Named> named = new ArrayList<>();
    for (String n : NAMES) {
      named.add(Named.fromString(n));
    }
    MATCHER = new JsonFactory().constructNameMatcher(named, false);
    for (RecordType<?> t : tops) {
      layout(t, true);
    }
    ACTIVITIES = new TopLevel(new ArrayList<>(ActivityType.all()), "an activity type");
    SNAPSHOTS = new TopLevel(List.of(AudienceSnapshot.TYPE), "a record type");
  }

  private static void collectNames(RecordType<?> type) {
    for (Property<?, ?> p : type.properties()) {
      INDEX.putIfAbsent(p.name(), INDEX.size());
      p.type().recordType().ifPresent(RecordLayout::collectNames);
    }
  }

  private static RecordLayout layout(RecordType<?> type, boolean top) {
    RecordLayout l = LAYOUTS.get(type);
    if (l == null) {
      l = new RecordLayout(type, top);
      LAYOUTS.put(type, l);
    }
    return l;
  }

  /** The index of a property name, or -1 if no described record type has it. */
  static int index(String name) {
    Integer i = INDEX.get(name);
    return i == null ? -1 : i;
  }

  /** The property name with this index. */
  static String name(int index) {
    return NAMES[index];
  }

  /** How many property names there are. */
  static int names() {
    return NAMES.length;
  }

  /** The bit of a name's index in the masks. */
  static long bit(int index) {
    return 1L << index;
  }

  /** The layout of a described record type. */
  static RecordLayout of(RecordType<?> type) {
    RecordLayout l = LAYOUTS.get(type);
    if (l == null) {
      throw new IllegalArgumentException("not a record type Hasila describes: " + type);
    }
    return l;
  }

  /** How many nested record types there are: the bound of {@link #nestedIndex}. */
  static int nestedLayouts() {
    return nestedCount;
  }

  /** The position of a vocabulary in {@link Vocabularies#all()}. */
  static int vocabularyIndex(Vocabulary<?> vocabulary) {
    return VOCABULARY_INDEX.get(vocabulary);
  }

  final RecordType<?> type;
  /** Whether records of this type stand alone in files, with a {@code type} discriminator. */
  final boolean top;
  /** The type's property with each name index; null where it has none. */
  final Property<?, ?>[] properties;
  /** The layout of the records a property holds, by name index; null for other properties. */
  final RecordLayout[] nested;
  /** The index of a coded property's vocabulary in {@link Vocabularies#all()}, by name index; -1 for others. */
  final int[] vocabulary;
  /** The names the type allows, as a mask. */
  final long allowed;
  /** The names a record of the type must have, as a mask. */
  final long required;
  /** The properties with a default value, as a mask. */
  final long defaulted;
  /** The allowed names in description order, for messages: {@code type, id, date, ...}. */
  final String names;
  /** The name indexes in the order the properties are written. */
  final int[] order;
  /** The names as the generator writes them, by name index. */
  final SerializableString[] serialized;
  /** The type code as the generator writes it. */
  final SerializableString code;
  /** Whether a reader may keep records of the type to reuse them: a nested type with single values only. */
  final boolean cacheable;
  /** For a cacheable type, the name index of its first property, the key of the cache. */
  final int key;
  /** The position of a nested type among the nested types; -1 for a top-level one. */
  final int nestedIndex;

  private RecordLayout(RecordType<?> type, boolean top) {
    this.type = type;
    this.top = top;
    int n = NAMES.length;
    this.properties = new Property<?, ?>[n];
    this.nested = new RecordLayout[n];
    this.vocabulary = new int[n];
    java.util.Arrays.fill(vocabulary, -1);
    this.serialized = new SerializableString[n];
    this.code = new SerializedString(type.code());
    long allowedBits = top ? bit(TYPE_INDEX) : 0;
    long requiredBits = top ? bit(TYPE_INDEX) : 0;
    long defaultedBits = 0;
    StringJoiner names = new StringJoiner(", ");
    if (top) {
      names.add(TYPE);
    }
    List<Property<?, ?>> props = new ArrayList<>(type.properties());
    this.order = new int[props.size()];
    boolean single = !top;
    for (int k = 0; k < props.size(); k++) {
      Property<?, ?> p = props.get(k);
      int i = INDEX.get(p.name());
      order[k] = i;
      properties[i] = p;
      serialized[i] = new SerializedString(p.name());
      allowedBits |= bit(i);
      if (p.required()) {
        requiredBits |= bit(i);
      }
      if (p.defaultValue().isPresent()) {
        defaultedBits |= bit(i);
      }
      ValueType<?> t = p.type();
      t.vocabulary().ifPresent(v -> vocabulary[i] = vocabularyIndex(v));
      if (t.recordType().isPresent()) {
        nested[i] = layout(t.recordType().get(), false);
      }
      if (p.cardinality() == Property.Cardinality.MANY) {
        single = false;
      }
      names.add(p.name());
    }
    this.allowed = allowedBits;
    this.required = requiredBits;
    this.defaulted = defaultedBits;
    this.names = names.toString();
    this.cacheable = single && !props.isEmpty() && props.get(0).cardinality() == Property.Cardinality.ONE;
    this.key = props.isEmpty() ? -1 : order[0];
    this.nestedIndex = top ? -1 : nestedCount++;
  }

  /**
   * The record types a reader accepts at the top level of a file, with what can be decoded before
   * a record's {@code type} is known: a name whose property has the same value type and
   * cardinality in every accepted type is decoded at once, any other name is held until the type
   * is read.
   */
  static final class TopLevel {
    /** The accepted types by code. */
    final Map<String, RecordLayout> byCode = new LinkedHashMap<>();
    /** A layout that has the name, by name index, to decode its value before the type is known; null if none or ambiguous. */
    final RecordLayout[] owner;
    /** The names some accepted type has, as a mask. */
    final long known;
    /** What a type code of these types is, for messages: {@code an activity type}. */
    final String what;
    /** The accepted type codes, for messages and suggestions. */
    final List<String> codes;

    private TopLevel(List<RecordType<?>> types, String what) {
      this.what = what;
      this.owner = new RecordLayout[NAMES.length];
      boolean[] ambiguous = new boolean[NAMES.length];
      long knownBits = bit(TYPE_INDEX);
      for (RecordType<?> t : types) {
        RecordLayout l = of(t);
        byCode.put(t.code(), l);
        knownBits |= l.allowed;
        for (int i = 0; i < NAMES.length; i++) {
          if (l.properties[i] == null) {
            continue;
          }
          if (owner[i] == null && !ambiguous[i]) {
            owner[i] = l;
          } else if (owner[i] != null && !sameValues(owner[i].properties[i], l.properties[i])) {
            owner[i] = null;
            ambiguous[i] = true;
          }
        }
      }
      this.known = knownBits;
      this.codes = List.copyOf(byCode.keySet());
    }

    /** What a {@code type} may be, for messages: {@code an activity type: media_coverage, tweet, ...} or {@code "audience_snapshot"}. */
    String expected() {
      return codes.size() == 1 ? JsonPaths.quote(codes.get(0)) : what + ": " + codes.stream().collect(Collectors.joining(", "));
    }

    private static boolean sameValues(Property<?, ?> a, Property<?, ?> b) {
      ValueType<?> x = a.type();
      ValueType<?> y = b.type();
      return a.cardinality() == b.cardinality()
          && a.ordered() == b.ordered()
          && x.kind() == y.kind()
          && x.vocabulary().orElse(null) == y.vocabulary().orElse(null)
          && x.recordType().orElse(null) == y.recordType().orElse(null);
    }
  }
}
