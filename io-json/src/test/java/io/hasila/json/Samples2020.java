package io.hasila.json;

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
import io.hasila.model.Vocabularies;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Example records built from the figures of the 2020 reference tally: one activity of every type
 * and the audience snapshots, and the reference definition and published tallies read from the
 * golden files. The figures are the published ones; the ids, dates, names and texts are
 * illustrative, not taken from the source.
 */
final class Samples2020 {
  static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
  static final Institution INSTITUTION = Institution.of("dgsn", "المديرية العامة للأمن الوطني", CASABLANCA);
  static final OrgUnit DGSN = OrgUnit.of("dgsn", "المديرية العامة للأمن الوطني");
  static final OrgUnit CASABLANCA_UNIT = OrgUnit.of("casablanca", "Préfecture de police de Casablanca");
  static final Theme BLOOD_DONATION =
      Theme.of("blood_donation", Labels.of("التبرع بالدم", "don de sang", "blood donation"));

  /** The well-known codes and the one theme the examples declare. */
  static final Vocabularies VOCABULARIES = Vocabularies.standard().with(BLOOD_DONATION);

  /** The 2020 reference definition's category ids the tests look at. */
  static final String COMMUNICATION = "communication";

  static final String MEDIA_COVERAGES = "communication.media_coverages";
  static final String POSTS = "communication.posts";
  static final String REBUTTALS = "communication.rebuttals";
  static final String BULLETINS = "communication.bulletins";
  static final String TWITTER_FOLLOWERS = "social.twitter_followers";
  static final String TWITTER_TWEETS = "social.twitter_tweets";
  static final String FACEBOOK_SUBSCRIBERS = "social.facebook_subscribers";

  private Samples2020() {}

  /** The 2020 reference definition, read from its golden file (schemaVersion 1). */
  static TallyDefinition definition() {
    try (InputStream in = golden("police-2020-definition.json")) {
      return HasilaJson.create().readTallyDefinition(in, "police-2020-definition.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 2020 reference definition as the examples bundle it, read from its golden file (schemaVersion 3; the definition's version 2, with its rules). */
  static TallyDefinition reference() {
    try (InputStream in = golden("police-2020-definition-v3.json")) {
      return HasilaJson.create().readTallyDefinition(in, "police-2020-definition-v3.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A published tally, read from its golden file: {@code published-2020-tally.json} or {@code published-2019-tally.json} (schemaVersion 1), or their versions 2 and 3 ({@code -v2}, {@code -v3}). */
  static Tally published(String name) {
    try (InputStream in = golden(name)) {
      return HasilaJson.create().readTally(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A golden file of {@code src/test/resources/golden}. */
  static InputStream golden(String name) {
    InputStream in = Samples2020.class.getResourceAsStream("/golden/" + name);
    if (in == null) {
      throw new IllegalStateException("missing golden file " + name);
    }
    return in;
  }

  /** One activity of every type. */
  static List<Activity> activities() {
    return List.of(
        MediaCoverage.builder()
            .id("2020-mc-0001")
            .date(LocalDate.of(2020, 3, 20))
            .time(ZonedDateTime.of(2020, 3, 20, 10, 15, 0, 0, CASABLANCA))
            .unit(DGSN)
            .addThemes(Theme.HEALTH_EMERGENCY)
            .title("Coverage of a night patrol during the health emergency")
            .language("fr")
            .outlet("2M")
            .outletKind(OutletKind.TV_CHANNEL)
            .foreign(false)
            .build(),
        Tweet.builder()
            .id("2020-tw-0771")
            .date(LocalDate.of(2020, 12, 31))
            .unit(DGSN)
            .language("ar")
            .platform(Platform.TWITTER)
            .account("@DGSN_MAROC")
            .build(),
        Bulletin.builder()
            .id("2020-rb-0092")
            .date(LocalDate.of(2020, 4, 2))
            .unit(DGSN)
            .addThemes(Theme.HEALTH_EMERGENCY, Theme.FAKE_NEWS)
            .title("بيان حقيقة")
            .language("ar")
            .kind(BulletinKind.REBUTTAL)
            .claim(
                Claim.builder()
                    .text("A video claims that sanitisers sold in a market are police-approved")
                    .circulatedOn("Facebook")
                    .firstSeen(LocalDate.of(2020, 4, 1))
                    .build())
            .build(),
        CommunityMeeting.builder()
            .id("2020-cm-0001")
            .date(LocalDate.of(2020, 2, 12))
            .unit(CASABLANCA_UNIT)
            .addThemes(Theme.PROXIMITY_POLICING)
            .addCounterparts(
                Counterpart.of("assoc-0001", "جمعية الأمل", CounterpartKind.CIVIL_ASSOCIATION),
                Counterpart.of("union-0001", "Instance syndicale locale", CounterpartKind.UNION_BODY))
            .addTopics("school safety", "road safety")
            .build(),
        MediaProduction.builder()
            .id("2020-mp-0797")
            .date(LocalDate.of(2020, 5, 5))
            .unit(DGSN)
            .addThemes(Theme.HEALTH_EMERGENCY)
            .title("Protecting citizens from COVID-19")
            .kind(ProductionKind.REPORTAGE)
            .build(),
        PublicationIssue.builder()
            .id("2020-pi-0004")
            .date(LocalDate.of(2020, 12, 15))
            .unit(DGSN)
            .publication("مجلة الشرطة")
            .number(4)
            .addFormats(PublicationFormat.PRINT, PublicationFormat.ELECTRONIC)
            .addPlatforms(ReadingPlatform.IOS, ReadingPlatform.ANDROID)
            .build(),
        OutreachInitiative.builder()
            .id("2020-oi-0001")
            .date(LocalDate.of(2020, 6, 1))
            .unit(DGSN)
            .addThemes(Theme.PROXIMITY_POLICING)
            .title("Children who dreamt of joining the police")
            .url(URI.create("https://www.dgsn.gov.ma/"))
            .beneficiaries(17)
            .build(),
        Campaign.builder()
            .id("2020-ca-0001")
            .date(LocalDate.of(2020, 4, 20))
            .unit(DGSN)
            .addThemes(BLOOD_DONATION)
            .kind(CampaignKind.BLOOD_DONATION)
            .participants(3_683)
            .build());
  }

  /** The published audience figures: Facebook and Twitter at the end of 2019 and 2020. */
  static List<AudienceSnapshot> snapshots() {
    return List.of(
        AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", LocalDate.of(2019, 12, 31), 20_010),
        AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", LocalDate.of(2020, 12, 31), 191_903),
        AudienceSnapshot.builder()
            .platform(Platform.TWITTER)
            .account("@DGSN_MAROC")
            .date(LocalDate.of(2020, 12, 31))
            .followers(225_191)
            .posts(771)
            .build());
  }

  /** The examples as one dataset, declaring the one theme that is not well known. */
  static Dataset dataset() {
    return Dataset.builder()
        .institution(INSTITUTION)
        .addAllActivities(activities())
        .addAllSnapshots(snapshots())
        .addDeclared(BLOOD_DONATION)
        .build();
  }
}
