package io.hasila.testkit;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CampaignKind;
import io.hasila.model.Claim;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Dataset;
import io.hasila.model.ImmutableBulletin;
import io.hasila.model.ImmutableCampaign;
import io.hasila.model.ImmutableCommunityMeeting;
import io.hasila.model.ImmutableMediaCoverage;
import io.hasila.model.ImmutableMediaProduction;
import io.hasila.model.ImmutableOutreachInitiative;
import io.hasila.model.ImmutablePublicationIssue;
import io.hasila.model.ImmutableTweet;
import io.hasila.model.Institution;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of valid, random values of every Hasila model type.
 *
 * <p>Values mix Arabic, French and English text, text that starts with spreadsheet formula
 * characters or holds delimiters, quotes and line breaks, edge dates (leap days, year and century
 * boundaries) and empty optionals. Counterparts, units and themes come from small pools so that
 * meetings share counterparts and groupings have several members. Every generator is stateless
 * and thread safe; all randomness comes from the {@link Random} passed in.
 */
public final class HasilaGenerators {
  private static final List<String> WORDS =
      List.of(
          "بلاغ",
          "الأمن الوطني",
          "حالة الطوارئ الصحية",
          "مكافحة الجريمة",
          "communiqué",
          "sûreté nationale",
          "état d'urgence",
          "Casablanca-Settat",
          "press briefing",
          "road safety",
          "\"quoted\"",
          "a, b; c",
          "=SUM(A1:A2)",
          "+212",
          "-minus",
          "@mention",
          "line\nbreak",
          "tab\there",
          "crlf\r\nline",
          "ٱلشُّرْطَة",
          "é à ç œ",
          "😀 emoji");

  private static final List<OrgUnit> UNITS =
      List.of(
          OrgUnit.of("dgsn", "المديرية العامة للأمن الوطني"),
          OrgUnit.of("casablanca", "Préfecture de police de Casablanca"),
          OrgUnit.of("rabat", "ولاية أمن الرباط"),
          OrgUnit.of("marrakech", "Préfecture de police de Marrakech"),
          OrgUnit.of("fes", "ولاية أمن فاس"),
          OrgUnit.of("tanger", "Préfecture de police de Tanger"),
          OrgUnit.of("laayoune", "ولاية أمن العيون"));

  private static final List<Theme> CUSTOM_THEMES =
      List.of(
          Theme.of("road_safety", Labels.of("السلامة الطرقية", "sécurité routière", "road safety")),
          Theme.of("cyber.crime", Labels.of("الجريمة الإلكترونية", "cybercriminalité", "cybercrime")));

  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Africa/Casablanca"), ZoneId.of("UTC"), ZoneId.of("Europe/Paris"), ZoneId.of("Pacific/Kiritimati"));

  private static final List<LocalDate> EDGE_DATES =
      List.of(
          LocalDate.of(2020, 1, 1),
          LocalDate.of(2020, 2, 29),
          LocalDate.of(2020, 3, 20),
          LocalDate.of(2020, 12, 31),
          LocalDate.of(2019, 12, 31),
          LocalDate.of(2000, 2, 29),
          LocalDate.of(1999, 12, 31),
          LocalDate.of(2021, 1, 4));

  private static final int COUNTERPART_POOL = 40;

  private HasilaGenerators() {}

  /** Activities of every type, in roughly equal shares. */
  public static Generator<Activity> activities() {
    List<Generator<? extends Activity>> all =
        List.of(
            mediaCoverages(),
            tweets(),
            bulletins(),
            communityMeetings(),
            mediaProductions(),
            publicationIssues(),
            outreachInitiatives(),
            campaigns());
    return r -> all.get(r.nextInt(all.size())).next(r);
  }

  /** Activities of one type. */
  public static Generator<Activity> activities(ActivityType type) {
    switch (type) {
      case MEDIA_COVERAGE:
        return mediaCoverages().map(a -> a);
      case TWEET:
        return tweets().map(a -> a);
      case BULLETIN:
        return bulletins().map(a -> a);
      case COMMUNITY_MEETING:
        return communityMeetings().map(a -> a);
      case MEDIA_PRODUCTION:
        return mediaProductions().map(a -> a);
      case PUBLICATION_ISSUE:
        return publicationIssues().map(a -> a);
      case OUTREACH_INITIATIVE:
        return outreachInitiatives().map(a -> a);
      case CAMPAIGN:
        return campaigns().map(a -> a);
      default:
        throw new IllegalArgumentException("ActivityType not handled: " + type);
    }
  }

