package io.hasila.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("validation errors name the type, the field and the offending value")
final class ValidationMessagesTest {
  private static final OrgUnit UNIT = OrgUnit.of("rabat", "ولاية أمن الرباط");
  private static final LocalDate DAY = LocalDate.of(2020, 3, 20);

  private static ImmutableCampaign.Builder campaign() {
    return Campaign.builder().id("c-1").date(DAY).unit(UNIT).kind(CampaignKind.BLOOD_DONATION).participants(10);
  }

  private static ImmutableTweet.Builder tweet() {
    return Tweet.builder().id("t-1").date(DAY).unit(UNIT).platform(Platform.TWITTER).account("@DGSN_MAROC");
  }

  private static ImmutableBulletin.Builder bulletin(BulletinKind kind) {
    return Bulletin.builder().id("b-1").date(DAY).unit(UNIT).kind(kind);
  }

  private static ImmutablePublicationIssue.Builder magazine() {
    return PublicationIssue.builder().id("m-1").date(DAY).unit(UNIT).publication("مجلة الشرطة").number(1);
  }

  private static ImmutableCommunityMeeting.Builder meeting() {
    return CommunityMeeting.builder().id("cm-1").date(DAY).unit(UNIT);
  }

  private static Arguments rule(String message, Supplier<?> build) {
    return Arguments.of(message, build);
  }

