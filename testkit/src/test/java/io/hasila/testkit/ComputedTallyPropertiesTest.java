package io.hasila.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CampaignKind;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Institution;
import io.hasila.model.MediaCoverage;
import io.hasila.model.MediaProduction;
import io.hasila.model.OutreachInitiative;
import io.hasila.model.Platform;
import io.hasila.model.ProductionKind;
import io.hasila.model.PublicationIssue;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import io.hasila.tally.Category;
import io.hasila.tally.DateRange;
import io.hasila.tally.Provenance;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a tally computed with a definition shaped like the 2020 reference")
final class ComputedTallyPropertiesTest {
  private static final int CASES = 1_000;
  private static final long SEED = 20_201_231L;
  private static final TallyDefinition DEFINITION = ReferenceShapedDefinition.definition();
  private static final Institution POLICE = ReferenceShapedDefinition.police();
  private static final DateRange YEAR_2020 = DateRange.ofYear(2020);

  /** Activities, with some moved into 2020 so that most categories are not empty, and snapshots. */
  private static final class Input {
    final List<Activity> activities;
    final List<AudienceSnapshot> snapshots;

    Input(List<Activity> activities, List<AudienceSnapshot> snapshots) {
      this.activities = activities;
      this.snapshots = snapshots;
    }

    @Override
    public String toString() {
      return activities.size() + " activities, " + snapshots.size() + " snapshots: " + activities + " " + snapshots;
    }
  }

  private static final Generator<Input> INPUTS =
      r -> {
        List<Activity> activities = HasilaGenerators.activityLists(40).next(r);
        List<AudienceSnapshot> snapshots = HasilaGenerators.audienceSnapshots().list(r, r.nextInt(8));
        return new Input(activities, snapshots);
      };

  // The expected values, written independently of selectors, measures and aggregators.

  private static boolean in2020(Activity a) {
    ZoneId zone = POLICE.zone();
    LocalDate day = a.time().map(t -> t.withZoneSameInstant(zone).toLocalDate()).orElse(a.date());
    return day.getYear() == 2020;
  }

  private static boolean isBulletin(Activity a, BulletinKind... kinds) {
    return a instanceof Bulletin && List.<Object>of((Object[]) kinds).contains(((Bulletin) a).kind());
  }

  private static boolean isPost(Activity a, Platform... platforms) {
    return a instanceof Tweet && List.<Object>of((Object[]) platforms).contains(((Tweet) a).platform());
  }

  private static Map<String, Long> bruteForce(Input in) {
    List<Activity> acts = in.activities.stream().filter(ComputedTallyPropertiesTest::in2020).collect(java.util.stream.Collectors.toList());
    Predicate<Activity> health = a -> a.themes().contains(Theme.HEALTH_EMERGENCY);
    Predicate<Activity> fake = a -> a.themes().contains(Theme.FAKE_NEWS);
    Map<String, Long> v = new LinkedHashMap<>();
    v.put("meetings.civil_associations", distinct(acts, CounterpartKind.CIVIL_ASSOCIATION));
    v.put("meetings.union_bodies", distinct(acts, CounterpartKind.UNION_BODY));
    long coverages = count(acts, a -> a instanceof MediaCoverage);
    long posts = count(acts, a -> isPost(a, Platform.TWITTER, Platform.FACEBOOK));
    long rebuttals = count(acts, a -> isBulletin(a, BulletinKind.REBUTTAL));
    long bulletins = count(acts, a -> isBulletin(a, BulletinKind.COMMUNIQUE, BulletinKind.NEWS, BulletinKind.PRESS_FILE));
    v.put("communication", coverages + posts + rebuttals + bulletins);
    v.put("communication.media_coverages", coverages);
    v.put("communication.posts", posts);
    v.put("communication.rebuttals", rebuttals);
    v.put("communication.bulletins", bulletins);
    v.put("health_emergency.communiques", count(acts, a -> isBulletin(a, BulletinKind.COMMUNIQUE) && health.test(a)));
    v.put(
        "health_emergency.productions",
        count(
            acts,
            a -> a instanceof MediaProduction
                && (((MediaProduction) a).kind().equals(ProductionKind.REPORTAGE)
                    || ((MediaProduction) a).kind().equals(ProductionKind.INFORMATIONAL_PIECE))
                && health.test(a)));
    v.put("health_emergency.rebuttals", count(acts, a -> isBulletin(a, BulletinKind.REBUTTAL) && health.test(a) && fake.test(a)));
    v.put("health_emergency.news", count(acts, a -> isBulletin(a, BulletinKind.NEWS) && health.test(a) && fake.test(a)));
    latestFollowers(in.snapshots, Platform.TWITTER).ifPresent(f -> v.put("social.twitter_followers", f));
    v.put("social.twitter_tweets", count(acts, a -> isPost(a, Platform.TWITTER)));
    latestFollowers(in.snapshots, Platform.FACEBOOK).ifPresent(f -> v.put("social.facebook_subscribers", f));
    v.put("police_magazine_issues", count(acts, a -> a instanceof PublicationIssue));
    v.put(
        "children_welcomed",
        acts.stream()
            .filter(a -> a instanceof OutreachInitiative && a.themes().contains(Theme.PROXIMITY_POLICING))
            .mapToLong(a -> ((OutreachInitiative) a).beneficiaries())
            .sum());
    v.put(
        "blood_donors",
        acts.stream()
            .filter(a -> a instanceof Campaign && ((Campaign) a).kind().equals(CampaignKind.BLOOD_DONATION))
            .mapToLong(a -> ((Campaign) a).participants())
            .sum());
    return v;
  }

