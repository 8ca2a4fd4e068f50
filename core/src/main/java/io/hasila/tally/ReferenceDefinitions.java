package io.hasila.tally;

import static io.hasila.tally.Selector.and;
import static io.hasila.tally.Selector.bulletinKind;
import static io.hasila.tally.Selector.campaignKind;
import static io.hasila.tally.Selector.ofType;
import static io.hasila.tally.Selector.or;
import static io.hasila.tally.Selector.platform;
import static io.hasila.tally.Selector.productionKind;
import static io.hasila.tally.Selector.theme;

import io.hasila.aggregate.Quantity;
import io.hasila.model.ActivityType;
import io.hasila.model.BulletinKind;
import io.hasila.model.CampaignKind;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import io.hasila.model.Platform;
import io.hasila.model.ProductionKind;
import io.hasila.model.Theme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference case: the Moroccan national police's communication tally for 2020, as a tally
 * definition and as the tallies its source publishes for 2020 and 2019.
 *
 * <p>{@link #police2020()} is the model example of a {@link TallyDefinition}: every row of the
 * reference table ({@code reference/2020-tally.md}) is a category, with the measure that would
 * compute it from activity records. The published figures live here too, in core rather than in
 * test code, because they are facts of the reference case that tests, the examples module and
 * users' own checks all reproduce; keeping one copy keeps them from drifting apart.
 */
public final class ReferenceDefinitions {

  /** The total of communication activities (4,202), an independent total checked against its parts. */
  public static final String COMMUNICATION = "communication";
  /** Media coverages for outlets (1,385). */
  public static final String MEDIA_COVERAGES = "communication.media_coverages";
  /** Tweets and posts on the Twitter and Facebook accounts (689). */
  public static final String POSTS = "communication.posts";
  /** Rebuttals, "statements of truth" (152). */
  public static final String REBUTTALS = "communication.rebuttals";
  /** Communiqués, news items and press files (1,976). */
  public static final String BULLETINS = "communication.bulletins";
  /** Followers of the official Twitter account (225,191 at the end of 2020). */
  public static final String TWITTER_FOLLOWERS = "social.twitter_followers";
  /** Tweets published on the Twitter account in the year (771 in 2020, 358 in 2019). */
  public static final String TWITTER_TWEETS = "social.twitter_tweets";
  /** Subscribers of the official Facebook account (191,903 at the end of 2020, 20,010 at the end of 2019). */
  public static final String FACEBOOK_SUBSCRIBERS = "social.facebook_subscribers";

  private static final TallyDefinition POLICE_2020 = buildPolice2020(Selector.all());

  private ReferenceDefinitions() {}

  /** The national police directorate (DGSN), in Morocco's time zone. */
  public static Institution police() {
    return Institution.of("dgsn", "المديرية العامة للأمن الوطني", ZoneId.of("Africa/Casablanca"));
  }

  /**
   * The model example: the definition of the national police's 2020 communication tally, one
   * category per row of the reference table.
   *
   * <ul>
   *   <li>{@code meetings.*} (rows 1-2): distinct civil associations and union bodies met, by id.
   *   <li>{@code communication} (row 3): the 4,202 activities, counted independently and checked
   *       against its four parts (rows 5-8), which partition it.
   *   <li>{@code health_emergency.*} (rows 9-13): a breakdown by theme whose lines overlap each
   *       other and the communication lines, so it is not checked as a sum; information vigilance
   *       (row 13) is a programme and has no value.
   *   <li>{@code social.*} (rows 14-16): followers are running totals read from the latest audience
   *       snapshot; tweets per year count the Tweet activities on Twitter (not the difference of the
   *       account's cumulative post counts), so they need a full activity log of the account.
   *   <li>rows 17-19: magazine issues, children welcomed, blood donors.
   * </ul>
   *
   * <p>The source's 771 tweets on the Twitter account exceed its 689 posts on Twitter and Facebook
   * together: the 689 count only the posts among the security-media services' communication
   * activities. This definition counts every post; {@link #police2020(Selector)} limits the
   * communication lines to the security-media services, which reproduces both figures from one
   * activity log.
   */
  public static TallyDefinition police2020() {
    return POLICE_2020;
  }

  /**
   * The 2020 definition with the communication activities (row 3 and its parts, rows 5-8) limited
   * to those of the security-media services, e.g. {@code Selector.unit("casablanca.media", ...)}.
   *
   * <p>The source counts as communication activities only the work of the services in charge of
   * security media; the account's other tweets count in the 771 tweets but not in the 689 posts.
   * Use this variant when the activity log also holds other units' work; the other categories are
   * those of {@link #police2020()}, with the same ids, so the two compare category by category.
   */
  public static TallyDefinition police2020(Selector securityMediaServices) {
    Objects.requireNonNull(securityMediaServices, "securityMediaServices");
    return securityMediaServices.equals(Selector.all()) ? POLICE_2020 : buildPolice2020(securityMediaServices);
  }

  /** The source of the published figures: the press report of the directorate's 2020 tally. */
  public static Source source2020() {
    return Source.builder()
        .title(
            "National security in 2020: the police directorate's annual communication tally"
                + " (Arabic-language press report of its communiqué)")
        .publisher("Direction générale de la Sûreté nationale, relayed by the Moroccan press")
        .date(LocalDate.of(2020, 12, 31))
        .note(
            "The report calls the communiqué 'today, Thursday' and 2020 'the current year'; the"
                + " date is inferred as the last Thursday of 2020 and is approximate.")
        .build();
  }

  /** The figures the source publishes for 2020, by category id, in definition order. */
  public static Map<String, Long> publishedValues2020() {
    Map<String, Long> v = new LinkedHashMap<>();
    v.put("meetings.civil_associations", 11_025L);
    v.put("meetings.union_bodies", 104L);
    v.put(COMMUNICATION, 4_202L);
    v.put(MEDIA_COVERAGES, 1_385L);
    v.put(POSTS, 689L);
    v.put(REBUTTALS, 152L);
    v.put(BULLETINS, 1_976L);
    v.put("health_emergency.communiques", 445L);
    v.put("health_emergency.productions", 797L);
    v.put("health_emergency.rebuttals", 92L);
    v.put("health_emergency.news", 621L);
    v.put(TWITTER_FOLLOWERS, 225_191L);
    v.put(TWITTER_TWEETS, 771L);
    v.put(FACEBOOK_SUBSCRIBERS, 191_903L);
    v.put("police_magazine_issues", 4L);
    v.put("children_welcomed", 17L);
    v.put("blood_donors", 3_683L);
    return v;
  }

  /** The 2020 tally as published: every figure of the reference table, marked published. */
  public static Tally published2020() {
    return Tally.published(
        police2020(), police(), DateRange.ofYear(2020), source2020(), publishedValues2020());
  }

  /**
   * The 2019 figures the same source gives for comparison: tweets (358) and Facebook subscribers
   * (20,010) as published, and Twitter followers as derived.
   *
   * <p>The source does not give the 2019 Twitter followers, only a rise of about 574% to 225,191;
   * the implied 33,411 is marked {@link Provenance.Derived derived}, never published, and is only as
   * precise as the rounded rate it comes from.
   */
  public static Tally published2019() {
    Source source = source2020();
    long followers2019 =
        BigDecimal.valueOf(225_191)
            .divide(BigDecimal.ONE.add(new BigDecimal("5.74")), 0, RoundingMode.HALF_UP)
            .longValueExact();
    return Tally.builder()
        .definition(police2020())
        .institution(police())
        .period(DateRange.ofYear(2019))
        .putFigures(
            TWITTER_FOLLOWERS,
            Figure.derived(
                followers2019,
                "225191 / (1 + 574 / 100), rounded half up to a whole number",
                List.of(
                    "2020 " + TWITTER_FOLLOWERS + " = 225191 (published)",
                    "rise of Twitter followers from 2019 to 2020 = about +574% (published)")))
        .putFigures(TWITTER_TWEETS, Figure.published(358, source))
        .putFigures(FACEBOOK_SUBSCRIBERS, Figure.published(20_010, source))
        .build();
  }

  private static TallyDefinition buildPolice2020(Selector services) {
    Selector coverages = bySecurityMedia(ofType(ActivityType.MEDIA_COVERAGE), services);
    Selector posts = bySecurityMedia(platform(Platform.TWITTER, Platform.FACEBOOK), services);
    Selector rebuttals = bySecurityMedia(bulletinKind(BulletinKind.REBUTTAL), services);
    Selector bulletins =
        bySecurityMedia(bulletinKind(BulletinKind.COMMUNIQUE, BulletinKind.NEWS, BulletinKind.PRESS_FILE), services);
    Selector meetings = ofType(ActivityType.COMMUNITY_MEETING);
    Selector health = theme(Theme.HEALTH_EMERGENCY);
    Selector fakeNews = theme(Theme.FAKE_NEWS);

    Category meetingsGroup =
        Category.builder()
            .id("meetings")
            .labels(
                Labels.of(
                    "الاجتماعات التنسيقية والتشاورية مع المجتمع المدني",
                    "réunions de coordination et de concertation avec la société civile",
                    "coordination and consultation meetings with civil society"))
            .measure(Measure.none())
            .note("Held by police districts and public-security services; the two kinds are not added up.")
            .addChildren(
                Category.of(
                    "meetings.civil_associations",
                    Labels.of("جمعيات مدنية", "associations civiles", "civil associations met"),
                    Measure.distinctCounterparts(CounterpartKind.CIVIL_ASSOCIATION, meetings)),
                Category.of(
                    "meetings.union_bodies",
                    Labels.of("هيئات نقابية محلية", "instances syndicales locales", "local union bodies met"),
                    Measure.distinctCounterparts(CounterpartKind.UNION_BODY, meetings)))
            .build();

    Category communication =
        Category.builder()
            .id(COMMUNICATION)
            .labels(
                Labels.of(
                    "الأنشطة التواصلية للمصالح المكلفة بالإعلام الأمني",
                    "activités de communication des services de communication sécuritaire",
                    "communication activities of the security-media services"))
            .measure(Measure.count(or(coverages, posts, rebuttals, bulletins)))
            .checkedTotal(true)
            .note("Published as an independent total; its four parts must add up to it exactly.")
            .addChildren(
                Category.of(
                    MEDIA_COVERAGES,
                    Labels.of(
                        "تغطيات إعلامية لفائدة المنابر الإعلامية",
                        "couvertures médiatiques pour les médias",
                        "media coverages for outlets"),
                    Measure.count(coverages)),
                Category.of(
                    POSTS,
                    Labels.of(
                        "تغريدات وتدوينات على تويتر وفايسبوك",
                        "tweets et publications sur Twitter et Facebook",
                        "tweets and posts on Twitter and Facebook"),
                    Measure.count(posts)),
                Category.of(
                    REBUTTALS,
                    Labels.of("بيانات حقيقة", "mises au point (démentis)", "rebuttals (statements of truth)"),
                    Measure.count(rebuttals)),
                Category.of(
                    BULLETINS,
                    Labels.of(
                        "بلاغات وأخبار وملفات صحفية",
                        "communiqués, informations et dossiers de presse",
                        "communiqués, news items and press files"),
                    Measure.count(bulletins)))
            .build();

    Category healthEmergency =
        Category.builder()
            .id("health_emergency")
            .labels(
                Labels.of(
                    "الإعلام الأمني خلال حالة الطوارئ الصحية",
                    "communication sécuritaire pendant l'état d'urgence sanitaire",
                    "security media during the health emergency"))
            .measure(Measure.none())
            .note("A breakdown by theme: its lines overlap each other and the communication lines, so they are not added up.")
            .addChildren(
                Category.of(
                    "health_emergency.communiques",
                    Labels.of(
                        "بلاغات صحفية حول حالة الطوارئ الصحية",
                        "communiqués sur l'état d'urgence sanitaire",
                        "communiqués on the health emergency"),
                    Measure.count(and(bulletinKind(BulletinKind.COMMUNIQUE), health))),
                Category.of(
                    "health_emergency.productions",
                    Labels.of(
                        "روبورتاجات ومواد إعلامية حول الحماية من كوفيد-19",
                        "reportages et produits médiatiques sur la protection contre la COVID-19",
                        "reportages and informational pieces on protection from COVID-19"),
                    Measure.count(
                        and(productionKind(ProductionKind.REPORTAGE, ProductionKind.INFORMATIONAL_PIECE), health))),
                Category.of(
                    "health_emergency.rebuttals",
                    Labels.of(
                        "بيانات حقيقة حول الجرائم المرتبطة بالجائحة",
                        "mises au point sur la criminalité liée à la pandémie",
                        "rebuttals on pandemic-related crime"),
                    Measure.count(and(bulletinKind(BulletinKind.REBUTTAL), health, fakeNews))),
                Category.of(
                    "health_emergency.news",
                    Labels.of(
                        "أخبار صحفية حول الجرائم المرتبطة بالجائحة",
                        "informations de presse sur la criminalité liée à la pandémie",
                        "news items on pandemic-related crime"),
                    Measure.count(and(bulletinKind(BulletinKind.NEWS), health, fakeNews))),
                Category.builder()
                    .id("health_emergency.information_vigilance")
                    .labels(Theme.INFORMATION_VIGILANCE.labels())
                    .measure(Measure.none())
                    .note(
                        "A fake-news monitoring mechanism set up in 2020: a programme reported without a"
                            + " figure. Activities it produced carry the theme "
                            + Theme.INFORMATION_VIGILANCE.id()
                            + ".")
                    .build())
            .build();

    Category social =
        Category.builder()
            .id("social")
            .labels(
                Labels.of(
                    "الحسابات الرسمية على شبكات التواصل الاجتماعي",
                    "comptes officiels sur les réseaux sociaux",
                    "official social-media accounts"))
            .measure(Measure.none())
            .addChildren(
                Category.builder()
                    .id(TWITTER_FOLLOWERS)
                    .labels(Labels.of("متابعو حساب تويتر", "abonnés du compte Twitter", "Twitter followers"))
                    .measure(Measure.latestSnapshot(Platform.TWITTER, SnapshotField.FOLLOWERS))
                    .note("A running total at the end of the year; the source gives the rise since 2019 (+574%), not the 2019 figure.")
                    .build(),
                Category.builder()
                    .id(TWITTER_TWEETS)
                    .labels(Labels.of("تغريدات حساب تويتر", "tweets du compte Twitter", "tweets on the Twitter account"))
                    .measure(Measure.count(platform(Platform.TWITTER)))
                    .note("Tweets published in the year: a count per period, compared year on year.")
                    .build(),
                Category.builder()
                    .id(FACEBOOK_SUBSCRIBERS)
                    .labels(Labels.of("منخرطو حساب فايسبوك", "abonnés de la page Facebook", "Facebook subscribers"))
                    .measure(Measure.latestSnapshot(Platform.FACEBOOK, SnapshotField.FOLLOWERS))
                    .note("A running total at the end of the year.")
                    .build())
            .build();

    return TallyDefinition.builder()
        .id("dgsn.communication.2020")
        .labels(
            Labels.of(
                "الحصيلة السنوية للتواصل المؤسساتي للأمن الوطني برسم سنة 2020",
                "bilan annuel de la communication de la Sûreté nationale, 2020",
                "national police communication tally, 2020"))
        .addCategories(meetingsGroup, communication, healthEmergency, social)
        .addCategories(
            Category.builder()
                .id("police_magazine_issues")
                .labels(Labels.of("أعداد مجلة الشرطة", "numéros de la revue de la police", "police magazine issues"))
                .measure(Measure.count(ofType(ActivityType.PUBLICATION_ISSUE)))
                .note("Released in print and electronic form, on iOS and Android.")
                .build(),
            Category.of(
                "children_welcomed",
                Labels.of(
                    "أطفال استفادوا من مبادرات إنسانية لشرطة القرب",
                    "enfants bénéficiaires des initiatives humanitaires de la police de proximité",
                    "children welcomed by proximity-policing initiatives"),
                Measure.sum(
                    Quantity.BENEFICIARIES,
                    and(ofType(ActivityType.OUTREACH_INITIATIVE), theme(Theme.PROXIMITY_POLICING)))),
            Category.of(
                "blood_donors",
                Labels.of(
                    "موظفو الشرطة المشاركون في حملات التبرع بالدم",
                    "fonctionnaires de police ayant participé aux campagnes de don de sang",
                    "police staff who gave blood"),
                Measure.sum(Quantity.PARTICIPANTS, campaignKind(CampaignKind.BLOOD_DONATION))))
        .build();
  }

  private static Selector bySecurityMedia(Selector selector, Selector services) {
    return services.equals(Selector.all()) ? selector : and(selector, services);
  }
}