  static Stream<Arguments> rules() {
    Counterpart assoc = Counterpart.of("a-1", "جمعية النور", CounterpartKind.CIVIL_ASSOCIATION);
    return Stream.of(
        rule("Campaign.participants must not be negative but was: -3", () -> campaign().participants(-3).build()),
        rule("Campaign.id must not be blank but was: \"  \"", () -> campaign().id("  ").build()),
        rule("Campaign.title must not be blank but was: \"\"", () -> campaign().title("").build()),
        rule(
            "Campaign.language must be a BCP 47 language tag such as \"ar\" or \"fr-MA\" but was: \"arabic!\"",
            () -> campaign().language("arabic!").build()),
        rule(
            "Campaign.time must fall on the activity's date 2020-03-20 but was: 2020-03-21T00:30+01:00[Africa/Casablanca]",
            () -> campaign().time(ZonedDateTime.of(2020, 3, 21, 0, 30, 0, 0, ZoneId.of("Africa/Casablanca"))).build()),
        rule(
            "OutreachInitiative.beneficiaries must not be negative but was: -1",
            () -> OutreachInitiative.builder().id("o").date(DAY).unit(UNIT).beneficiaries(-1).build()),
        rule(
            "MediaCoverage.outlet must not be blank but was: \"\"",
            () -> MediaCoverage.builder().id("m").date(DAY).unit(UNIT).outlet("").outletKind(OutletKind.RADIO).build()),
        rule("Tweet.account must not be blank but was: \" \"", () -> tweet().account(" ").build()),
        rule("Tweet.postId must not be blank but was: \"\"", () -> tweet().postId("").build()),
        rule("Tweet.views must not be negative but was: -1", () -> tweet().views(-1).build()),
        rule("Tweet.likes must not be negative but was: -2", () -> tweet().likes(-2).build()),
        rule("Tweet.shares must not be negative but was: -5", () -> tweet().shares(-5).build()),
        rule(
            "Bulletin.claim must be empty unless kind is rebuttal, kind is communique but was: \"rumour\"",
            () -> bulletin(BulletinKind.COMMUNIQUE).claim(Claim.of("rumour")).build()),
        rule(
            "Bulletin.claim.firstSeen must not be after the rebuttal's date 2020-03-20 but was: 2020-03-21",
            () ->
                bulletin(BulletinKind.REBUTTAL)
                    .claim(Claim.builder().text("rumour").firstSeen(DAY.plusDays(1)).build())
                    .build()),
        rule("Claim.text must not be blank but was: \"\"", () -> Claim.of("")),
        rule("Claim.circulatedOn must not be blank but was: \"\"", () -> Claim.builder().text("x").circulatedOn("").build()),
        rule("CommunityMeeting.counterparts must have at least one element but was: []", () -> meeting().build()),
        rule(
            "CommunityMeeting.counterparts must not list two different counterparts with the same id but was: \"a-1\"",
            () ->
                meeting()
                    .addCounterparts(assoc, Counterpart.of("a-1", "Association Nour", CounterpartKind.CIVIL_ASSOCIATION))
                    .build()),
        rule("CommunityMeeting.topics must not be blank but was: \"\"", () -> meeting().addCounterparts(assoc).addTopics("").build()),
        rule(
            "MediaProduction.partnerOutlet must not be blank but was: \"\"",
            () -> MediaProduction.builder().id("p").date(DAY).unit(UNIT).kind(ProductionKind.REPORTAGE).partnerOutlet("").build()),
        rule("PublicationIssue.number must be at least 1 but was: 0", () -> magazine().number(0).addFormats(PublicationFormat.PRINT).build()),
        rule("PublicationIssue.publication must not be blank but was: \"\"", () -> magazine().publication("").addFormats(PublicationFormat.PRINT).build()),
        rule("PublicationIssue.formats must have at least one element but was: []", () -> magazine().build()),
        rule(
            "PublicationIssue.platforms must be empty unless formats include electronic but was: [ios]",
            () -> magazine().addFormats(PublicationFormat.PRINT).addPlatforms(ReadingPlatform.IOS).build()),
        rule(
            "AudienceSnapshot.followers must not be negative but was: -1",
            () -> AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", DAY, -1)),
        rule(
            "AudienceSnapshot.account must not be blank but was: \"\"",
            () -> AudienceSnapshot.of(Platform.FACEBOOK, "", DAY, 1)),
        rule(
            "AudienceSnapshot.posts must not be negative but was: -7",
            () -> AudienceSnapshot.builder().from(AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", DAY, 1)).posts(-7).build()),
        rule("OrgUnit.id must not be blank but was: \"\"", () -> OrgUnit.of("", "x")),
        rule("OrgUnit.name must not be blank but was: \" \"", () -> OrgUnit.of("x", " ")),
        rule("Counterpart.id must not be blank but was: \"\"", () -> Counterpart.of("", "x", CounterpartKind.OTHER)),
        rule("Counterpart.name must not be blank but was: \"\"", () -> Counterpart.of("x", "", CounterpartKind.OTHER)),
        rule("Institution.id must not be blank but was: \"\"", () -> Institution.of("", "x", ZoneId.of("UTC"))),
        rule("Institution.name must not be blank but was: \"\"", () -> Institution.of("x", "", ZoneId.of("UTC"))),
        rule("Labels.fr must not be blank but was: \"\"", () -> Labels.of("أ", "", "a")),
        rule(
            "Theme.id must be lower case letters and digits joined by '_', '-' or '.' but was: \"Health Emergency\"",
            () -> Theme.of("Health Emergency", Labels.of("أ", "b", "c"))),
        rule(
            "Dataset.activities must have unique ids but was: \"c-1\" at positions 0 and 1",
            () ->
                Dataset.builder()
                    .institution(Institution.of("dgsn", "DGSN", ZoneId.of("UTC")))
                    .addActivities(campaign().build(), campaign().participants(2).build())
                    .build()),
        rule(
            "Dataset.snapshots must hold one snapshot per account and day, found a second at position 1 for but was: \"facebook DGSN.Maroc 2020-03-20\"",
            () ->
                Dataset.builder()
                    .institution(Institution.of("dgsn", "DGSN", ZoneId.of("UTC")))
                    .addSnapshots(
                        AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", DAY, 1),
                        AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", DAY, 2))
                    .build()),
        rule(
            "BulletinKind.code must be lower case letters and digits joined by '_', '-' or '.' but was: \"Press File\"",
            () -> BulletinKind.of("Press File", Labels.of("ملف", "dossier", "file"))),
        rule("Rejection.line must be at least 1 but was: 0", () -> Rejection.builder().source("a.jsonl").line(0).record(1).raw("").reason("bad").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  @DisplayName("a broken rule gives IllegalArgumentException with the exact message")
  void brokenRuleIsReported(String message, Supplier<?> build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  @DisplayName("a null is rejected with the field's name")
  void nullsNameTheField() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> campaign().unit(null));
    assertEquals("unit", e.getMessage());
    NullPointerException t = assertThrows(NullPointerException.class, () -> tweet().title((String) null));
    assertEquals("title", t.getMessage());
  }

  @Test
  @DisplayName("a missing required field is named")
  void missingFieldsAreNamed() {
    Executable build = () -> Campaign.builder().id("c").date(DAY).kind(CampaignKind.BLOOD_DONATION).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, build);
    assertEquals("Cannot build Campaign, some of required attributes are not set [unit, participants]", e.getMessage());
  }

  @Test
  @DisplayName("a read result must account for every record")
  void readResultAccounting() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ReadResult.of(List.of("a"), List.of(), 2));
    assertEquals("ReadResult.read must equal accepted + rejected (1 + 0) but was: 2", e.getMessage());
  }
}
