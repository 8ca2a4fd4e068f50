package io.hasila.csv;

import static io.hasila.csv.ActivityColumn.ACCOUNT;
import static io.hasila.csv.ActivityColumn.BENEFICIARIES;
import static io.hasila.csv.ActivityColumn.CLAIM_APPEARANCE;
import static io.hasila.csv.ActivityColumn.CLAIM_CIRCULATED_ON;
import static io.hasila.csv.ActivityColumn.CLAIM_FIRST_SEEN;
import static io.hasila.csv.ActivityColumn.CLAIM_TEXT;
import static io.hasila.csv.ActivityColumn.COUNTERPARTS;
import static io.hasila.csv.ActivityColumn.DATE;
import static io.hasila.csv.ActivityColumn.FOREIGN;
import static io.hasila.csv.ActivityColumn.FORMATS;
import static io.hasila.csv.ActivityColumn.ID;
import static io.hasila.csv.ActivityColumn.KIND;
import static io.hasila.csv.ActivityColumn.LANGUAGE;
import static io.hasila.csv.ActivityColumn.LIKES;
import static io.hasila.csv.ActivityColumn.NUMBER;
import static io.hasila.csv.ActivityColumn.OUTLET;
import static io.hasila.csv.ActivityColumn.OUTLET_KIND;
import static io.hasila.csv.ActivityColumn.PARTICIPANTS;
import static io.hasila.csv.ActivityColumn.PARTNER_OUTLET;
import static io.hasila.csv.ActivityColumn.PLATFORM;
import static io.hasila.csv.ActivityColumn.PLATFORMS;
import static io.hasila.csv.ActivityColumn.POST_ID;
import static io.hasila.csv.ActivityColumn.PUBLICATION;
import static io.hasila.csv.ActivityColumn.SHARES;
import static io.hasila.csv.ActivityColumn.THEMES;
import static io.hasila.csv.ActivityColumn.TIME;
import static io.hasila.csv.ActivityColumn.TITLE;
import static io.hasila.csv.ActivityColumn.TOPICS;
import static io.hasila.csv.ActivityColumn.TYPE;
import static io.hasila.csv.ActivityColumn.UNIT_ID;
import static io.hasila.csv.ActivityColumn.UNIT_NAME;
import static io.hasila.csv.ActivityColumn.URL;
import static io.hasila.csv.ActivityColumn.VIEWS;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CampaignKind;
import io.hasila.model.Claim;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Labelled;
import io.hasila.model.Labels;
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
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The activities file: one row per activity, a {@code type} column, the common columns, then the type-specific ones. */
final class ActivitySchema implements Schema<Activity> {
  static final List<String> COLUMNS;
  static final Set<String> REQUIRED;

  static {
    List<String> names = new ArrayList<>();
    for (ActivityColumn c : ActivityColumn.all()) {
      names.add(c.column);
    }
    COLUMNS = List.copyOf(names);
    REQUIRED = Set.of(TYPE.column, ID.column, DATE.column, UNIT_ID.column, UNIT_NAME.column);
  }

  private static final EnumCodes<ActivityType> TYPES = new EnumCodes<>(ActivityType.class);
  private static final EnumCodes<OutletKind> OUTLET_KINDS = new EnumCodes<>(OutletKind.class);
  private static final EnumCodes<Platform> SOCIAL_PLATFORMS = new EnumCodes<>(Platform.class);
  private static final EnumCodes<BulletinKind> BULLETIN_KINDS = new EnumCodes<>(BulletinKind.class);
  private static final EnumCodes<ProductionKind> PRODUCTION_KINDS = new EnumCodes<>(ProductionKind.class);
  private static final EnumCodes<CampaignKind> CAMPAIGN_KINDS = new EnumCodes<>(CampaignKind.class);
  private static final EnumCodes<CounterpartKind> COUNTERPART_KINDS = new EnumCodes<>(CounterpartKind.class);
  private static final EnumCodes<PublicationFormat> FORMAT_CODES = new EnumCodes<>(PublicationFormat.class);
  private static final EnumCodes<ReadingPlatform> READING_PLATFORMS = new EnumCodes<>(ReadingPlatform.class);

