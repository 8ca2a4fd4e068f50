package io.hasila.json;

import io.hasila.internal.FastParse;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CampaignKind;
import io.hasila.model.Claim;
import io.hasila.model.Codes;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Labelled;
import io.hasila.model.MediaCoverage;
import io.hasila.model.MediaProduction;
import io.hasila.model.OrgUnit;
import io.hasila.model.OutletKind;
import io.hasila.model.OutreachInitiative;
import io.hasila.model.Platform;
import io.hasila.model.ProductionKind;
import io.hasila.model.PublicationFormat;
import io.hasila.model.PublicationIssue;
import io.hasila.model.ReadingPlatform;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Decodes one activity or audience snapshot from a parser positioned on (or just before) its
 * opening brace, in any property order, failing with a {@link JsonFault} that names the JSON path,
 * what was expected and what was found. Not thread safe: one instance per reading thread.
 */
final class RecordReader {
  /** What a caller accepts. */
  enum Expect {
    ACTIVITY,
    SNAPSHOT,
    ANY
  }

  static final String DATE_EXPECTED = "an ISO date (yyyy-MM-dd)";
  static final String TIME_EXPECTED =
      "an ISO zoned date-time such as \"2020-03-20T10:15:00+01:00[Africa/Casablanca]\"";

  /** The shape of the model's validation messages: {@code Type.field rule but was: value}. */
  private static final Pattern VALIDATION =
      Pattern.compile("^[A-Za-z]+\\.([A-Za-z.]+) (.*) but was: (.*)$", Pattern.DOTALL);

  private static final String TYPES =
      Arrays.stream(ActivityType.values()).map(ActivityType::code).collect(Collectors.joining(", "));

  /** Activity types by code, for the lookup every record makes. */
  private static final java.util.Map<String, ActivityType> ACTIVITY_TYPES = new java.util.HashMap<>();

  static {
    for (ActivityType t : ActivityType.values()) {
      ACTIVITY_TYPES.put(t.code(), t);
    }
  }

  /** How many distinct units a reader keeps, so that a unit repeated on many records is built and checked once. */
  private static final int UNITS_KEPT = 1_024;

  private static final Field[] FIELDS = Field.values();
  private static final PropertyNameMatcher FIELD_NAMES =
      new tools.jackson.core.json.JsonFactory()
          .constructNameMatcher(
              java.util.Arrays.stream(FIELDS).map(f -> Named.fromString(f.json)).collect(Collectors.toList()), false);

  private final ThemeRegistry themeRegistry;
  private final java.util.Map<String, OrgUnit> units = new java.util.HashMap<>();

  // The record being read; reset for each record.
  // Where each property's value starts, kept as the parser's token position (a location object
  // per property would be built only for the rare record that fails): Jackson's
  // currentTokenLocation() of a value token, taken apart.
  private final TokenStreamLocation[] where = new TokenStreamLocation[Field.values().length];
  private final long[] whereOffset = new long[Field.values().length];
  private final int[] whereLine = new int[Field.values().length];
  private final int[] whereColumn = new int[Field.values().length];
  private long positioned;
  private TokenStreamLocation start;
  private JsonParser parser;
  /** The fields of the record read so far, as a mask of {@link Field#bit()}s. */
  private long present;
  /** The fields the record's type allows, once the type is known. */
  private long allowed;
  private String type;
  private String id;
  private LocalDate date;
  private ZonedDateTime time;
  private OrgUnit unit;
  private final Set<Theme> themes = new LinkedHashSet<>();
  private String title;
  private String language;
  private URI url;
  private String outlet;
  private OutletKind outletKind;
  private boolean foreign;
  private Platform platform;
  private String account;
  private String postId;
  private long views;
  private long likes;
  private long shares;
  private String kind;
  private Claim claim;
  private final List<Counterpart> counterparts = new ArrayList<>();
  private final List<String> topics = new ArrayList<>();
  private String partnerOutlet;
  private String publication;
  private int number;
  private final Set<PublicationFormat> formats = EnumSet.noneOf(PublicationFormat.class);
  private final Set<ReadingPlatform> platforms = EnumSet.noneOf(ReadingPlatform.class);
  private long beneficiaries;
  private long participants;
  private long followers;
  private long posts;

