package io.hasila.json;

import io.hasila.internal.FastParse;
import io.hasila.model.ActivityType;
import io.hasila.model.Projection;
import io.hasila.model.Property;
import io.hasila.model.RecordBuilder;
import io.hasila.model.RecordType;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabularies;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Decodes records of any described {@link RecordType} from a parser positioned on (or just before)
 * their opening brace, in any property order, failing with a {@link JsonFault} that names the JSON
 * path, what was expected and what was found.
 *
 * <p>Everything per field comes from the descriptions, through {@link RecordLayout}: property
 * names are matched from the parser's bytes, allowed and required properties are bit masks, and
 * each value is read by its {@link ValueType.Kind}. Values go into reused arrays and the record is
 * built at its closing brace through {@link RecordType#builder()}, so that a record costs little
 * more than its own values. Where a value starts is kept as the parser's numbers; a location object
 * and a path are made only for a record that fails. Nested records of single values (such as the
 * unit of an activity) repeated from record to record are built once and reused. Not thread safe:
 * one instance per reading thread.
 */
final class RecordDecoder {
  /** How many distinct nested records of one type a decoder keeps for reuse. */
  private static final int KEPT = 1_024;

  /** From how many values a set's values are checked for repeats with a hash set rather than a scan. */
  private static final int SCAN = 16;

  private final RecordLayout.TopLevel top;
  private final Codes codes;
  /** The records kept for reuse, by the index of their layout among the nested ones. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private final Map<Object, Kept>[] kept = new Map[RecordLayout.nestedLayouts()];
  private Frame[] frames = new Frame[4];
  private int depth = -1;

  /** The names decoded of each top-level type under the projection, as masks; null when every name is. */
  private final Map<RecordLayout, Long> decoded;

  RecordDecoder(Vocabularies vocabularies, RecordLayout.TopLevel top) {
    this(vocabularies, top, Projection.all());
  }

  /**
   * A decoder that decodes only what {@code projection} reads of activities (and what their types
   * require): the values of other properties are skipped without being decoded. Records of other
   * types (snapshots) are decoded whole.
   */
  RecordDecoder(Vocabularies vocabularies, RecordLayout.TopLevel top, Projection projection) {
    this.codes = new Codes(Objects.requireNonNull(vocabularies, "vocabularies"));
    this.top = top;
    Map<RecordLayout, Long> masks = null;
    if (!projection.isAll()) {
      masks = new IdentityHashMap<>();
      for (RecordLayout l : top.byCode.values()) {
        long mask = l.allowed;
        if (l.type instanceof ActivityType) {
          for (long bits = l.allowed & ~RecordLayout.bit(RecordLayout.TYPE_INDEX); bits != 0; bits &= bits - 1) {
            int i = Long.numberOfTrailingZeros(bits);
            if (!projection.reads((ActivityType<?>) l.type, l.properties[i])) {
              mask &= ~RecordLayout.bit(i);
            }
          }
        }
        masks.put(l, mask);
      }
    }
    this.decoded = masks;
  }

  /** A nested record kept for reuse, with the values it was built from. */
  private static final class Kept {
    final long present;
    final Object[] values;
    final Object record;

    Kept(long present, Object[] values, Object record) {
      this.present = present;
      this.values = values;
      this.record = record;
    }
  }

  /** The values of the record being read at one depth; reused from record to record. */
  private static final class Frame {
    final Object[] values = new Object[RecordLayout.names()];
    @SuppressWarnings({"unchecked", "rawtypes"})
    final ArrayList<Object>[] lists = new ArrayList[RecordLayout.names()];
    final HashSet<Object> seen = new HashSet<>();
    // Where each value starts, as the parser's numbers (a location object is made only for a fault).
    final TokenStreamLocation[] where = new TokenStreamLocation[RecordLayout.names()];
    final long[] whereOffset = new long[RecordLayout.names()];
    final int[] whereLine = new int[RecordLayout.names()];
    final int[] whereColumn = new int[RecordLayout.names()];
    long positioned;
    long present;
    /** Names present but skipped, outside the projection. */
    long skipped;
    /** Values held as tokens until the record's type is known. */
    long deferred;
    TokenStreamLocation start;
    RecordLayout layout;

    void reset(TokenStreamLocation start, RecordLayout layout) {
      this.start = start;
      this.layout = layout;
      positioned = 0;
      present = 0;
      skipped = 0;
      deferred = 0;
    }

    ArrayList<Object> list(int i) {
      ArrayList<Object> l = lists[i];
      if (l == null) {
        l = new ArrayList<>();
        lists[i] = l;
      }
      l.clear();
      return l;
    }
  }

  private Frame frame(int d) {
    if (d >= frames.length) {
      frames = java.util.Arrays.copyOf(frames, frames.length * 2);
    }
    Frame f = frames[d];
    if (f == null) {
      f = new Frame();
      frames[d] = f;
    }
    return f;
  }

  // --- top-level records -----------------------------------------------------------------------

  /** Reads one record of an accepted type, leaving the parser on its closing brace. */
  Object read(JsonParser p) {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw JsonValues.fault(p, "a JSON object (one record)");
    }
    depth = 0;
    Frame f = frame(0);
    f.reset(p.currentTokenLocation(), null);
    long decode = -1L; // the names to decode: all until the type is known
    while (true) {
      // Names are matched from the parser's bytes, without a String lookup.
      int i = p.nextNameMatch(RecordLayout.MATCHER);
      if (i < 0) {
        if (i != PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
          break; // the end of the object (or any token that is not a name, as nextName() would end)
        }
        i = RecordLayout.index(p.currentName());
      }
      RecordLayout layout = f.layout;
      long bit = i < 0 ? 0 : RecordLayout.bit(i);
      if (i < 0 || (layout != null ? layout.allowed & bit : top.known & bit) == 0) {
        throw unknownProperty(p, layout);
      }
      if ((f.present & bit) != 0) {
        throw repeated(p);
      }
      f.present |= bit;
      p.nextToken();
      if ((decode & bit) == 0) {
        // Outside the projection: the value's tokens are skipped, its text never decoded.
        f.skipped |= bit;
        p.skipChildren();
        continue;
      }
      mark(f, p, i);
      if (i == RecordLayout.TYPE_INDEX) {
        f.layout = type(p);
        if (decoded != null) {
          decode = decoded.get(f.layout);
        }
      } else if (layout != null) {
        value(p, f, layout, i);
      } else if (top.owner[i] != null) {
        value(p, f, top.owner[i], i);
      } else {
        // A name whose value type depends on the record's type, before the type: held as tokens.
        TokenBuffer held = TokenBuffer.forBuffering(p, ObjectReadContext.empty());
        held.copyCurrentStructure(p);
        f.values[i] = held;
        f.deferred |= bit;
      }
    }
    if (f.layout == null) {
      throw new JsonFault(f.start, JsonPaths.of(p), "a \"type\" property (" + top.expected() + ")", "none", null);
    }
    RecordLayout layout = f.layout;
    long notAllowed = f.present & ~layout.allowed;
    if (notAllowed != 0) {
      int i = Long.numberOfTrailingZeros(notAllowed);
      throw new JsonFault(
          where(f, i),
          JsonPaths.child(JsonPaths.of(p), RecordLayout.name(i)),
          "a property of " + layout.type.code() + " (" + layout.names + ")",
          JsonPaths.quote(RecordLayout.name(i)),
          null);
    }
    if (f.deferred != 0) {
      replay(p, f, layout);
    }
    long missing = layout.required & ~f.present;
    if (missing != 0) {
      String name = RecordLayout.name(Long.numberOfTrailingZeros(missing));
      throw new JsonFault(
          f.start, JsonPaths.child(JsonPaths.of(p), name), "the required property \"" + name + "\" of " + layout.type.code(), "none", null);
    }
    return build(p, f, layout, f.start);
  }

  private RecordLayout type(JsonParser p) {
    String code = JsonValues.string(p);
    RecordLayout l = top.byCode.get(code);
    if (l == null) {
      throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), top.expected(), Codes.found(code, top.codes), null);
    }
    return l;
  }

  /** Decodes the values held before the type was known, now that it is; a fault is placed at the value. */
  private void replay(JsonParser p, Frame f, RecordLayout layout) {
    for (long bits = f.deferred; bits != 0; bits &= bits - 1) {
      int i = Long.numberOfTrailingZeros(bits);
      TokenBuffer held = (TokenBuffer) f.values[i];
      try (JsonParser replay = held.asParserOnFirstToken(ObjectReadContext.empty())) {
        value(replay, f, layout, i);
      } catch (JsonFault e) {
        // The held tokens know neither where they were nor their path: the fault is placed at the value.
        throw new JsonFault(where(f, i), JsonPaths.child(JsonPaths.of(p), RecordLayout.name(i)), e.expected, e.found, e);
      }
    }
    f.deferred = 0;
  }

  // --- values ------------------------------------------------------------------------------------

  /** Reads the value of property {@code i} of {@code layout} into the frame, the parser on its first token. */
  private void value(JsonParser p, Frame f, RecordLayout layout, int i) {
    Property<?, ?> property = layout.properties[i];
    if (property.cardinality() != Property.Cardinality.MANY) {
      f.values[i] = one(p, property.type(), layout, i);
      return;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw JsonValues.fault(p, "an array");
    }
    ArrayList<Object> list = f.list(i);
    boolean set = !property.ordered();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      Object v = one(p, property.type(), layout, i);
      if (set && repeats(f, list, v)) {
        throw property.type().kind() == ValueType.Kind.RECORD
            ? new JsonFault(
                p.currentTokenLocation(),
                JsonPaths.of(p),
                "distinct " + property.name(),
                "the same " + layout.nested[i].type.code() + " a second time",
                null)
            : JsonValues.fault(p, "distinct " + property.name());
      }
      list.add(v);
    }
  }

  /** Whether {@code v} is already in the set being read. */
  private static boolean repeats(Frame f, List<Object> list, Object v) {
    int n = list.size();
    if (n < SCAN) {
      for (int k = 0; k < n; k++) {
        if (list.get(k).equals(v)) {
          return true;
        }
      }
      return false;
    }
    if (n == SCAN) {
      f.seen.clear();
      f.seen.addAll(list);
    }
    return !f.seen.add(v);
  }

  /** One value of a property's type, the parser on its first token. */
  private Object one(JsonParser p, ValueType<?> type, RecordLayout layout, int i) {
    switch (type.kind()) {
      case TEXT:
      case LANGUAGE:
        return JsonValues.string(p);
      case BOOLEAN:
        return JsonValues.bool(p) ? Boolean.TRUE : Boolean.FALSE;
      case INTEGER:
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
          throw JsonValues.fault(p, "a whole number");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
          throw JsonValues.fault(p, type.expected());
        }
        return p.getIntValue();
      case LONG:
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
          throw JsonValues.fault(p, "a whole number");
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          throw JsonValues.fault(p, type.expected());
        }
        return p.getLongValue();
      case DATE:
        {
          String s = JsonValues.string(p);
          try {
            return FastParse.isoDate(s);
          } catch (DateTimeException e) {
            throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), type.expected(), JsonPaths.quote(s), e);
          }
        }
      case DATE_TIME:
        {
          String s = JsonValues.string(p);
          try {
            return FastParse.isoZonedDateTime(s);
          } catch (DateTimeException e) {
            throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), type.expected(), JsonPaths.quote(s), e);
          }
        }
      case URI:
        {
          String s = JsonValues.string(p);
          try {
            return new URI(s);
          } catch (URISyntaxException e) {
            throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), type.expected(), JsonPaths.quote(s), e);
          }
        }
      case CODE:
        return codes.read(p, layout.vocabulary[i]);
      case RECORD:
      default:
        return nested(p, layout.nested[i]);
    }
  }

  /** A nested record, the parser on its opening brace; left on its closing brace. */
  private Object nested(JsonParser p, RecordLayout layout) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonValues.fault(p, "an object (" + layout.type.code() + ": " + layout.names + ")");
    }
    Frame f = frame(++depth);
    try {
      f.reset(null, layout);
      while (true) {
        int i = p.nextNameMatch(RecordLayout.MATCHER);
        if (i < 0) {
          if (i != PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
            break;
          }
          i = RecordLayout.index(p.currentName());
        }
        long bit = i < 0 ? 0 : RecordLayout.bit(i);
        if ((layout.allowed & bit) == 0) {
          throw unknownProperty(p, layout);
        }
        if ((f.present & bit) != 0) {
          throw repeated(p);
        }
        f.present |= bit;
        p.nextToken();
        mark(f, p, i);
        value(p, f, layout, i);
      }
      long missing = layout.required & ~f.present;
      if (missing != 0) {
        String name = RecordLayout.name(Long.numberOfTrailingZeros(missing));
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p) + "." + name, "the required property \"" + name + "\" of " + layout.type.code(), "none", null);
      }
      if (!layout.cacheable || (f.present & RecordLayout.bit(layout.key)) == 0) {
        return build(p, f, layout, null);
      }
      return keptOrBuilt(p, f, layout);
    } finally {
      depth--;
    }
  }

  /** A record built before from the same values, or a new one kept for next time. */
  private Object keptOrBuilt(JsonParser p, Frame f, RecordLayout layout) {
    Map<Object, Kept> cache = kept[layout.nestedIndex];
    if (cache == null) {
      cache = new HashMap<>();
      kept[layout.nestedIndex] = cache;
    }
    Object key = f.values[layout.key];
    Kept k = cache.get(key);
    if (k != null && k.present == f.present && sameValues(k.values, f, RecordLayout.bit(layout.key))) {
      return k.record;
    }
    Object made = build(p, f, layout, null);
    if (k == null && cache.size() < KEPT) {
      Object[] values = new Object[f.values.length];
      for (long bits = f.present; bits != 0; bits &= bits - 1) {
        int i = Long.numberOfTrailingZeros(bits);
        values[i] = f.values[i];
      }
      cache.put(key, new Kept(f.present, values, made));
    }
    return made;
  }

  /** Whether the frame holds the kept values; the key's are equal already, since the key found them. */
  private static boolean sameValues(Object[] values, Frame f, long key) {
    for (long bits = f.present & ~key; bits != 0; bits &= bits - 1) {
      int i = Long.numberOfTrailingZeros(bits);
      if (!values[i].equals(f.values[i])) {
        return false;
      }
    }
    return true;
  }

  // --- building ----------------------------------------------------------------------------------

  /**
   * Builds the record from the frame's values, placing a validation failure at the field it names,
   * else at {@code fallback} (null: the parser's position, the record's closing brace).
   */
  private Object build(JsonParser p, Frame f, RecordLayout layout, TokenStreamLocation fallback) {
    RecordBuilder<Object> b = builder(layout.type);
    try {
      for (long bits = f.present & ~f.skipped & ~RecordLayout.bit(RecordLayout.TYPE_INDEX); bits != 0; bits &= bits - 1) {
        int i = Long.numberOfTrailingZeros(bits);
        Property<Object, Object> property = cast(layout.properties[i]);
        if (property.cardinality() == Property.Cardinality.MANY) {
          b.setAll(property, f.lists[i]);
        } else {
          b.set(property, f.values[i]);
        }
      }
      for (long bits = layout.defaulted & ~f.present; bits != 0; bits &= bits - 1) {
        Property<Object, Object> property = cast(layout.properties[Long.numberOfTrailingZeros(bits)]);
        b.set(property, property.defaultValue().orElseThrow());
      }
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw JsonValues.validation(
          e, JsonPaths.of(p), field -> where(f, RecordLayout.index(field)), fallback != null ? fallback : p.currentTokenLocation());
    }
  }

  @SuppressWarnings("unchecked")
  private static RecordBuilder<Object> builder(RecordType<?> type) {
    return (RecordBuilder<Object>) type.builder();
  }

  @SuppressWarnings("unchecked")
  private static Property<Object, Object> cast(Property<?, ?> p) {
    return (Property<Object, Object>) p;
  }

  // --- positions and faults ----------------------------------------------------------------------

  /** Keeps where the value of name {@code i}, the parser's current token, starts. */
  private static void mark(Frame f, JsonParser p, int i) {
    if (p instanceof ParserBase && p.currentToken() != JsonToken.PROPERTY_NAME) {
      ParserBase b = (ParserBase) p;
      f.whereOffset[i] = b.getTokenCharacterOffset() - 1;
      f.whereLine[i] = b.getTokenLineNr();
      int column = b.getTokenColumnNr(); // the parser's column plus one, unless negative
      f.whereColumn[i] = column < 0 ? column : column - 1;
      f.where[i] = null;
    } else {
      f.where[i] = p.currentTokenLocation();
    }
    f.positioned |= RecordLayout.bit(i);
  }

  /** Where the value of name {@code i} starts in the record being read; null if it has none. */
  private TokenStreamLocation where(Frame f, int i) {
    if (i < 0 || (f.positioned & RecordLayout.bit(i)) == 0) {
      return null;
    }
    if (f.where[i] == null) {
      // A nested record keeps no start of its own: the content is the top-level record's.
      TokenStreamLocation start = f.start != null ? f.start : frames[0].start;
      f.where[i] = new TokenStreamLocation(start.contentReference(), f.whereOffset[i], -1L, f.whereLine[i], f.whereColumn[i]);
    }
    return f.where[i];
  }

  private static JsonFault repeated(JsonParser p) {
    return new JsonFault(
        p.currentTokenLocation(), JsonPaths.of(p), "each property once", JsonPaths.quote(p.currentName()) + " a second time", null);
  }

  private static JsonFault unknownProperty(JsonParser p, RecordLayout layout) {
    String name = p.currentName();
    if (layout == null) {
      return new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "a property of a Hasila record", JsonPaths.quote(name), null);
    }
    List<String> names = new ArrayList<>(List.of(layout.names.split(", ")));
    return new JsonFault(
        p.currentTokenLocation(),
        JsonPaths.of(p),
        "a property of " + layout.type.code() + " (" + layout.names + ")",
        Codes.found(name, names),
        null);
  }
}
