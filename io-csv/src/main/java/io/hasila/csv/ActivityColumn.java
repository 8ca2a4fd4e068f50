package io.hasila.csv;

import io.hasila.model.ActivityType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/** The columns of an activities file, in writing order, with the activity types each applies to. */
enum ActivityColumn {
  TYPE,
  ID,
  DATE,
  TIME,
  UNIT_ID,
  UNIT_NAME,
  THEMES,
  TITLE,
  LANGUAGE,
  URL,
  OUTLET(ActivityType.MEDIA_COVERAGE),
  OUTLET_KIND(ActivityType.MEDIA_COVERAGE),
  FOREIGN(ActivityType.MEDIA_COVERAGE),
  PLATFORM(ActivityType.TWEET),
  ACCOUNT(ActivityType.TWEET),
  POST_ID(ActivityType.TWEET),
  VIEWS(ActivityType.TWEET),
  LIKES(ActivityType.TWEET),
  SHARES(ActivityType.TWEET),
  KIND(ActivityType.BULLETIN, ActivityType.MEDIA_PRODUCTION, ActivityType.CAMPAIGN),
  CLAIM_TEXT(ActivityType.BULLETIN),
  CLAIM_CIRCULATED_ON(ActivityType.BULLETIN),
  CLAIM_APPEARANCE(ActivityType.BULLETIN),
  CLAIM_FIRST_SEEN(ActivityType.BULLETIN),
  COUNTERPARTS(ActivityType.COMMUNITY_MEETING),
  TOPICS(ActivityType.COMMUNITY_MEETING),
  PARTNER_OUTLET(ActivityType.MEDIA_PRODUCTION),
  PUBLICATION(ActivityType.PUBLICATION_ISSUE),
  NUMBER(ActivityType.PUBLICATION_ISSUE),
  FORMATS(ActivityType.PUBLICATION_ISSUE),
  PLATFORMS(ActivityType.PUBLICATION_ISSUE),
  BENEFICIARIES(ActivityType.OUTREACH_INITIATIVE),
  PARTICIPANTS(ActivityType.CAMPAIGN);

  private static final ActivityColumn[] ALL = values();

  final String column;
  final int index;
  private final Set<ActivityType> types;
  private final String typeCodes;

  ActivityColumn(ActivityType... types) {
    this.column = name().toLowerCase(Locale.ROOT);
    this.index = ordinal();
    this.types =
        types.length == 0
            ? Collections.unmodifiableSet(EnumSet.allOf(ActivityType.class))
            : Collections.unmodifiableSet(EnumSet.of(types[0], types));
    StringJoiner codes = new StringJoiner(", ");
    this.types.forEach(t -> codes.add(t.code()));
    this.typeCodes = codes.toString();
  }

  /** Whether a row of {@code type} may fill this column. */
  boolean appliesTo(ActivityType type) {
    return types.contains(type);
  }

  /** The codes of the types this column applies to, for messages. */
  String typeCodes() {
    return typeCodes;
  }

  static ActivityColumn[] all() {
    return ALL;
  }
}