  RecordReader(ThemeRegistry themes) {
    this.themeRegistry = themes;
  }

  /** Reads an activity; fails on a snapshot. */
  Activity readActivity(JsonParser p) {
    return (Activity) read(p, Expect.ACTIVITY);
  }

  /** Reads an audience snapshot; fails on an activity. */
  AudienceSnapshot readSnapshot(JsonParser p) {
    return (AudienceSnapshot) read(p, Expect.SNAPSHOT);
  }

  /** Reads one record, leaving the parser on its closing brace. */
  Object read(JsonParser p, Expect expect) {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw fault(p, "a JSON object (one record)");
    }
    TokenStreamLocation start = p.currentTokenLocation();
    reset();
    this.start = start;
    while (true) {
      // Names are matched against the fields from the parser's bytes, without a String lookup.
      int match = p.nextNameMatch(FIELD_NAMES);
      Field f;
      String name;
      if (match >= 0) {
        f = FIELDS[match];
        name = f.json;
      } else if (match == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        name = p.currentName();
        f = Field.byName(name);
      } else {
        break; // the end of the object (or any token that is not a name, as nextName() would end)
      }
      if (f == null || (type != null && (allowed & f.bit()) == 0)) {
        throw unknownProperty(p, name);
      }
      if ((present & f.bit()) != 0) {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p), "each property once", "\"" + name + "\" a second time", null);
      }
      present |= f.bit();
      p.nextToken();
      mark(p, f);
      readValue(p, f, expect);
    }
    this.parser = p; // for recordPath(), only needed when a fault is reported
    if (type == null) {
      throw new JsonFault(start, recordPath(), "a \"type\" property (one of " + typesFor(expect) + ")", "none", null);
    }
    long notAllowed = present & ~allowed;
    if (notAllowed != 0) {
      Field f = Field.lowest(notAllowed);
      throw new JsonFault(
          where(f),
          JsonPaths.child(recordPath(), f.json),
          "a property of " + type + " (" + Field.names(type) + ")",
          "\"" + f.json + "\"",
          null);
    }
    long missing = Field.requiredBits(type) & ~present;
    if (missing != 0) {
      Field f = Field.lowest(missing);
      throw new JsonFault(
          start, JsonPaths.child(recordPath(), f.json), "the required property \"" + f.json + "\" of " + type, "none", null);
    }
    return build(start);
  }

  /**
   * The path of the record being read, the parser being on its closing brace: computed only for a
   * fault, as building it for every record cost an allocation-heavy walk of the contexts.
   */
  private String recordPath() {
    return JsonPaths.of(parser);
  }

  /** Keeps where the value of {@code f}, the parser's current token, starts. */
  private void mark(JsonParser p, Field f) {
    int i = f.ordinal();
    if (p instanceof ParserBase && p.currentToken() != JsonToken.PROPERTY_NAME) {
      ParserBase b = (ParserBase) p;
      whereOffset[i] = b.getTokenCharacterOffset() - 1;
      whereLine[i] = b.getTokenLineNr();
      int column = b.getTokenColumnNr(); // the parser's column plus one, unless negative
      whereColumn[i] = column < 0 ? column : column - 1;
      where[i] = null;
    } else {
      where[i] = p.currentTokenLocation();
    }
    positioned |= f.bit();
  }

  /** Where the value of {@code f} starts in the record being read; null if the record has none. */
  private TokenStreamLocation where(Field f) {
    int i = f.ordinal();
    if ((positioned & f.bit()) == 0) {
      return null;
    }
    if (where[i] == null) {
      where[i] =
          new TokenStreamLocation(start.contentReference(), whereOffset[i], -1L, whereLine[i], whereColumn[i]);
    }
    return where[i];
  }

  private void reset() {
    positioned = 0;
    present = 0;
    allowed = 0;
    type = null;
    id = null;
    date = null;
    time = null;
    unit = null;
    themes.clear();
    title = null;
    language = null;
    url = null;
    outlet = null;
    outletKind = null;
    foreign = false;
    platform = null;
    account = null;
    postId = null;
    kind = null;
    claim = null;
    counterparts.clear();
    topics.clear();
    partnerOutlet = null;
    publication = null;
    formats.clear();
    platforms.clear();
  }

  private void readValue(JsonParser p, Field f, Expect expect) {
    switch (f) {
      case TYPE:
        type = typeCode(p, expect);
        allowed = Field.allowedBits(type);
        break;
      case ID:
        id = string(p);
        break;
      case DATE:
        date = date(p);
        break;
      case TIME:
        time = zonedDateTime(p);
        break;
      case UNIT:
        unit = unit(p);
        break;
      case THEMES:
        themes(p);
        break;
      case TITLE:
        title = string(p);
        break;
      case LANGUAGE:
        language = string(p);
        break;
      case URL:
        url = uri(p);
        break;
      case OUTLET:
        outlet = string(p);
        break;
      case OUTLET_KIND:
        outletKind = code(p, OutletKind.class);
        break;
      case FOREIGN:
        foreign = bool(p);
        break;
      case PLATFORM:
        platform = code(p, Platform.class);
        break;
      case ACCOUNT:
        account = string(p);
        break;
      case POST_ID:
        postId = string(p);
        break;
      case VIEWS:
        views = count(p);
        break;
      case LIKES:
        likes = count(p);
        break;
      case SHARES:
        shares = count(p);
        break;
      case KIND:
        kind = string(p);
        break;
      case CLAIM:
        claim = claim(p);
        break;
      case COUNTERPARTS:
        counterparts(p);
        break;
      case TOPICS:
        array(p, () -> topics.add(string(p)));
        break;
      case PARTNER_OUTLET:
        partnerOutlet = string(p);
        break;
      case PUBLICATION:
        publication = string(p);
        break;
      case NUMBER:
        number = integer(p);
        break;
      case FORMATS:
        array(p, () -> distinct(p, formats.add(code(p, PublicationFormat.class)), "formats"));
        break;
      case PLATFORMS:
        array(p, () -> distinct(p, platforms.add(code(p, ReadingPlatform.class)), "platforms"));
        break;
      case BENEFICIARIES:
        beneficiaries = count(p);
        break;
      case PARTICIPANTS:
        participants = count(p);
        break;
      case FOLLOWERS:
        followers = count(p);
        break;
      case POSTS:
        posts = count(p);
        break;
      default:
        throw new AssertionError(f);
    }
  }

  // --- building ------------------------------------------------------------------------------

  private Object build(TokenStreamLocation start) {
    try {
      if (type.equals(Field.SNAPSHOT)) {
        return AudienceSnapshot.builder()
            .platform(platform)
            .account(account)
            .date(date)
            .followers(followers)
            .posts((present & Field.POSTS.bit()) != 0 ? OptionalLong.of(posts) : OptionalLong.empty())
            .build();
      }
      switch (ACTIVITY_TYPES.get(type)) {
        case MEDIA_COVERAGE:
          return MediaCoverage.builder()
              .id(id).date(date).time(Optional.ofNullable(time)).unit(unit).addAllThemes(themes)
              .title(Optional.ofNullable(title)).language(Optional.ofNullable(language)).url(Optional.ofNullable(url))
              .outlet(outlet)
              .outletKind(outletKind)
              .foreign(foreign)
              .build();
        case TWEET:
          return Tweet.builder()
              .id(id).date(date).time(Optional.ofNullable(time)).unit(unit).addAllThemes(themes)
              .title(Optional.ofNullable(title)).language(Optional.ofNullable(language)).url(Optional.ofNullable(url))
              .platform(platform)
              .account(account)
              .postId(Optional.ofNullable(postId))
              .views(optional(Field.VIEWS, views))
              .likes(optional(Field.LIKES, likes))
              .shares(optional(Field.SHARES, shares))
              .build();
        case BULLETIN:
          return Bulletin.builder()
              .id(id).date(date).time(Optional.ofNullable(time)).unit(unit).addAllThemes(themes)
              .title(Optional.ofNullable(title)).language(Optional.ofNullable(language)).url(Optional.ofNullable(url))
              .kind(kind(BulletinKind.class))
              .claim(Optional.ofNullable(claim))
              .build();
        case COMMUNITY_MEETING:
          return CommunityMeeting.builder()
              .id(id).date(date).time(Optional.ofNullable(time)).unit(unit).addAllThemes(themes)
              .title(Optional.ofNullable(title)).language(Optional.ofNullable(language)).url(Optional.ofNullable(url))
              .addAllCounterparts(counterparts)
              .addAllTopics(topics)
              .build();
        case MEDIA_PRODUCTION:
          return MediaProduction.builder()
              .id(id).date(date).time(Optional.ofNullable(time)).unit(unit).addAllThemes(themes)
              .title(Optional.ofNullable(title)).language(Optional.ofNullable(language)).url(Optional.ofNullable(url))
              .kind(kind(ProductionKind.class))
              .partnerOutlet(Optional.ofNullable(partnerOutlet))
              .build();
        case PUBLICATION_ISSUE:
          return PublicationIssue.builder()
              .id(id).date(date).time(Optional.ofNullable(time)).unit(unit).addAllThemes(themes)
              .title(Optional.ofNullable(title)).language(Optional.ofNullable(language)).url(Optional.ofNullable(url))
              .publication(publication)
              .number(number)
              .addAllFormats(formats)
              .addAllPlatforms(platforms)
              .build();
        case OUTREACH_INITIATIVE:
          return OutreachInitiative.builder()
              .id(id).date(date).time(Optional.ofNullable(time)).unit(unit).addAllThemes(themes)
              .title(Optional.ofNullable(title)).language(Optional.ofNullable(language)).url(Optional.ofNullable(url))
              .beneficiaries(beneficiaries)
              .build();
        case CAMPAIGN:
          return Campaign.builder()
              .id(id).date(date).time(Optional.ofNullable(time)).unit(unit).addAllThemes(themes)
              .title(Optional.ofNullable(title)).language(Optional.ofNullable(language)).url(Optional.ofNullable(url))
              .kind(kind(CampaignKind.class))
              .participants(participants)
              .build();
        default:
          throw new AssertionError(type);
      }
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw validation(e, recordPath(), start);
    }
  }

  private OptionalLong optional(Field f, long value) {
    return (present & f.bit()) != 0 ? OptionalLong.of(value) : OptionalLong.empty();
  }

  /** The {@code kind} of this record's type, read before the type may have been known. */
  private <E extends Enum<E> & Labelled> E kind(Class<E> kinds) {
    try {
      return fromCode(kinds, kind);
    } catch (IllegalArgumentException e) {
      throw new JsonFault(
          where(Field.KIND),
          JsonPaths.child(recordPath(), "kind"),
          "a kind of " + type + " (one of " + codes(kinds) + ")",
          JsonPaths.quote(kind),
          null);
    }
  }

  /** A model validation failure, placed at the field its message names. */
  private JsonFault validation(RuntimeException e, String basePath, TokenStreamLocation fallback) {
    String message = String.valueOf(e.getMessage());
    Matcher m = VALIDATION.matcher(message);
    if (!m.matches()) {
      return new JsonFault(fallback, basePath, "a valid record", message, e);
    }
    String fieldPath = m.group(1);
    String top = fieldPath.contains(".") ? fieldPath.substring(0, fieldPath.indexOf('.')) : fieldPath;
    Field f = Field.byName(top);
    TokenStreamLocation loc = f != null && where(f) != null ? where(f) : fallback;
    return new JsonFault(loc, basePath + "." + fieldPath, "a value that " + m.group(2), m.group(3), e);
  }

  // --- values ------------------------------------------------------------------------------

  private String typeCode(JsonParser p, Expect expect) {
    String code = string(p);
    boolean snapshot = code.equals(Field.SNAPSHOT);
    boolean activity = !snapshot && ACTIVITY_TYPES.containsKey(code);
    if ((snapshot && expect != Expect.ACTIVITY) || (activity && expect != Expect.SNAPSHOT)) {
      return code;
    }
    throw fault(p, typesFor(expect));
  }

  private static String typesFor(Expect expect) {
    switch (expect) {
      case ACTIVITY:
        return "an activity type: " + TYPES;
      case SNAPSHOT:
        return "\"" + Field.SNAPSHOT + "\"";
      default:
        return "a record type: " + TYPES + ", " + Field.SNAPSHOT;
    }
  }

  /** A string value. */
  static String string(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fault(p, "a string");
    }
    return p.getString();
  }

  static LocalDate date(JsonParser p) {
    String s = string(p);
    try {
      return FastParse.isoDate(s);
    } catch (DateTimeException e) {
      throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), DATE_EXPECTED, JsonPaths.quote(s), e);
    }
  }

  static ZonedDateTime zonedDateTime(JsonParser p) {
    String s = string(p);
    try {
      return FastParse.isoZonedDateTime(s);
    } catch (DateTimeException e) {
      throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), TIME_EXPECTED, JsonPaths.quote(s), e);
    }
  }

  static URI uri(JsonParser p) {
    String s = string(p);
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "a URI (RFC 3986)", JsonPaths.quote(s), e);
    }
  }

  static boolean bool(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (p.currentToken() == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw fault(p, "true or false");
  }

  /** A whole number that fits a long; the model checks its sign. */
  static long count(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fault(p, "a whole number");
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fault(p, "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
    }
    return p.getLongValue();
  }

  private static int integer(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fault(p, "a whole number");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fault(p, "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return p.getIntValue();
  }

  /** Each enum's constants by code, built once per enum. */
  private static final ClassValue<java.util.Map<String, Object>> BY_CODE =
      new ClassValue<>() {
        @Override
        protected java.util.Map<String, Object> computeValue(Class<?> type) {
          java.util.Map<String, Object> m = new java.util.HashMap<>();
          for (Object c : type.getEnumConstants()) {
            m.put(((Labelled) c).code(), c);
          }
          return m;
        }
      };

  /** The constant of {@code type} with this code, as {@link Codes#fromCode} finds it, but by a map lookup. */
  private static <E extends Enum<E> & Labelled> E fromCode(Class<E> type, String code) {
    Object c = BY_CODE.get(type).get(code);
    return c != null ? type.cast(c) : Codes.fromCode(type, code);
  }

  static <E extends Enum<E> & Labelled> E code(JsonParser p, Class<E> type) {
    String s = string(p);
    try {
      return fromCode(type, s);
    } catch (IllegalArgumentException e) {
      throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "one of " + codes(type), JsonPaths.quote(s), null);
    }
  }

  static <E extends Enum<E> & Labelled> String codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
  }

  /** Calls {@code element} once per element of an array, with the parser on the element's first token. */
  static void array(JsonParser p, Runnable element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fault(p, "an array");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      element.run();
    }
  }

  private static void distinct(JsonParser p, boolean added, String what) {
    if (!added) {
      throw fault(p, "distinct " + what);
    }
  }

  private void themes(JsonParser p) {
    array(
        p,
        () -> {
          String themeId = string(p);
          Theme theme;
          try {
            theme = themeRegistry.resolve(themeId);
          } catch (IllegalArgumentException e) {
            throw fault(p, "a theme id: lower case letters and digits joined by '_', '-' or '.'");
          }
          distinct(p, themes.add(theme), "theme ids");
        });
  }

  private OrgUnit unit(JsonParser p) {
    String[] v = objectOfStrings(p, "id", "name");
    OrgUnit known = units.get(v[0]);
    if (known != null && known.name().equals(v[1])) {
      return known;
    }
    OrgUnit made = building(p, () -> OrgUnit.of(v[0], v[1]));
    if (units.size() < UNITS_KEPT) {
      units.put(v[0], made);
    }
    return made;
  }

  private void counterparts(JsonParser p) {
    array(
        p,
        () -> {
          String[] v = objectOfStrings(p, "id", "name", "kind");
          CounterpartKind k;
          try {
            k = fromCode(CounterpartKind.class, v[2]);
          } catch (IllegalArgumentException e) {
            throw new JsonFault(
                p.currentTokenLocation(), JsonPaths.of(p) + ".kind", "one of " + codes(CounterpartKind.class), JsonPaths.quote(v[2]), null);
          }
          counterparts.add(building(p, () -> Counterpart.of(v[0], v[1], k)));
        });
  }

  private static Claim claim(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fault(p, "an object");
    }
    var b = Claim.builder();
    boolean hasText = false;
    Set<String> seen = new LinkedHashSet<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (!seen.add(name)) {
        throw fault(p, "each property once");
      }
      switch (name) {
        case "text":
          p.nextToken();
          b.text(string(p));
          hasText = true;
          break;
        case "circulatedOn":
          p.nextToken();
          b.circulatedOn(string(p));
          break;
        case "appearance":
          p.nextToken();
          b.appearance(uri(p));
          break;
        case "firstSeen":
          p.nextToken();
          b.firstSeen(date(p));
          break;
        default:
          throw fault(p, "a property of a claim (text, circulatedOn, appearance, firstSeen)");
      }
    }
    if (!hasText) {
      throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p) + ".text", "the required property \"text\"", "none", null);
    }
    return building(p, b::build);
  }

  /** Reads an object whose properties are all strings and all required, in any order. */
  static String[] objectOfStrings(JsonParser p, String... names) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fault(p, "an object with " + String.join(", ", names));
    }
    String[] values = new String[names.length];
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = names.length - 1;
      while (i >= 0 && !names[i].equals(name)) {
        i--;
      }
      if (i < 0) {
        throw fault(p, "one of the properties " + String.join(", ", names));
      }
      if (values[i] != null) {
        throw fault(p, "each property once");
      }
      p.nextToken();
      values[i] = string(p);
    }
    for (int i = 0; i < names.length; i++) {
      if (values[i] == null) {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p) + "." + names[i], "the required property \"" + names[i] + "\"", "none", null);
      }
    }
    return values;
  }

  /** Builds a nested value at the parser's closing brace, placing a validation failure at that value. */
  static <T> T building(JsonParser p, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      Matcher m = VALIDATION.matcher(message);
      String path = JsonPaths.of(p);
      if (m.matches()) {
        return failWith(new JsonFault(p.currentTokenLocation(), path + "." + m.group(1), "a value that " + m.group(2), m.group(3), e));
      }
      return failWith(new JsonFault(p.currentTokenLocation(), path, "a valid value", message, e));
    }
  }

  private static <T> T failWith(JsonFault f) {
    throw f;
  }

  /** A fault at the parser's current token. */
  static JsonFault fault(JsonParser p, String expected) {
    return new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), expected, JsonPaths.describe(p), null);
  }

  private JsonFault unknownProperty(JsonParser p, String name) {
    String expected =
        type == null
            ? "a property of a Hasila record"
            : "a property of " + type + " (" + Field.names(type) + ")";
    return new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), expected, "\"" + name + "\"", null);
  }
}
