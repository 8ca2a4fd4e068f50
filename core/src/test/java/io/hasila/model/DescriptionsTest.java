package io.hasila.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("every record type is described once, and the descriptions read and build the model's values")
final class DescriptionsTest {
  private static final OrgUnit UNIT = OrgUnit.of("dgsn", "المديرية العامة للأمن الوطني");
  private static final LocalDate DAY = LocalDate.of(2020, 4, 10);

  /** One value of every activity type, with as many properties set as the type allows. */
  static List<Activity> oneOfEach() {
    ZonedDateTime time = ZonedDateTime.of(2020, 4, 10, 9, 30, 0, 0, ZoneId.of("Africa/Casablanca"));
    return List.of(
        MediaCoverage.builder().id("mc").date(DAY).time(time).unit(UNIT).addThemes(Theme.HEALTH_EMERGENCY)
            .title("2M").language("fr").url(URI.create("https://2m.ma/")).outlet("2M").outletKind(OutletKind.TV_CHANNEL)
            .foreign(true).build(),
        Tweet.builder().id("tw").date(DAY).unit(UNIT).platform(Platform.TWITTER).account("@DGSN_MAROC").postId("1")
            .views(10).likes(2).shares(1).build(),
        Bulletin.builder().id("rb").date(DAY).unit(UNIT).kind(BulletinKind.REBUTTAL)
            .claim(Claim.builder().text("a false video").circulatedOn("Facebook").appearance(URI.create("https://x.example/1"))
                .firstSeen(DAY.minusDays(1)).build())
            .build(),
        CommunityMeeting.builder().id("cm").date(DAY).unit(UNIT)
            .addCounterparts(Counterpart.of("a1", "جمعية", CounterpartKind.CIVIL_ASSOCIATION), Counterpart.of("u1", "نقابة", CounterpartKind.UNION_BODY))
            .addTopics("road safety", "schools").build(),
        MediaProduction.builder().id("mp").date(DAY).unit(UNIT).kind(ProductionKind.REPORTAGE).partnerOutlet("SNRT").build(),
        PublicationIssue.builder().id("pi").date(DAY).unit(UNIT).publication("مجلة الشرطة").number(3)
            .addFormats(PublicationFormat.PRINT, PublicationFormat.ELECTRONIC).addPlatforms(ReadingPlatform.IOS).build(),
        OutreachInitiative.builder().id("oi").date(DAY).unit(UNIT).beneficiaries(17).build(),
        Campaign.builder().id("ca").date(DAY).unit(UNIT).kind(CampaignKind.BLOOD_DONATION).participants(3_683).build());
  }

  @Test
  @DisplayName("the activity types are the permitted subtypes, in permits order, each with its own code")
  void typesFollowPermits() {
    Set<String> codes = new HashSet<>();
    ActivityType.all().forEach(t -> assertTrue(codes.add(t.code()), t.code()));
    Class<?>[] permitted = Activity.class.getPermittedSubclasses();
    assertEquals(permitted.length, ActivityType.all().size());
    for (int i = 0; i < permitted.length; i++) {
      assertSame(permitted[i], ActivityType.all().get(i).javaType());
    }
    assertSame(Tweet.TYPE, ActivityType.byCode("tweet").orElseThrow());
    assertEquals(Optional.empty(), ActivityType.byCode("podcast"));
  }

  @Test
  @DisplayName("every activity's type() is its subtype's TYPE, and every type starts with the common properties")
  void commonPropertiesComeFirst() {
    for (Activity a : oneOfEach()) {
      assertSame(a.type().javaType(), a.getClass().getSuperclass());
      assertEquals(Activity.PROPERTIES, a.type().properties().subList(0, Activity.PROPERTIES.size()));
      assertEquals(a.type().properties().subList(Activity.PROPERTIES.size(), a.type().properties().size()), a.type().ownProperties());
    }
  }

