package io.hasila.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One instance of every model type, built with the values of the 2020 reference tally, showing
 * which type and field holds each row of the table in {@code docs/reference-2020.md}.
 */
@DisplayName("the model holds every row of the 2020 reference tally")
final class ReferenceTableTest {
  private static final OrgUnit DIRECTORATE = OrgUnit.of("dgsn", "المديرية العامة للأمن الوطني");
  private static final OrgUnit CASABLANCA = OrgUnit.of("casablanca", "ولاية أمن الدار البيضاء");
  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

  @Test
  @DisplayName("rows 1-2: a meeting lists civil associations and union bodies as counterparts")
  void rowsOneAndTwoMeetings() {
    CommunityMeeting meeting =
        CommunityMeeting.builder()
            .id("meeting-2020-0001")
            .date(LocalDate.of(2020, 2, 12))
            .unit(CASABLANCA)
            .addThemes(Theme.PROXIMITY_POLICING)
            .addCounterparts(
                Counterpart.of("assoc-00001", "جمعية أولياء التلاميذ", CounterpartKind.CIVIL_ASSOCIATION),
                Counterpart.of("union-001", "Instance syndicale des commerçants", CounterpartKind.UNION_BODY))
            .addTopics("أمن محيط المؤسسات التعليمية")
            .build();
    assertEquals(CommunityMeeting.TYPE, meeting.type());
    assertEquals(
        List.of(CounterpartKind.CIVIL_ASSOCIATION, CounterpartKind.UNION_BODY),
        meeting.counterparts().stream().map(Counterpart::kind).toList());
  }

  @Test
  @DisplayName("rows 3-8: coverages, posts, rebuttals and the three other bulletin kinds are activities")
  void rowsThreeToEightCommunicationActivities() {
    MediaCoverage coverage =
        MediaCoverage.builder()
            .id("coverage-2020-0001")
            .date(LocalDate.of(2020, 4, 2))
            .unit(DIRECTORATE)
            .outlet("Agence France-Presse")
            .outletKind(OutletKind.FOREIGN_PRESS_AGENCY)
            .foreign(true)
            .build();
    Tweet tweet =
        Tweet.builder()
            .id("post-2020-0001")
            .date(LocalDate.of(2020, 3, 20))
            .time(ZonedDateTime.of(2020, 3, 20, 18, 30, 0, 0, ZoneId.of("Africa/Casablanca")))
            .unit(DIRECTORATE)
            .platform(Platform.FACEBOOK)
            .account("DGSN.Maroc")
            .language("ar")
            .build();
    Bulletin rebuttal =
        Bulletin.builder()
            .id("rebuttal-2020-0001")
            .date(LocalDate.of(2020, 4, 10))
            .unit(DIRECTORATE)
            .kind(BulletinKind.REBUTTAL)
            .addThemes(Theme.HEALTH_EMERGENCY, Theme.FAKE_NEWS)
            .claim(
                Claim.builder()
                    .text("A video claims the police sell non-compliant masks")
                    .circulatedOn("Facebook")
                    .firstSeen(LocalDate.of(2020, 4, 9))
                    .build())
            .build();
    List<Activity> parts = List.of(coverage, tweet, rebuttal);
    for (BulletinKind kind : List.of(BulletinKind.COMMUNIQUE, BulletinKind.NEWS, BulletinKind.PRESS_FILE)) {
      Bulletin b =
          Bulletin.builder()
              .id("bulletin-" + kind.code())
              .date(LocalDate.of(2020, 5, 1))
              .unit(DIRECTORATE)
              .kind(kind)
              .build();
      assertEquals(kind, b.kind());
    }
    assertEquals(
        List.of(MediaCoverage.TYPE, Tweet.TYPE, Bulletin.TYPE),
        parts.stream().map(Activity::type).toList());
    assertTrue(rebuttal.claim().isPresent());
  }

  @Test
  @DisplayName("rows 9-12: the health-emergency theme overlaps with fake news, and reportages are productions")
  void rowsNineToTwelveHealthEmergency() {
    MediaProduction reportage =
        MediaProduction.builder()
            .id("reportage-2020-0001")
            .date(LocalDate.of(2020, 3, 25))
            .unit(DIRECTORATE)
            .kind(ProductionKind.REPORTAGE)
            .addThemes(Theme.HEALTH_EMERGENCY)
            .title("Protéger les citoyens contre la COVID-19")
            .language("fr")
            .partnerOutlet("2M")
            .build();
    Bulletin news =
        Bulletin.builder()
            .id("news-2020-0001")
            .date(LocalDate.of(2020, 4, 15))
            .unit(CASABLANCA)
            .kind(BulletinKind.NEWS)
            .addThemes(Theme.HEALTH_EMERGENCY, Theme.FAKE_NEWS)
            .build();
    assertTrue(reportage.hasTheme(Theme.HEALTH_EMERGENCY));
    assertTrue(news.hasTheme(Theme.HEALTH_EMERGENCY) && news.hasTheme(Theme.FAKE_NEWS));
  }

