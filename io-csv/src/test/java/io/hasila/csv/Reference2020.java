package io.hasila.csv;

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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** One activity of every type and the audience snapshots of the 2020 reference case: the values of the golden files. */
final class Reference2020 {
  private static final OrgUnit DGSN = OrgUnit.of("dgsn", "المديرية العامة للأمن الوطني");
  private static final OrgUnit CASABLANCA = OrgUnit.of("casablanca", "Préfecture de police de Casablanca");

  private Reference2020() {}

  static List<Activity> activities() {
    return List.of(
        MediaCoverage.builder()
            .id("2020-mc-0001")
            .date(LocalDate.of(2020, 3, 21))
            .unit(CASABLANCA)
            .addThemes(Theme.HEALTH_EMERGENCY)
            .title("Couverture des contrôles de l'état d'urgence sanitaire")
            .language("fr")
            .outlet("2M")
            .outletKind(OutletKind.TV_CHANNEL)
            .build(),
        Tweet.builder()
            .id("2020-tw-0001")
            .date(LocalDate.of(2020, 3, 20))
            .time(ZonedDateTime.of(2020, 3, 20, 18, 30, 0, 0, ZoneId.of("Africa/Casablanca")))
            .unit(DGSN)
            .addThemes(Theme.HEALTH_EMERGENCY)
            .title("بلاغ: إعلان حالة الطوارئ الصحية، \"الزموا منازلكم\"")
            .language("ar")
            .platform(Platform.TWITTER)
            .account("@DGSN_MAROC")
            .views(120_000)
            .likes(3_400)
            .shares(1_250)
            .build(),
        Bulletin.builder()
            .id("2020-bl-0152")
            .date(LocalDate.of(2020, 4, 2))
            .unit(DGSN)
            .addThemes(Theme.HEALTH_EMERGENCY, Theme.FAKE_NEWS)
            .title("بيان حقيقة حول الاتجار في المطهرات والكمامات غير المطابقة")
            .language("ar")
            .url(URI.create("https://www.dgsn.gov.ma/ar/communiques"))
            .kind(BulletinKind.REBUTTAL)
            .claim(
                Claim.builder()
                    .text("=\"Masques gratuits\" ; vente de gel; لا صحة لهذا الخبر")
                    .circulatedOn("Facebook")
                    .firstSeen(LocalDate.of(2020, 3, 30))
                    .build())
            .build(),
        CommunityMeeting.builder()
            .id("2020-cm-0001")
            .date(LocalDate.of(2020, 2, 12))
            .unit(CASABLANCA)
            .addThemes(Theme.PROXIMITY_POLICING)
            .addCounterparts(
                Counterpart.of("assoc-0001", "جمعية الأمل للتنمية", CounterpartKind.CIVIL_ASSOCIATION),
                Counterpart.of("union-0001", "Syndicat: section locale | Casablanca", CounterpartKind.UNION_BODY))
            .addTopics("- sécurité aux abords des écoles", "الأمن في الأحياء")
            .build(),
        MediaProduction.builder()
            .id("2020-mp-0001")
            .date(LocalDate.of(2020, 4, 15))
            .unit(DGSN)
            .addThemes(Theme.HEALTH_EMERGENCY)
            .title("روبورتاج: حماية المواطنين من فيروس كورونا")
            .language("ar")
            .kind(ProductionKind.REPORTAGE)
            .partnerOutlet("Al Aoula")
            .build(),
        PublicationIssue.builder()
            .id("2020-pi-0004")
            .date(LocalDate.of(2020, 12, 1))
            .unit(DGSN)
            .publication("مجلة الشرطة")
            .number(4)
            .addFormats(PublicationFormat.PRINT, PublicationFormat.ELECTRONIC)
            .addPlatforms(ReadingPlatform.IOS, ReadingPlatform.ANDROID)
            .build(),
        OutreachInitiative.builder()
            .id("2020-oi-0001")
            .date(LocalDate.of(2020, 10, 7))
            .unit(DGSN)
            .addThemes(Theme.PROXIMITY_POLICING)
            .title("أطفال حلموا بمهنة الشرطة")
            .beneficiaries(17)
            .build(),
        Campaign.builder()
            .id("2020-ca-0001")
            .date(LocalDate.of(2020, 6, 14))
            .unit(DGSN)
            .title("Don de sang")
            .language("fr")
            .kind(CampaignKind.BLOOD_DONATION)
            .participants(3_683)
            .build());
  }

  static List<AudienceSnapshot> snapshots() {
    return List.of(
        AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", LocalDate.of(2019, 12, 31), 20_010),
        AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", LocalDate.of(2020, 12, 31), 191_903),
        AudienceSnapshot.of(Platform.TWITTER, "@DGSN_MAROC", LocalDate.of(2020, 12, 31), 225_191));
  }
}
