package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.hasila.model.Activity;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Dataset;
import io.hasila.model.MediaCoverage;
import io.hasila.model.MediaProduction;
import io.hasila.model.OutreachInitiative;
import io.hasila.model.Platform;
import io.hasila.model.PublicationIssue;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Counts the synthetic log with plain streams, independently of Hasila's aggregators. */
@DisplayName("the synthetic 2020 log holds the published totals")
final class SyntheticLog2020Test {
  private static Dataset log;

  @BeforeAll
  static void generate() {
    log = SyntheticLog2020.generate(SyntheticLog2020.DEFAULT_SEED);
  }

  private static long count(Predicate<Activity> p) {
    return log.activities().stream().filter(p).count();
  }

  private static boolean byMediaService(Activity a) {
    return SyntheticLog2020.MEDIA_SERVICES.contains(a.unit());
  }

  private static boolean bulletin(Activity a, BulletinKind kind) {
    return a instanceof Bulletin b && b.kind() == kind;
  }

  private static long distinct(CounterpartKind kind) {
    return log.activities().stream()
        .filter(a -> a instanceof CommunityMeeting)
        .flatMap(a -> ((CommunityMeeting) a).counterparts().stream())
        .filter(c -> c.kind() == kind)
        .map(Counterpart::id)
        .distinct()
        .count();
  }

  @Test
  @DisplayName("4,202 communication activities by the security-media services, and their four parts")
  void communicationActivities() {
    long coverages = count(a -> a instanceof MediaCoverage && byMediaService(a));
    long posts = count(a -> a instanceof Tweet && byMediaService(a));
    long rebuttals = count(a -> bulletin(a, BulletinKind.REBUTTAL) && byMediaService(a));
    long others =
        count(a -> (bulletin(a, BulletinKind.COMMUNIQUE) || bulletin(a, BulletinKind.NEWS) || bulletin(a, BulletinKind.PRESS_FILE)) && byMediaService(a));
    assertEquals(List.of(1_385L, 689L, 152L, 1_976L), List.of(coverages, posts, rebuttals, others));
    assertEquals(4_202, coverages + posts + rebuttals + others);
  }

  @Test
  @DisplayName("the health-emergency lines: 445, 797, 92 and 621")
  void healthEmergency() {
    Predicate<Activity> health = a -> a.hasTheme(Theme.HEALTH_EMERGENCY);
    assertEquals(445, count(health.and(a -> bulletin(a, BulletinKind.COMMUNIQUE))));
    assertEquals(797, count(health.and(a -> a instanceof MediaProduction)));
    assertEquals(92, count(health.and(a -> bulletin(a, BulletinKind.REBUTTAL) && a.hasTheme(Theme.FAKE_NEWS))));
    assertEquals(621, count(health.and(a -> bulletin(a, BulletinKind.NEWS) && a.hasTheme(Theme.FAKE_NEWS))));
  }

  @Test
  @DisplayName("11,025 associations, 104 union bodies, 771 tweets, 4 issues, 17 children, 3,683 donors")
  void otherLines() {
    assertEquals(11_025, distinct(CounterpartKind.CIVIL_ASSOCIATION));
    assertEquals(104, distinct(CounterpartKind.UNION_BODY));
    assertEquals(771, count(a -> a instanceof Tweet t && t.platform().equals(Platform.TWITTER)));
    assertEquals(4, count(a -> a instanceof PublicationIssue));
    assertEquals(17, log.activities().stream().filter(a -> a instanceof OutreachInitiative).mapToLong(a -> ((OutreachInitiative) a).beneficiaries()).sum());
    assertEquals(3_683, log.activities().stream().filter(a -> a instanceof Campaign).mapToLong(a -> ((Campaign) a).participants()).sum());
    assertEquals(3, log.snapshots().size());
  }

  @Test
  @DisplayName("the same seed gives the same log; another seed another one")
  void deterministic() {
    assertEquals(log, SyntheticLog2020.generate(SyntheticLog2020.DEFAULT_SEED));
    assertNotEquals(log, SyntheticLog2020.generate(SyntheticLog2020.DEFAULT_SEED + 1));
  }
}