  @Test
  @DisplayName("every abstract accessor of a record type is described by exactly one property")
  void everyAccessorIsDescribed() {
    List<RecordType<?>> types = new ArrayList<>(ActivityType.all());
    types.addAll(List.of(AudienceSnapshot.TYPE, OrgUnit.TYPE, Counterpart.TYPE, Claim.TYPE));
    for (RecordType<?> t : types) {
      Set<String> accessors = new HashSet<>();
      for (Class<?> c = t.javaType(); c != null && c != Object.class; c = c.getSuperclass()) {
        for (Method m : c.getDeclaredMethods()) {
          if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0) {
            accessors.add(m.getName());
          }
        }
      }
      if (Activity.class.isAssignableFrom(t.javaType())) {
        for (Method m : Activity.class.getDeclaredMethods()) {
          if (Modifier.isAbstract(m.getModifiers()) && !m.getName().equals("type")) {
            accessors.add(m.getName());
          }
        }
      }
      Set<String> described = new HashSet<>();
      t.properties().forEach(p -> described.add(p.name()));
      for (String a : accessors) {
        assertTrue(described.contains(a), t.code() + "." + a + " is not described");
      }
    }
  }

  @Test
  @DisplayName("copying a value property by property through its description gives an equal value")
  void builderFromCopiesEveryProperty() {
    for (Activity a : oneOfEach()) {
      assertEquals(a, copy(a.type(), a));
    }
  }

  private static <A extends Activity> A copy(ActivityType<A> type, Activity a) {
    RecordBuilder<A> b = type.builder();
    for (Property<? super A, ?> p : type.properties()) {
      setAll(b, p, type.javaType().cast(a));
    }
    return b.build();
  }

  private static <A, V> void setAll(RecordBuilder<A> b, Property<? super A, V> p, A record) {
    b.setAll(p, p.values(record));
  }

  @Test
  @DisplayName("getters give the model's values, with empty optionals as no value")
  void gettersReadTheModel() {
    Tweet t = (Tweet) oneOfEach().get(1);
    assertEquals(Optional.of(10L), Tweet.VIEWS.value(t));
    assertEquals(List.of(), Activity.TITLE.values(t));
    assertFalse(Activity.TIME.isPresent(t));
    assertTrue(Tweet.ACCOUNT.anyMatch(t, "@DGSN_MAROC"::equals));
    CommunityMeeting m = (CommunityMeeting) oneOfEach().get(3);
    assertEquals(List.of("road safety", "schools"), CommunityMeeting.TOPICS.values(m));
    assertThrows(IllegalStateException.class, () -> CommunityMeeting.TOPICS.value(m));
    assertTrue(CommunityMeeting.TOPICS.ordered());
    assertFalse(CommunityMeeting.COUNTERPARTS.ordered());
    assertEquals(1, CommunityMeeting.COUNTERPARTS.minItems());
    assertTrue(CommunityMeeting.COUNTERPARTS.required());
    assertFalse(MediaCoverage.FOREIGN.required());
    assertEquals(Optional.of(false), MediaCoverage.FOREIGN.defaultValue());
  }

  @Test
  @DisplayName("a builder refuses a property of another type, and build() applies the model's own checks")
  void builderChecks() {
    RecordBuilder<Tweet> b = Tweet.TYPE.builder();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.set(bulletinKind(), BulletinKind.NEWS));
    assertEquals("RecordBuilder.property must be a property of tweet but was: kind", e.getMessage());
    b.set(Activity.ID, "t").set(Activity.DATE, DAY).set(Activity.UNIT, UNIT).set(Tweet.PLATFORM, Platform.TWITTER).set(Tweet.ACCOUNT, " ");
    assertEquals("Tweet.account must not be blank but was: \" \"", assertThrows(IllegalArgumentException.class, b::build).getMessage());
  }

  @SuppressWarnings("unchecked")
  private static Property<? super Tweet, BulletinKind> bulletinKind() {
    return (Property<? super Tweet, BulletinKind>) (Property<?, ?>) Bulletin.KIND;
  }

  @Test
  @DisplayName("property paths parse, print back, reach nested values and suggest the closest name on a typo")
  void propertyPaths() {
    PropertyPath kinds = PropertyPath.parse("community_meeting.counterparts.kind");
    assertEquals("community_meeting.counterparts.kind", kinds.toString());
    assertEquals(PropertyPath.of(CommunityMeeting.TYPE, CommunityMeeting.COUNTERPARTS, Counterpart.KIND), kinds);
    Activity meeting = oneOfEach().get(3);
    assertEquals(List.of(CounterpartKind.CIVIL_ASSOCIATION, CounterpartKind.UNION_BODY), kinds.values(meeting));
    assertEquals(List.of(), kinds.values(oneOfEach().get(0)));
    assertEquals(List.of("dgsn"), PropertyPath.parse("unit.id").values(meeting));
    assertEquals(
        "a property path must name a property of bulletin but found \"kidn\" in \"bulletin.kidn\" (did you mean \"kind\"?)",
        assertThrows(IllegalArgumentException.class, () -> PropertyPath.parse("bulletin.kidn")).getMessage());
    assertEquals(
        "a property path must name an activity type or a common property but found \"unti\" in \"unti.id\" (did you mean \"unit\"?)",
        assertThrows(IllegalArgumentException.class, () -> PropertyPath.parse("unti.id")).getMessage());
  }

  @Test
  @DisplayName("vocabularies are open: a declared code is found, relabels a well-known one, and a typo gets a suggestion")
  void vocabulariesAreOpen() {
    Platform x = Platform.of("x", Labels.of("إكس", "X", "X"));
    Vocabularies declared = Vocabularies.standard().with(x, Platform.of("twitter", Labels.of("إكس (تويتر)", "X (Twitter)", "X (Twitter)")));
    assertEquals(Optional.empty(), Vocabularies.standard().find(Platform.VOCABULARY, "x"));
    assertEquals(Optional.of(x), declared.find(Platform.VOCABULARY, "x"));
    assertEquals("X (Twitter)", declared.find(Platform.VOCABULARY, "twitter").orElseThrow().labels().en());
    assertEquals(Platform.TWITTER, declared.find(Platform.VOCABULARY, "twitter").orElseThrow());
    assertEquals(Optional.of("twitter"), declared.closest(Platform.VOCABULARY, "twiter"));
    assertEquals(Optional.empty(), declared.closest(Platform.VOCABULARY, "mastodon"));
    assertEquals("x", declared.codes(Platform.VOCABULARY).get(declared.codes(Platform.VOCABULARY).size() - 1));
    assertNotEquals(Platform.TWITTER, CampaignKind.OTHER);
    assertNotEquals(Platform.OTHER, CampaignKind.OTHER);
    assertEquals(Platform.OTHER, Platform.of("other", Labels.of("أ", "b", "c")));
    assertEquals(Optional.of(Platform.VOCABULARY), Vocabularies.named("platform"));
    assertTrue(Vocabularies.all().contains(Theme.VOCABULARY));
  }
}