  private static long count(List<Activity> acts, Predicate<Activity> p) {
    return acts.stream().filter(p).count();
  }

  private static long distinct(List<Activity> acts, CounterpartKind kind) {
    Set<String> ids = new HashSet<>();
    for (Activity a : acts) {
      if (a instanceof CommunityMeeting) {
        for (Counterpart c : ((CommunityMeeting) a).counterparts()) {
          if (c.kind().equals(kind)) {
            ids.add(c.id());
          }
        }
      }
    }
    return ids.size();
  }

  /** Per account on the platform, the followers at the latest 2020 date (the most on a tie), added across accounts. */
  private static java.util.OptionalLong latestFollowers(List<AudienceSnapshot> snapshots, Platform platform) {
    Map<String, AudienceSnapshot> latest = new HashMap<>();
    for (AudienceSnapshot s : snapshots) {
      if (!s.platform().equals(platform) || s.date().getYear() != 2020) {
        continue;
      }
      AudienceSnapshot old = latest.get(s.account());
      if (old == null
          || s.date().isAfter(old.date())
          || (s.date().equals(old.date()) && s.followers() > old.followers())) {
        latest.put(s.account(), s);
      }
    }
    return latest.isEmpty()
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(latest.values().stream().mapToLong(AudienceSnapshot::followers).sum());
  }

  private static Map<String, Long> values(Tally t) {
    Map<String, Long> v = new LinkedHashMap<>();
    t.figures().forEach((id, f) -> v.put(id, f.value()));
    return v;
  }

  @Test
  @DisplayName("matches a brute-force count for every category, is consistent, and is the same computed in parallel")
  void matchesBruteForce() {
    qt().withFixedSeed(SEED)
        .withExamples(CASES)
        .forAll(QuickTheoriesGens.of(INPUTS))
        .checkAssert(
            in -> {
              Tally sequential = Tally.compute(DEFINITION, POLICE, YEAR_2020, in.activities, in.snapshots);
              assertEquals(bruteForce(in), values(sequential));
              assertTrue(sequential.isConsistent(), () -> sequential.check().toString());
              Tally parallel =
                  Tally.compute(DEFINITION, POLICE, YEAR_2020, in.activities.parallelStream(), in.snapshots.stream());
              assertEquals(sequential, parallel);
            });
  }

  @Test
  @DisplayName("gives every valued category except missing snapshots a computed figure with its number of records")
  void provenanceIsComputed() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(QuickTheoriesGens.of(INPUTS))
        .checkAssert(
            in -> {
              Tally t = Tally.compute(DEFINITION, POLICE, YEAR_2020, in.activities, in.snapshots);
              for (Category c : DEFINITION.allCategories()) {
                t.figure(c.id())
                    .ifPresent(
                        f -> {
                          assertEquals(Provenance.Kind.COMPUTED, f.provenance().kind(), c.id());
                          long inputs = ((Provenance.Computed) f.provenance()).inputs();
                          assertTrue(inputs <= in.activities.size() + in.snapshots.size(), c.id());
                        });
              }
              assertEquals(
                  in.activities.stream().filter(ComputedTallyPropertiesTest::in2020).filter(a -> a instanceof MediaCoverage).count(),
                  ((Provenance.Computed) t.figure("communication.media_coverages").orElseThrow().provenance()).inputs());
            });
  }
}
