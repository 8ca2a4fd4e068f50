package io.hasila.examples;

import io.hasila.model.Activity;
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
import io.hasila.model.Institution;
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
import io.hasila.model.Verdict;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic 2020 activity log whose totals are the published 2020 figures.
 *
 * <p><b>The individual records are synthetic</b>: dates, units, outlets, titles, counterparts and
 * the split of each published figure across units and months are invented by a seeded random
 * generator. Only the totals are real: they are the figures of the national police directorate's
 * 2020 communication tally (see {@code docs/reference-2020.md} in the repository). The same seed always
 * gives the same log.
 *
 * <p>How the published lines map to records:
 *
 * <ul>
 *   <li>The 4,202 communication activities are those carried out by the security-media services
 *       (the {@link #MEDIA_SERVICES} units): 1,385 media coverages, 689 posts on Twitter and
 *       Facebook, 152 rebuttals and 1,976 communiqués, news items and press files.
 *   <li>The official Twitter account published 771 tweets in 2020; 420 of them come from the
 *       security-media services and are among the 689, the other 351 are published by the
 *       directorate's {@link #DIGITAL_DESK}, which is not a security-media service. The remaining
 *       269 of the 689 are Facebook posts.
 *   <li>The health-emergency lines are themed bulletins and productions: 445 communiqués, 797
 *       reportages and informational pieces, 92 rebuttals and 621 news items; the last two also
 *       carry the fake-news theme.
 *   <li>Meetings together involve 11,025 distinct civil associations and 104 distinct union
 *       bodies; many counterparts are met more than once.
 *   <li>Four magazine issues, 17 children welcomed in outreach initiatives, 3,683 blood donors,
 *       and the published follower snapshots.
 * </ul>
 */
public final class SyntheticLog2020 {
  /** The seed of the committed example files. */
  public static final long DEFAULT_SEED = 2020L;

  /** The institution of the reference case, counted in Morocco's time zone. */
  public static final Institution INSTITUTION =
      Institution.of(
          "dgsn", "المديرية العامة للأمن الوطني — Direction générale de la sûreté nationale", ZoneId.of("Africa/Casablanca"));

  /** The directorate's own communication division, a security-media service. */
  public static final OrgUnit CENTRAL_MEDIA =
      OrgUnit.of("dgsn.communication", "مديرية التواصل — Division de la communication");

  /** The desk that runs the official accounts; its own posts are not security-media activities. */
  public static final OrgUnit DIGITAL_DESK =
      OrgUnit.of("dgsn.digital", "خلية المنصات الرقمية — Cellule des plateformes numériques");

  private static final String[][] REGIONS = {
    {"casablanca", "الدار البيضاء", "Casablanca"},
    {"rabat", "الرباط", "Rabat"},
    {"fes", "فاس", "Fès"},
    {"marrakech", "مراكش", "Marrakech"},
    {"tanger", "طنجة", "Tanger"},
    {"meknes", "مكناس", "Meknès"},
    {"agadir", "أكادير", "Agadir"},
    {"oujda", "وجدة", "Oujda"},
    {"tetouan", "تطوان", "Tétouan"},
    {"kenitra", "القنيطرة", "Kénitra"},
    {"beni-mellal", "بني ملال", "Béni Mellal"},
    {"el-jadida", "الجديدة", "El Jadida"},
    {"safi", "آسفي", "Safi"},
    {"laayoune", "العيون", "Laâyoune"},
  };

  /** The security-media services: the central division and one per regional police prefecture. */
  public static final List<OrgUnit> MEDIA_SERVICES;

  static {
    List<OrgUnit> units = new ArrayList<>();
    units.add(CENTRAL_MEDIA);
    for (String[] r : REGIONS) {
      units.add(
          OrgUnit.of(
              r[0] + ".media",
              "خلية التواصل بولاية أمن " + r[1] + " — Cellule de communication, préfecture de police de " + r[2]));
    }
    MEDIA_SERVICES = List.copyOf(units);
  }

  static final String TWITTER_ACCOUNT = "@DGSN_MAROC";
  static final String FACEBOOK_ACCOUNT = "DGSN.Maroc";
  private static final LocalDate EMERGENCY_START = LocalDate.of(2020, 3, 20);
  private static final ZoneId ZONE = INSTITUTION.zone();

  /** Where the synthetic rebuttals are said to be published: a reserved example address, not the institution's site. */
  static final String REBUTTALS_PAGE = "https://example.org/dgsn/2020/rebuttals/";

  /** The verdicts drawn for claims, false more often than the others. */
  private static final List<Verdict> VERDICTS =
      List.of(Verdict.FALSE, Verdict.FALSE, Verdict.FALSE, Verdict.MISLEADING, Verdict.FABRICATED, Verdict.OUT_OF_CONTEXT, Verdict.UNFOUNDED);

  private final Random random;
  /** Draws what claims gained later (claimants, verdicts, the claims of the other rebuttals), apart from the rest. */
  private final Random claims;
  private final List<Activity> activities = new ArrayList<>();
  private int sequence;

  private SyntheticLog2020(long seed) {
    this.random = new Random(seed);
    this.claims = new Random(seed ^ 0x636c61696dL);
  }

  /** The synthetic 2020 dataset for a seed; activities are sorted by date, then id. */
  public static Dataset generate(long seed) {
    return new SyntheticLog2020(seed).build();
  }

  private Dataset build() {
    coverages();
    posts();
    bulletins();
    productions();
    meetings();
    magazine();
    outreach();
    bloodDonation();
    activities.sort(Comparator.comparing(Activity::date).thenComparing(Activity::id));
    LocalDate end2020 = LocalDate.of(2020, 12, 31);
    return Dataset.builder()
        .institution(INSTITUTION)
        .addAllActivities(activities)
        .addSnapshots(
            AudienceSnapshot.of(Platform.FACEBOOK, FACEBOOK_ACCOUNT, LocalDate.of(2019, 12, 31), 20_010),
            AudienceSnapshot.of(Platform.FACEBOOK, FACEBOOK_ACCOUNT, end2020, 191_903),
            AudienceSnapshot.of(Platform.TWITTER, TWITTER_ACCOUNT, end2020, 225_191))
        .build();
  }

  private void coverages() {
    String[][] outlets = {
      {"Le Matin", "national_press"}, {"هسبريس", "national_press"}, {"الأحداث المغربية", "national_press"},
      {"L'Économiste", "national_press"}, {"الصباح", "national_press"}, {"Al Aoula", "tv_channel"},
      {"2M", "tv_channel"}, {"Medi1 TV", "tv_channel"}, {"Agence France-Presse", "foreign_press_agency"},
      {"Reuters", "foreign_press_agency"}, {"EFE", "foreign_press_agency"}, {"Ali n' Productions", "film_production_company"},
    };
    int[][] plan = {{712, 0}, {402, 1}, {233, 2}, {38, 3}};
    OutletKind[] kinds = {OutletKind.NATIONAL_PRESS, OutletKind.TV_CHANNEL, OutletKind.FOREIGN_PRESS_AGENCY, OutletKind.FILM_PRODUCTION_COMPANY};
    for (int[] p : plan) {
      OutletKind kind = kinds[p[1]];
      List<String[]> candidates = new ArrayList<>();
      for (String[] o : outlets) {
        if (o[1].equals(kind.code())) {
          candidates.add(o);
        }
      }
      for (int i = 0; i < p[0]; i++) {
        String[] outlet = candidates.get(random.nextInt(candidates.size()));
        LocalDate date = date(false);
        activities.add(
            MediaCoverage.builder()
                .id(id("cov"))
                .date(date)
                .unit(mediaService())
                .outlet(outlet[0])
                .outletKind(kind)
                .foreign(kind.equals(OutletKind.FOREIGN_PRESS_AGENCY))
                .title(title("تغطية إعلامية لعمل مصالح الأمن", "Couverture d'une opération de police"))
                .build());
      }
    }
  }

  private void posts() {
    for (int i = 0; i < 420; i++) {
      activities.add(post(Platform.TWITTER, TWITTER_ACCOUNT, mediaService()));
    }
    for (int i = 0; i < 269; i++) {
      activities.add(post(Platform.FACEBOOK, FACEBOOK_ACCOUNT, mediaService()));
    }
    for (int i = 0; i < 351; i++) {
      activities.add(post(Platform.TWITTER, TWITTER_ACCOUNT, DIGITAL_DESK));
    }
  }

  private Tweet post(Platform platform, String account, OrgUnit unit) {
    LocalDate date = date(false);
    ZonedDateTime time = ZonedDateTime.of(date, LocalTime.of(8 + random.nextInt(14), random.nextInt(60)), ZONE);
    var b =
        Tweet.builder()
            .id(id(platform.equals(Platform.TWITTER) ? "tw" : "fb"))
            .date(date)
            .time(time)
            .unit(unit)
            .platform(platform)
            .account(account)
            .language(random.nextInt(3) == 0 ? "fr" : "ar")
            .views(500 + random.nextInt(50_000))
            .likes(random.nextInt(3_000))
            .shares(random.nextInt(800));
    if (!date.isBefore(EMERGENCY_START) && random.nextInt(3) == 0) {
      b.addThemes(Theme.HEALTH_EMERGENCY);
    }
    return b.build();
  }

  private void bulletins() {
    // 152 rebuttals, 92 of them on pandemic-related crime. Each answers a claim; the claims' claimants,
    // verdicts and the other 60 claims are drawn from their own generator, so the rest of the log
    // stays as it was before claims had them.
    for (int i = 0; i < 152; i++) {
      boolean pandemic = i < 92;
      LocalDate date = date(pandemic);
      String id = id("reb");
      var b =
          Bulletin.builder()
              .id(id)
              .date(date)
              .unit(mediaService())
              .kind(BulletinKind.REBUTTAL)
              .addThemes(Theme.FAKE_NEWS, Theme.INFORMATION_VIGILANCE)
              .title(title("بيان حقيقة بخصوص ادعاءات كاذبة", "Mise au point sur des allégations infondées"))
              .url(URI.create(REBUTTALS_PAGE + id));
      Claim.Builder claim = Claim.builder();
      if (pandemic) {
        b.addThemes(Theme.HEALTH_EMERGENCY);
        claim
            .text(pick("Vente de masques non conformes par des agents", "ادعاء بيع معقمات مغشوشة", "Fausse annonce d'un confinement total"))
            .circulatedOn(pick("Facebook", "WhatsApp", "YouTube"))
            .firstSeen(date.minusDays(random.nextInt(3)));
      } else {
        claim
            .text(claimPick("ادعاء تعرض مواطن لاعتداء من طرف شرطي", "Vidéo présentée comme une arrestation récente", "Faux avis de recrutement de la police"))
            .circulatedOn(claimPick("Facebook", "YouTube", "TikTok"))
            .firstSeen(date.minusDays(claims.nextInt(4)));
      }
      b.claim(
          claim
              .claimant(claimPick("حساب مجهول على فيسبوك", "Compte anonyme sur Facebook", "Chaîne YouTube", "موقع إخباري إلكتروني", "Message vocal relayé sur WhatsApp"))
              .verdict(VERDICTS.get(claims.nextInt(VERDICTS.size())))
              .build());
      activities.add(b.build());
    }
    // 1,976 communiqués (780, 445 on the health emergency), news items (1,050, 621 on pandemic crime) and press files (146).
    addBulletins(BulletinKind.COMMUNIQUE, 445, true, false);
    addBulletins(BulletinKind.COMMUNIQUE, 780 - 445, false, false);
    addBulletins(BulletinKind.NEWS, 621, true, true);
    addBulletins(BulletinKind.NEWS, 1_050 - 621, false, false);
    addBulletins(BulletinKind.PRESS_FILE, 146, false, false);
  }

  private void addBulletins(BulletinKind kind, int count, boolean healthEmergency, boolean fakeNews) {
    for (int i = 0; i < count; i++) {
      var b =
          Bulletin.builder()
              .id(id(kind.code()))
              .date(date(healthEmergency))
              .unit(mediaService())
              .kind(kind)
              .language(random.nextBoolean() ? "ar" : "fr")
              .title(
                  healthEmergency
                      ? title("تدابير حالة الطوارئ الصحية", "Mesures de l'état d'urgence sanitaire")
                      : title("توقيف مشتبه فيه في قضية سرقة", "Interpellation d'un suspect"));
      if (healthEmergency) {
        b.addThemes(Theme.HEALTH_EMERGENCY);
      }
      if (fakeNews) {
        b.addThemes(Theme.FAKE_NEWS);
      }
      activities.add(b.build());
    }
  }

  private void productions() {
    for (int i = 0; i < 797; i++) {
      activities.add(
          MediaProduction.builder()
              .id(id("prod"))
              .date(date(true))
              .unit(mediaService())
              .kind(random.nextInt(3) == 0 ? ProductionKind.INFORMATIONAL_PIECE : ProductionKind.REPORTAGE)
              .addThemes(Theme.HEALTH_EMERGENCY)
              .title(title("حماية المواطنين من تفشي كوفيد-19", "Protéger les citoyens contre la COVID-19"))
              .build());
    }
  }

  private void meetings() {
    List<Counterpart> pool = new ArrayList<>();
    for (int i = 1; i <= 11_025; i++) {
      pool.add(
          Counterpart.of(
              String.format("assoc-%05d", i),
              (i % 2 == 0 ? "جمعية الحي رقم " : "Association de quartier n° ") + i,
              CounterpartKind.CIVIL_ASSOCIATION));
    }
    for (int i = 1; i <= 104; i++) {
      pool.add(Counterpart.of(String.format("union-%03d", i), "هيئة نقابية محلية " + i, CounterpartKind.UNION_BODY));
    }
    // Every counterpart is met at least once; about a third are met again.
    List<Counterpart> attendances = new ArrayList<>(pool);
    for (Counterpart c : pool) {
      if (random.nextInt(3) == 0) {
        attendances.add(c);
      }
    }
    Collections.shuffle(attendances, random);
    int i = 0;
    while (i < attendances.size()) {
      int size = 1 + random.nextInt(6);
      var b =
          CommunityMeeting.builder()
              .id(id("meet"))
              .date(date(false))
              .unit(mediaService())
              .addThemes(Theme.PROXIMITY_POLICING)
              .addTopics(pick("أمن محيط المؤسسات التعليمية", "Sécurité de proximité", "الوقاية من الجريمة", "Violence contre les femmes"));
      Set<String> ids = new HashSet<>();
      // A meeting ends early rather than list the same counterpart twice; the repeat opens the next one.
      while (ids.size() < size && i < attendances.size() && ids.add(attendances.get(i).id())) {
        b.addCounterparts(attendances.get(i++));
      }
      activities.add(b.build());
    }
  }

  private void magazine() {
    int[] months = {3, 6, 9, 12};
    for (int n = 0; n < 4; n++) {
      activities.add(
          PublicationIssue.builder()
              .id(id("mag"))
              .date(LocalDate.of(2020, months[n], 15))
              .unit(CENTRAL_MEDIA)
              .publication("مجلة الشرطة — Revue de la police")
              .number(n + 1)
              .addFormats(PublicationFormat.PRINT, PublicationFormat.ELECTRONIC)
              .addPlatforms(ReadingPlatform.IOS, ReadingPlatform.ANDROID)
              .build());
    }
  }

  private void outreach() {
    int[] children = {4, 3, 5, 2, 3};
    for (int c : children) {
      activities.add(
          OutreachInitiative.builder()
              .id(id("outreach"))
              .date(date(false))
              .unit(mediaService())
              .addThemes(Theme.PROXIMITY_POLICING)
              .title(title("استقبال أطفال يحلمون بمهنة الشرطة", "Accueil d'enfants qui rêvent de devenir policiers"))
              .beneficiaries(c)
              .build());
    }
  }

  private void bloodDonation() {
    int remaining = 3_683;
    for (int k = 0; k < 12; k++) {
      int participants = k == 11 ? remaining : 250 + random.nextInt(80);
      remaining -= participants;
      activities.add(
          Campaign.builder()
              .id(id("blood"))
              .date(LocalDate.of(2020, k + 1, 10 + random.nextInt(10)))
              .unit(MEDIA_SERVICES.get(1 + random.nextInt(MEDIA_SERVICES.size() - 1)))
              .kind(CampaignKind.BLOOD_DONATION)
              .participants(participants)
              .title(title("حملة للتبرع بالدم", "Campagne de don de sang"))
              .build());
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private String id(String prefix) {
    return String.format("2020-%s-%05d", prefix, ++sequence);
  }

  private OrgUnit mediaService() {
    return MEDIA_SERVICES.get(random.nextInt(MEDIA_SERVICES.size()));
  }

  private String title(String ar, String fr) {
    return random.nextBoolean() ? ar : fr;
  }

  private String pick(String... values) {
    return values[random.nextInt(values.length)];
  }

  private String claimPick(String... values) {
    return values[claims.nextInt(values.length)];
  }

  /**
   * A day of 2020, twice as likely in March to May (the pandemic's spring peak); pandemic items
   * fall on or after the declaration of the health emergency.
   */
  private LocalDate date(boolean pandemic) {
    LocalDate start = pandemic ? EMERGENCY_START : LocalDate.of(2020, 1, 1);
    while (true) {
      LocalDate d = start.plusDays(random.nextInt((int) (LocalDate.of(2020, 12, 31).toEpochDay() - start.toEpochDay() + 1)));
      boolean spring = d.getMonthValue() >= 3 && d.getMonthValue() <= 5;
      if (spring || random.nextBoolean()) {
        return d;
      }
    }
  }
}