  @Test
  @DisplayName("row 13: information vigilance is a theme, not a count")
  void rowThirteenInformationVigilance() {
    assertEquals(Theme.INFORMATION_VIGILANCE, Theme.wellKnown("information_vigilance").orElseThrow());
    assertEquals("veille informationnelle", Theme.INFORMATION_VIGILANCE.labels().fr());
  }

  @Test
  @DisplayName("rows 14-16: followers and cumulative posts are snapshots, not activities")
  void rowsFourteenToSixteenSnapshots() {
    AudienceSnapshot twitter =
        AudienceSnapshot.of(Platform.TWITTER, "@DGSN_MAROC", END_2020, 225_191);
    AudienceSnapshot facebook2020 =
        AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", END_2020, 191_903);
    AudienceSnapshot facebook2019 =
        AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", LocalDate.of(2019, 12, 31), 20_010);
    AudienceSnapshot withPosts = AudienceSnapshot.builder().from(twitter).posts(771).build();
    assertEquals(225_191, twitter.followers());
    assertEquals(771, withPosts.posts().getAsLong());
    assertTrue(facebook2020.followers() > facebook2019.followers());
    assertFalse(Activity.class.isAssignableFrom(AudienceSnapshot.class));
  }

  @Test
  @DisplayName("row 17: a police magazine issue in print and electronic, on iOS and Android")
  void rowSeventeenMagazine() {
    PublicationIssue issue =
        PublicationIssue.builder()
            .id("magazine-2020-1")
            .date(LocalDate.of(2020, 3, 1))
            .unit(DIRECTORATE)
            .publication("مجلة الشرطة")
            .number(1)
            .addFormats(PublicationFormat.PRINT, PublicationFormat.ELECTRONIC)
            .addPlatforms(ReadingPlatform.IOS, ReadingPlatform.ANDROID)
            .url(URI.create("https://www.dgsn.gov.ma/"))
            .build();
    assertEquals(Set.of(ReadingPlatform.IOS, ReadingPlatform.ANDROID), issue.platforms());
  }

  @Test
  @DisplayName("rows 18-19: 17 children as beneficiaries and 3,683 blood donors as participants")
  void rowsEighteenAndNineteen() {
    OutreachInitiative dream =
        OutreachInitiative.builder()
            .id("outreach-2020")
            .date(LocalDate.of(2020, 7, 1))
            .unit(DIRECTORATE)
            .addThemes(Theme.PROXIMITY_POLICING)
            .beneficiaries(17)
            .build();
    Campaign blood =
        Campaign.builder()
            .id("blood-2020")
            .date(LocalDate.of(2020, 6, 14))
            .unit(DIRECTORATE)
            .kind(CampaignKind.BLOOD_DONATION)
            .participants(3_683)
            .build();
    assertEquals(17, dream.beneficiaries());
    assertEquals(3_683, blood.participants());
  }

  @Test
  @DisplayName("a dataset holds the institution with its zone, activities and snapshots")
  void dataset() {
    Dataset d =
        Dataset.builder()
            .institution(Institution.of("dgsn", "Direction générale de la sûreté nationale", ZoneId.of("Africa/Casablanca")))
            .addActivities(
                Campaign.builder().id("c1").date(END_2020).unit(DIRECTORATE).kind(CampaignKind.BLOOD_DONATION).participants(1).build())
            .addSnapshots(AudienceSnapshot.of(Platform.TWITTER, "@DGSN_MAROC", END_2020, 225_191))
            .build();
    assertEquals(1, d.activities().size());
    assertEquals(ZoneId.of("Africa/Casablanca"), d.institution().zone());
  }

  @Test
  @DisplayName("values are compared by value; changed copies leave the original unchanged")
  void valueSemantics() {
    Campaign a = Campaign.builder().id("c").date(END_2020).unit(DIRECTORATE).kind(CampaignKind.BLOOD_DONATION).participants(3_683).build();
    Campaign b = Campaign.builder().from(a).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    Campaign c = Campaign.builder().from(a).participants(1).build();
    assertNotEquals(a, c);
    assertEquals(3_683, a.participants());
  }

  @Test
  @DisplayName("every activity type, property and well-known code has labels in Arabic, French and English")
  void everythingIsLabelled() {
    List<Labelled> all = new ArrayList<>(ActivityType.all());
    for (Vocabulary<?> v : Vocabularies.all()) {
      all.addAll(v.wellKnown());
    }
    for (Labelled l : all) {
      assertFalse(l.labels().ar().isBlank());
      assertTrue(l.labels().ar().codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC), l.code());
    }
    for (ActivityType<?> t : ActivityType.all()) {
      for (Property<?, ?> p : t.properties()) {
        assertTrue(p.labels().ar().codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC), p.name());
      }
    }
    for (Theme t : Theme.wellKnown()) {
      assertTrue(t.labels().ar().codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC));
    }
    assertEquals("بيان حقيقة", BulletinKind.REBUTTAL.labels().get(Locale.forLanguageTag("ar-MA")));
    assertEquals("mise au point (démenti)", BulletinKind.REBUTTAL.labels().get(Locale.FRENCH));
    assertEquals(BulletinKind.PRESS_FILE, BulletinKind.VOCABULARY.wellKnown("press_file").orElseThrow());
  }
}
