package io.hasila.json;

import io.hasila.model.ActivityType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The properties of a JSON Lines record, with which record types allow and require them. */
enum Field {
  TYPE("type"),
  ID("id"),
  DATE("date"),
  TIME("time"),
  UNIT("unit"),
  THEMES("themes"),
  TITLE("title"),
  LANGUAGE("language"),
  URL("url"),
  OUTLET("outlet"),
  OUTLET_KIND("outletKind"),
  FOREIGN("foreign"),
  PLATFORM("platform"),
  ACCOUNT("account"),
  POST_ID("postId"),
  VIEWS("views"),
  LIKES("likes"),
  SHARES("shares"),
  KIND("kind"),
  CLAIM("claim"),
  COUNTERPARTS("counterparts"),
  TOPICS("topics"),
  PARTNER_OUTLET("partnerOutlet"),
  PUBLICATION("publication"),
  NUMBER("number"),
  FORMATS("formats"),
  PLATFORMS("platforms"),
  BENEFICIARIES("beneficiaries"),
  PARTICIPANTS("participants"),
  FOLLOWERS("followers"),
  POSTS("posts");

  /** The type code of audience snapshots, beside the activity types' codes. */
  static final String SNAPSHOT = "audience_snapshot";

  private static final Map<String, Field> BY_NAME = new HashMap<>();
  private static final Map<String, Set<Field>> ALLOWED = new HashMap<>();
  private static final Map<String, Set<Field>> REQUIRED = new HashMap<>();
  private static final Map<String, Long> ALLOWED_BITS = new HashMap<>();
  private static final Map<String, Long> REQUIRED_BITS = new HashMap<>();
  private static final Field[] VALUES = values();

  static {
    for (Field f : values()) {
      BY_NAME.put(f.json, f);
    }
    Set<Field> common = EnumSet.of(TYPE, ID, DATE, TIME, UNIT, THEMES, TITLE, LANGUAGE, URL);
    Set<Field> commonRequired = EnumSet.of(TYPE, ID, DATE, UNIT);
    define(ActivityType.MEDIA_COVERAGE.code(), common, commonRequired, EnumSet.of(OUTLET, OUTLET_KIND, FOREIGN), EnumSet.of(OUTLET, OUTLET_KIND));
    define(
        ActivityType.TWEET.code(),
        common,
        commonRequired,
        EnumSet.of(PLATFORM, ACCOUNT, POST_ID, VIEWS, LIKES, SHARES),
        EnumSet.of(PLATFORM, ACCOUNT));
    define(ActivityType.BULLETIN.code(), common, commonRequired, EnumSet.of(KIND, CLAIM), EnumSet.of(KIND));
    define(ActivityType.COMMUNITY_MEETING.code(), common, commonRequired, EnumSet.of(COUNTERPARTS, TOPICS), EnumSet.of(COUNTERPARTS));
    define(ActivityType.MEDIA_PRODUCTION.code(), common, commonRequired, EnumSet.of(KIND, PARTNER_OUTLET), EnumSet.of(KIND));
    define(
        ActivityType.PUBLICATION_ISSUE.code(),
        common,
        commonRequired,
        EnumSet.of(PUBLICATION, NUMBER, FORMATS, PLATFORMS),
        EnumSet.of(PUBLICATION, NUMBER, FORMATS));
    define(ActivityType.OUTREACH_INITIATIVE.code(), common, commonRequired, EnumSet.of(BENEFICIARIES), EnumSet.of(BENEFICIARIES));
    define(ActivityType.CAMPAIGN.code(), common, commonRequired, EnumSet.of(KIND, PARTICIPANTS), EnumSet.of(KIND, PARTICIPANTS));
    ALLOWED.put(SNAPSHOT, EnumSet.of(TYPE, PLATFORM, ACCOUNT, DATE, FOLLOWERS, POSTS));
    REQUIRED.put(SNAPSHOT, EnumSet.of(TYPE, PLATFORM, ACCOUNT, DATE, FOLLOWERS));
    ALLOWED.forEach((type, fields) -> ALLOWED_BITS.put(type, bits(fields)));
    REQUIRED.forEach((type, fields) -> REQUIRED_BITS.put(type, bits(fields)));
  }

  final String json;

  Field(String json) {
    this.json = json;
  }

  private static void define(String type, Set<Field> common, Set<Field> commonRequired, Set<Field> own, Set<Field> ownRequired) {
    Set<Field> allowed = EnumSet.copyOf(common);
    allowed.addAll(own);
    Set<Field> required = EnumSet.copyOf(commonRequired);
    required.addAll(ownRequired);
    ALLOWED.put(type, allowed);
    REQUIRED.put(type, required);
  }

  /** The field with this JSON name, or null. */
  static Field byName(String name) {
    switch (name) {
      case "type": return TYPE;
      case "id": return ID;
      case "date": return DATE;
      case "time": return TIME;
      case "unit": return UNIT;
      case "themes": return THEMES;
      case "title": return TITLE;
      case "language": return LANGUAGE;
      case "url": return URL;
      case "outlet": return OUTLET;
      case "outletKind": return OUTLET_KIND;
      case "foreign": return FOREIGN;
      case "platform": return PLATFORM;
      case "account": return ACCOUNT;
      case "postId": return POST_ID;
      case "views": return VIEWS;
      case "likes": return LIKES;
      case "shares": return SHARES;
      case "kind": return KIND;
      case "claim": return CLAIM;
      case "counterparts": return COUNTERPARTS;
      case "topics": return TOPICS;
      case "partnerOutlet": return PARTNER_OUTLET;
      case "publication": return PUBLICATION;
      case "number": return NUMBER;
      case "formats": return FORMATS;
      case "platforms": return PLATFORMS;
      case "beneficiaries": return BENEFICIARIES;
      case "participants": return PARTICIPANTS;
      case "followers": return FOLLOWERS;
      case "posts": return POSTS;
      default: return null;
    }
  }

  /** This field's bit in the masks of {@link #allowedBits} and {@link #requiredBits}. */
  long bit() {
    return 1L << ordinal();
  }

  /** The fields a record of this type may have, as a mask of {@link #bit()}s; {@code type} is a known type code. */
  static long allowedBits(String type) {
    return ALLOWED_BITS.get(type);
  }

  /** The fields a record of this type must have, as a mask of {@link #bit()}s. */
  static long requiredBits(String type) {
    return REQUIRED_BITS.get(type);
  }

  /** The field of the lowest bit of a non-zero mask. */
  static Field lowest(long bits) {
    return VALUES[Long.numberOfTrailingZeros(bits)];
  }

  private static long bits(Set<Field> fields) {
    long b = 0;
    for (Field f : fields) {
      b |= f.bit();
    }
    return b;
  }

  /** The fields a record of this type may have; {@code type} is a known type code. */
  static Set<Field> allowed(String type) {
    return ALLOWED.get(type);
  }

  /** The fields a record of this type must have. */
  static Set<Field> required(String type) {
    return REQUIRED.get(type);
  }

  /** The allowed property names of a type, for messages. */
  static String names(String type) {
    return allowed(type).stream().map(f -> f.json).collect(Collectors.joining(", "));
  }
}
