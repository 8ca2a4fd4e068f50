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
    return BY_NAME.get(name);
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