  /** Lists of up to {@code maxSize} activities with distinct ids. */
  public static Generator<List<Activity>> activityLists(int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must not be negative but was: " + maxSize);
    }
    Generator<Activity> one = activities();
    return r -> {
      int n = r.nextInt(maxSize + 1);
      List<Activity> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(withId(one.next(r), "act-" + i + "-" + Long.toHexString(r.nextLong())));
      }
      return out;
    };
  }

  /** Media coverages for outlets of every kind, foreign and national. */
  public static Generator<MediaCoverage> mediaCoverages() {
    return r -> {
      ImmutableMediaCoverage.Builder b = MediaCoverage.builder();
      common(r, b::id, b::date, b::time, b::unit, b::addAllThemes, b::title, b::language, b::url);
      return b.outlet(text(r)).outletKind(pick(r, OutletKind.values())).foreign(r.nextBoolean()).build();
    };
  }

  /** Posts on every platform, with and without engagement counts. */
  public static Generator<Tweet> tweets() {
    return r -> {
      ImmutableTweet.Builder b = Tweet.builder();
      common(r, b::id, b::date, b::time, b::unit, b::addAllThemes, b::title, b::language, b::url);
      b.platform(pick(r, Platform.values())).account(pick(r, List.of("@DGSN_MAROC", "DGSN.Maroc", "@police_ma", "الأمن الوطني")));
      if (r.nextBoolean()) {
        b.postId(Long.toString(r.nextLong() & Long.MAX_VALUE));
      }
      if (r.nextBoolean()) {
        b.views(count(r));
      }
      if (r.nextBoolean()) {
        b.likes(count(r));
      }
      if (r.nextBoolean()) {
        b.shares(count(r));
      }
      return b.build();
    };
  }

  /** Bulletins of every kind; rebuttals sometimes carry the claim they answer. */
  public static Generator<Bulletin> bulletins() {
    return r -> {
      ImmutableBulletin.Builder b = Bulletin.builder();
      LocalDate date = common(r, b::id, b::date, b::time, b::unit, b::addAllThemes, b::title, b::language, b::url);
      BulletinKind kind = pick(r, BulletinKind.values());
      b.kind(kind);
      if (kind == BulletinKind.REBUTTAL && r.nextBoolean()) {
        b.claim(claim(r, date));
      }
      return b.build();
    };
  }

  /** Meetings with one to six counterparts drawn from a shared pool, so meetings overlap. */
  public static Generator<CommunityMeeting> communityMeetings() {
    return r -> {
      ImmutableCommunityMeeting.Builder b = CommunityMeeting.builder();
      common(r, b::id, b::date, b::time, b::unit, b::addAllThemes, b::title, b::language, b::url);
      int n = 1 + r.nextInt(6);
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < n; i++) {
        Counterpart c = counterpart(r);
        if (seen.add(c.id())) {
          b.addCounterparts(c);
        }
      }
      int topics = r.nextInt(3);
      for (int i = 0; i < topics; i++) {
        b.addTopics(text(r));
      }
      return b.build();
    };
  }

  /** Reportages and other productions, with and without a partner outlet. */
  public static Generator<MediaProduction> mediaProductions() {
    return r -> {
      ImmutableMediaProduction.Builder b = MediaProduction.builder();
      common(r, b::id, b::date, b::time, b::unit, b::addAllThemes, b::title, b::language, b::url);
      b.kind(pick(r, ProductionKind.values()));
      if (r.nextBoolean()) {
        b.partnerOutlet(text(r));
      }
      return b.build();
    };
  }

  /** Issues of a periodical in print, electronic or both. */
  public static Generator<PublicationIssue> publicationIssues() {
    return r -> {
      ImmutablePublicationIssue.Builder b = PublicationIssue.builder();
      common(r, b::id, b::date, b::time, b::unit, b::addAllThemes, b::title, b::language, b::url);
      b.publication(pick(r, List.of("مجلة الشرطة", "Revue de la police", text(r)))).number(1 + r.nextInt(500));
      Set<PublicationFormat> formats = EnumSet.noneOf(PublicationFormat.class);
      formats.add(pick(r, PublicationFormat.values()));
      if (r.nextBoolean()) {
        formats.add(pick(r, PublicationFormat.values()));
      }
      b.addAllFormats(formats);
      if (formats.contains(PublicationFormat.ELECTRONIC)) {
        for (ReadingPlatform p : ReadingPlatform.values()) {
          if (r.nextBoolean()) {
            b.addPlatforms(p);
          }
        }
      }
      return b.build();
    };
  }

  /** Outreach initiatives with zero to a few thousand beneficiaries. */
  public static Generator<OutreachInitiative> outreachInitiatives() {
    return r -> {
      ImmutableOutreachInitiative.Builder b = OutreachInitiative.builder();
      common(r, b::id, b::date, b::time, b::unit, b::addAllThemes, b::title, b::language, b::url);
      return b.beneficiaries(r.nextInt(5) == 0 ? 0 : r.nextInt(5_000)).build();
    };
  }

  /** Campaigns of every kind with zero to a few thousand participants. */
  public static Generator<Campaign> campaigns() {
    return r -> {
      ImmutableCampaign.Builder b = Campaign.builder();
      common(r, b::id, b::date, b::time, b::unit, b::addAllThemes, b::title, b::language, b::url);
      return b.kind(pick(r, CampaignKind.values())).participants(r.nextInt(5) == 0 ? 0 : r.nextInt(5_000)).build();
    };
  }

  /** Snapshots of a handful of accounts, with and without a cumulative post count. */
  public static Generator<AudienceSnapshot> audienceSnapshots() {
    return r -> {
      var b =
          AudienceSnapshot.builder()
              .platform(pick(r, Platform.values()))
              .account(pick(r, List.of("@DGSN_MAROC", "DGSN.Maroc", "@police_ma")))
              .date(date(r))
              .followers(r.nextInt(10) == 0 ? 0 : (long) r.nextInt(Integer.MAX_VALUE));
      if (r.nextBoolean()) {
        b.posts(r.nextInt(100_000));
      }
      return b.build();
    };
  }

  /** Well-known and custom themes. */
  public static Generator<Theme> themes() {
    List<Theme> all = new ArrayList<>(Theme.wellKnown());
    all.addAll(CUSTOM_THEMES);
    return r -> all.get(r.nextInt(all.size()));
  }

  /** Units from a pool of regional police prefectures and the directorate. */
  public static Generator<OrgUnit> orgUnits() {
    return r -> UNITS.get(r.nextInt(UNITS.size()));
  }

  /** Counterparts of every kind from a pool, so the same id comes back with the same name and kind. */
  public static Generator<Counterpart> counterparts() {
    return HasilaGenerators::counterpart;
  }

  /** Whole datasets: an institution, up to 30 activities with unique ids and snapshots of distinct account-days. */
  public static Generator<Dataset> datasets() {
    Generator<List<Activity>> activities = activityLists(30);
    Generator<AudienceSnapshot> snapshots = audienceSnapshots();
    Generator<Theme> themes = themes();
    return r -> {
      var b =
          Dataset.builder()
              .institution(
                  Institution.builder()
                      .id(pick(r, List.of("dgsn", "police.ma", "ministry-1")))
                      .name(text(r))
                      .zone(pick(r, ZONES))
                      .build())
              .addAllActivities(activities.next(r));
      Set<String> keys = new LinkedHashSet<>();
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) {
        AudienceSnapshot s = snapshots.next(r);
        if (keys.add(s.platform() + " " + s.account() + " " + s.date())) {
          b.addSnapshots(s);
        }
      }
      int t = r.nextInt(3);
      for (int i = 0; i < t; i++) {
        b.addThemes(themes.next(r));
      }
      return b.build();
    };
  }

  // --- shared pieces -------------------------------------------------------------------------

  /** Setters every activity builder has; lets one method fill the common fields of all of them. */
  @FunctionalInterface
  private interface Setter<T> {
    Object set(T value);
  }

  private static LocalDate common(
      Random r,
      Setter<String> id,
      Setter<LocalDate> date,
      Setter<ZonedDateTime> time,
      Setter<OrgUnit> unit,
      Setter<Iterable<Theme>> themes,
      Setter<String> title,
      Setter<String> language,
      Setter<URI> url) {
    id.set(pick(r, List.of("a", "ب-", "act-", "2020/")) + Long.toString(r.nextLong() & Long.MAX_VALUE, 36));
    LocalDate d = date(r);
    date.set(d);
    if (r.nextInt(3) == 0) {
      LocalTime t = LocalTime.of(r.nextInt(24), r.nextInt(60), r.nextInt(60));
      ZoneId zone = pick(r, ZONES);
      ZonedDateTime zdt = ZonedDateTime.of(d, t, zone);
      // A wall-clock time in a daylight-saving gap moves forward; keep the date consistent.
      if (zdt.toLocalDate().equals(d)) {
        time.set(zdt);
      }
    }
    unit.set(orgUnits().next(r));
    Set<Theme> chosen = new LinkedHashSet<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      chosen.add(themes().next(r));
    }
    themes.set(chosen);
    if (r.nextBoolean()) {
      title.set(text(r));
    }
    if (r.nextBoolean()) {
      language.set(pick(r, List.of("ar", "fr", "en", "ar-MA", "fr-MA", "zgh")));
    }
    if (r.nextInt(3) == 0) {
      url.set(URI.create("https://www.dgsn.gov.ma/news/" + (r.nextInt(100_000)) + "?lang=" + pick(r, List.of("ar", "fr"))));
    }
    return d;
  }

  private static Claim claim(Random r, LocalDate rebuttalDate) {
    var b = Claim.builder().text(text(r));
    if (r.nextBoolean()) {
      b.circulatedOn(pick(r, List.of("Facebook", "WhatsApp", "YouTube", "موقع إلكتروني")));
    }
    if (r.nextBoolean()) {
      b.appearance(URI.create("https://example.org/post/" + r.nextInt(1_000_000)));
    }
    if (r.nextBoolean()) {
      b.firstSeen(rebuttalDate.minusDays(r.nextInt(10)));
    }
    return b.build();
  }

  private static Counterpart counterpart(Random r) {
    int i = r.nextInt(COUNTERPART_POOL);
    CounterpartKind kind = CounterpartKind.values()[i % CounterpartKind.values().length];
    String name = (i % 2 == 0 ? "جمعية الأمل " : "Association Nour ") + i;
    return Counterpart.of("cp-" + i, name, kind);
  }

  static LocalDate date(Random r) {
    if (r.nextInt(4) == 0) {
      return pick(r, EDGE_DATES);
    }
    return LocalDate.of(2019, 1, 1).plusDays(r.nextInt(3 * 365));
  }

  /** A piece of text of one to four words from a multilingual pool with awkward characters. */
  static String text(Random r) {
    int n = 1 + r.nextInt(4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(pick(r, WORDS));
    }
    return sb.toString();
  }

  private static long count(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return 0;
      case 1:
        return Long.MAX_VALUE;
      default:
        return r.nextInt(1_000_000);
    }
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... values) {
    return values[r.nextInt(values.length)];
  }

  private static Activity withId(Activity a, String id) {
    switch (a.type()) {
      case MEDIA_COVERAGE:
        return ((ImmutableMediaCoverage) a).withId(id);
      case TWEET:
        return ((ImmutableTweet) a).withId(id);
      case BULLETIN:
        return ((ImmutableBulletin) a).withId(id);
      case COMMUNITY_MEETING:
        return ((ImmutableCommunityMeeting) a).withId(id);
      case MEDIA_PRODUCTION:
        return ((ImmutableMediaProduction) a).withId(id);
      case PUBLICATION_ISSUE:
        return ((ImmutablePublicationIssue) a).withId(id);
      case OUTREACH_INITIATIVE:
        return ((ImmutableOutreachInitiative) a).withId(id);
      case CAMPAIGN:
        return ((ImmutableCampaign) a).withId(id);
      default:
        throw new IllegalArgumentException("ActivityType not handled: " + a.type());
    }
  }
}