  /** For each type, the columns its rows must leave blank. */
  private static final Map<ActivityType, ActivityColumn[]> NOT_APPLICABLE = new EnumMap<>(ActivityType.class);

  static {
    for (ActivityType t : ActivityType.values()) {
      NOT_APPLICABLE.put(
          t,
          EnumSet.allOf(ActivityColumn.class).stream()
              .filter(c -> !c.appliesTo(t))
              .toArray(ActivityColumn[]::new));
    }
  }

  /** "bulletin rows" and so on, for messages, made once rather than per row. */
  private static final String[] FOR_TYPE = new String[ActivityType.values().length];

  static {
    for (ActivityType t : ActivityType.values()) {
      FOR_TYPE[t.ordinal()] = t.code() + " rows";
    }
  }

  private static final int UNKNOWN_THEMES_KEPT = 1_024;

  private static final int UNITS_KEPT = 1_024;

  private final Map<String, Theme> themes;
  /** Units seen, by id (up to a bound): units repeat on most rows. */
  private final Map<String, OrgUnit> units = new ConcurrentHashMap<>();
  /** Themes made up for ids outside the registry, kept (up to a bound) so that each id is validated once. */
  private final Map<String, Theme> unknownThemes = new ConcurrentHashMap<>();

  /** A schema that resolves theme ids against the well-known themes and {@code declared} (which win). */
  ActivitySchema(Collection<Theme> declared) {
    Map<String, Theme> registry = new HashMap<>();
    for (Theme t : Theme.wellKnown()) {
      registry.put(t.id(), t);
    }
    for (Theme t : declared) {
      registry.put(t.id(), t);
    }
    this.themes = Map.copyOf(registry);
  }

  @Override
  public String noun() {
    return "activity";
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public Set<String> required() {
    return REQUIRED;
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Activity decode(Row r) {
    String typeCell = r.get(TYPE.index);
    if (typeCell.isBlank()) {
      throw CellProblem.inCell(TYPE.column, "an activity type (one of " + typeList() + ")", typeCell);
    }
    ActivityType type = TYPES.parse(TYPE.column, typeCell);
    for (ActivityColumn c : NOT_APPLICABLE.get(type)) {
      String v = r.get(c.index);
      if (!v.isEmpty()) {
        throw CellProblem.inCell(
            c.column, "a blank cell in a " + type.code() + " row (the column is for " + c.typeCodes() + ")", v);
      }
    }
    String id = required(r, ID, "every activity");
    LocalDate date = Parse.date(DATE.column, required(r, DATE, "every activity"));
    Optional<ZonedDateTime> time = optional(r, TIME).map(v -> Parse.time(TIME.column, v));
    OrgUnit unit = unit(required(r, UNIT_ID, "every activity"), required(r, UNIT_NAME, "every activity"));
    List<Theme> themeList = themes(r.get(THEMES.index));
    Optional<String> title = optional(r, TITLE);
    Optional<String> language = optional(r, LANGUAGE).map(String::strip);
    Optional<URI> url = optional(r, URL).map(v -> Parse.uri(URL.column, v));
    String forType = FOR_TYPE[type.ordinal()];
    switch (type) {
      case MEDIA_COVERAGE:
        return MediaCoverage.builder()
            .id(id).date(date).time(time).unit(unit).addAllThemes(themeList).title(title).language(language).url(url)
            .outlet(required(r, OUTLET, forType))
            .outletKind(OUTLET_KINDS.parse(OUTLET_KIND.column, required(r, OUTLET_KIND, forType)))
            .foreign(Parse.bool(FOREIGN.column, r.get(FOREIGN.index)))
            .build();
      case TWEET:
        return Tweet.builder()
            .id(id).date(date).time(time).unit(unit).addAllThemes(themeList).title(title).language(language).url(url)
            .platform(SOCIAL_PLATFORMS.parse(PLATFORM.column, required(r, PLATFORM, forType)))
            .account(required(r, ACCOUNT, forType))
            .postId(optional(r, POST_ID))
            .views(optionalCount(r, VIEWS))
            .likes(optionalCount(r, LIKES))
            .shares(optionalCount(r, SHARES))
            .build();
      case BULLETIN:
        return Bulletin.builder()
            .id(id).date(date).time(time).unit(unit).addAllThemes(themeList).title(title).language(language).url(url)
            .kind(BULLETIN_KINDS.parse(KIND.column, required(r, KIND, forType)))
            .claim(claim(r))
            .build();
      case COMMUNITY_MEETING:
        return CommunityMeeting.builder()
            .id(id).date(date).time(time).unit(unit).addAllThemes(themeList).title(title).language(language).url(url)
            .addAllCounterparts(counterparts(r.get(COUNTERPARTS.index)))
            .addAllTopics(list(r.get(TOPICS.index)))
            .build();
      case MEDIA_PRODUCTION:
        return MediaProduction.builder()
            .id(id).date(date).time(time).unit(unit).addAllThemes(themeList).title(title).language(language).url(url)
            .kind(PRODUCTION_KINDS.parse(KIND.column, required(r, KIND, forType)))
            .partnerOutlet(optional(r, PARTNER_OUTLET))
            .build();
      case PUBLICATION_ISSUE:
        return PublicationIssue.builder()
            .id(id).date(date).time(time).unit(unit).addAllThemes(themeList).title(title).language(language).url(url)
            .publication(required(r, PUBLICATION, forType))
            .number(Parse.smallCount(NUMBER.column, required(r, NUMBER, forType)))
            .addAllFormats(codes(FORMAT_CODES, FORMATS, r.get(FORMATS.index)))
            .addAllPlatforms(codes(READING_PLATFORMS, PLATFORMS, r.get(PLATFORMS.index)))
            .build();
      case OUTREACH_INITIATIVE:
        return OutreachInitiative.builder()
            .id(id).date(date).time(time).unit(unit).addAllThemes(themeList).title(title).language(language).url(url)
            .beneficiaries(Parse.count(BENEFICIARIES.column, required(r, BENEFICIARIES, forType)))
            .build();
      case CAMPAIGN:
        return Campaign.builder()
            .id(id).date(date).time(time).unit(unit).addAllThemes(themeList).title(title).language(language).url(url)
            .kind(CAMPAIGN_KINDS.parse(KIND.column, required(r, KIND, forType)))
            .participants(Parse.count(PARTICIPANTS.column, required(r, PARTICIPANTS, forType)))
            .build();
      default:
        throw new AssertionError("ActivityType not handled: " + type);
    }
  }

  /** The unit with this id and name, built and checked once while it is among the units kept. */
  private OrgUnit unit(String id, String name) {
    OrgUnit known = units.get(id);
    if (known != null && known.name().equals(name)) {
      return known;
    }
    OrgUnit made = OrgUnit.of(id, name);
    if (units.size() < UNITS_KEPT) {
      units.put(id, made);
    }
    return made;
  }

  private static String typeList() {
    StringBuilder sb = new StringBuilder();
    for (ActivityType t : ActivityType.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(t.code());
    }
    return sb.toString();
  }

  private static String required(Row r, ActivityColumn c, String forWhat) {
    String v = r.get(c.index);
    if (v.isBlank()) {
      throw CellProblem.inCell(c.column, "a value (required for " + forWhat + ")", v);
    }
    return v;
  }

  private static Optional<String> optional(Row r, ActivityColumn c) {
    String v = r.get(c.index);
    return v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  private static OptionalLong optionalCount(Row r, ActivityColumn c) {
    String v = r.get(c.index);
    return v.isBlank() ? OptionalLong.empty() : OptionalLong.of(Parse.count(c.column, v));
  }

  private List<Theme> themes(String cell) {
    if (cell.isBlank()) {
      return List.of();
    }
    List<String> ids = Cells.splitList(cell);
    List<Theme> out = new ArrayList<>(ids.size());
    for (String raw : ids) {
      String id = raw.strip();
      Theme known = themes.get(id);
      if (known == null) {
        known = unknownThemes.get(id);
      }
      if (known != null) {
        out.add(known);
        continue;
      }
      try {
        Theme made = Theme.of(id, Labels.of(id, id, id));
        if (unknownThemes.size() < UNKNOWN_THEMES_KEPT) {
          unknownThemes.putIfAbsent(id, made);
        }
        out.add(made);
      } catch (IllegalArgumentException e) {
        throw CellProblem.inCell(
            THEMES.column,
            "theme ids (lower case letters and digits joined by '_', '-' or '.') separated by '|'",
            cell);
      }
    }
    return out;
  }

  private static Optional<Claim> claim(Row r) {
    Optional<String> text = optional(r, CLAIM_TEXT);
    Optional<String> circulatedOn = optional(r, CLAIM_CIRCULATED_ON);
    Optional<URI> appearance = optional(r, CLAIM_APPEARANCE).map(v -> Parse.uri(CLAIM_APPEARANCE.column, v));
    Optional<LocalDate> firstSeen = optional(r, CLAIM_FIRST_SEEN).map(v -> Parse.date(CLAIM_FIRST_SEEN.column, v));
    if (text.isEmpty()) {
      if (circulatedOn.isPresent() || appearance.isPresent() || firstSeen.isPresent()) {
        throw CellProblem.inCell(CLAIM_TEXT.column, "the claim's text when other claim columns are filled", "");
      }
      return Optional.empty();
    }
    return Optional.of(
        Claim.builder()
            .text(text.get())
            .circulatedOn(circulatedOn)
            .appearance(appearance)
            .firstSeen(firstSeen)
            .build());
  }

  private static Set<Counterpart> counterparts(String cell) {
    Set<Counterpart> out = new LinkedHashSet<>();
    if (cell.isBlank()) {
      return out;
    }
    for (String item : Cells.splitRaw(cell, Cells.LIST_SEPARATOR, Integer.MAX_VALUE)) {
      List<String> parts = Cells.splitRaw(item, Cells.PART_SEPARATOR, 3);
      if (parts.size() != 3) {
        throw CellProblem.inCell(
            COUNTERPARTS.column,
            "counterparts as id:kind:name separated by '|' (escape \\, | and : in ids with \\)",
            cell);
      }
      out.add(
          Counterpart.of(
              Cells.unescape(parts.get(0)),
              Cells.unescape(parts.get(2)),
              COUNTERPART_KINDS.parse(COUNTERPARTS.column, Cells.unescape(parts.get(1)))));
    }
    return out;
  }

  private static List<String> list(String cell) {
    return cell.isBlank() ? List.of() : Cells.splitList(cell);
  }

  private static <E extends Enum<E> & Labelled> List<E> codes(EnumCodes<E> codes, ActivityColumn c, String cell) {
    List<String> items = list(cell);
    List<E> out = new ArrayList<>(items.size());
    for (String item : items) {
      out.add(codes.parse(c.column, item));
    }
    return out;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public void encode(Activity a, String[] cells) {
    java.util.Arrays.fill(cells, "");
    cells[TYPE.index] = a.type().code();
    cells[ID.index] = a.id();
    cells[DATE.index] = a.date().toString();
    a.time().ifPresent(t -> cells[TIME.index] = Parse.TIME.format(t));
    cells[UNIT_ID.index] = a.unit().id();
    cells[UNIT_NAME.index] = a.unit().name();
    cells[THEMES.index] = joinThemes(a.themes());
    cells[TITLE.index] = a.title().orElse("");
    cells[LANGUAGE.index] = a.language().orElse("");
    cells[URL.index] = a.url().map(URI::toString).orElse("");
    if (a instanceof MediaCoverage) {
      MediaCoverage m = (MediaCoverage) a;
      cells[OUTLET.index] = m.outlet();
      cells[OUTLET_KIND.index] = m.outletKind().code();
      cells[FOREIGN.index] = Boolean.toString(m.foreign());
    } else if (a instanceof Tweet) {
      Tweet t = (Tweet) a;
      cells[PLATFORM.index] = t.platform().code();
      cells[ACCOUNT.index] = t.account();
      cells[POST_ID.index] = t.postId().orElse("");
      cells[VIEWS.index] = count(t.views());
      cells[LIKES.index] = count(t.likes());
      cells[SHARES.index] = count(t.shares());
    } else if (a instanceof Bulletin) {
      Bulletin b = (Bulletin) a;
      cells[KIND.index] = b.kind().code();
      b.claim()
          .ifPresent(
              c -> {
                cells[CLAIM_TEXT.index] = c.text();
                cells[CLAIM_CIRCULATED_ON.index] = c.circulatedOn().orElse("");
                cells[CLAIM_APPEARANCE.index] = c.appearance().map(URI::toString).orElse("");
                cells[CLAIM_FIRST_SEEN.index] = c.firstSeen().map(LocalDate::toString).orElse("");
              });
    } else if (a instanceof CommunityMeeting) {
      CommunityMeeting m = (CommunityMeeting) a;
      cells[COUNTERPARTS.index] = joinCounterparts(m.counterparts());
      cells[TOPICS.index] = joinText(m.topics());
    } else if (a instanceof MediaProduction) {
      MediaProduction p = (MediaProduction) a;
      cells[KIND.index] = p.kind().code();
      cells[PARTNER_OUTLET.index] = p.partnerOutlet().orElse("");
    } else if (a instanceof PublicationIssue) {
      PublicationIssue p = (PublicationIssue) a;
      cells[PUBLICATION.index] = p.publication();
      cells[NUMBER.index] = Integer.toString(p.number());
      cells[FORMATS.index] = joinCodes(p.formats());
      cells[PLATFORMS.index] = joinCodes(p.platforms());
    } else if (a instanceof OutreachInitiative) {
      cells[BENEFICIARIES.index] = Long.toString(((OutreachInitiative) a).beneficiaries());
    } else if (a instanceof Campaign) {
      Campaign c = (Campaign) a;
      cells[KIND.index] = c.kind().code();
      cells[PARTICIPANTS.index] = Long.toString(c.participants());
    } else {
      throw new AssertionError("Activity type not handled: " + a.type());
    }
  }

  private static String count(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "";
  }

  private static String joinThemes(Set<Theme> values) {
    StringBuilder sb = new StringBuilder();
    for (Theme t : values) {
      if (sb.length() > 0) {
        sb.append(Cells.LIST_SEPARATOR);
      }
      Cells.appendEscaped(sb, t.id(), false);
    }
    return sb.toString();
  }

  private static String joinText(List<String> values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(Cells.LIST_SEPARATOR);
      }
      Cells.appendEscaped(sb, values.get(i), false);
    }
    return sb.toString();
  }

  private static String joinCodes(Set<? extends Labelled> values) {
    StringBuilder sb = new StringBuilder();
    for (Labelled v : values) {
      if (sb.length() > 0) {
        sb.append(Cells.LIST_SEPARATOR);
      }
      sb.append(v.code());
    }
    return sb.toString();
  }

  private static String joinCounterparts(Set<Counterpart> values) {
    StringBuilder sb = new StringBuilder();
    for (Counterpart c : values) {
      if (sb.length() > 0) {
        sb.append(Cells.LIST_SEPARATOR);
      }
      Cells.appendEscaped(sb, c.id(), true);
      sb.append(Cells.PART_SEPARATOR).append(c.kind().code()).append(Cells.PART_SEPARATOR);
      Cells.appendEscaped(sb, c.name(), false);
    }
    return sb.toString();
  }
}
