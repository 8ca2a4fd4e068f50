package io.hasila.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.Campaign;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Dataset;
import io.hasila.model.MediaCoverage;
import io.hasila.model.MediaProduction;
import io.hasila.model.OutreachInitiative;
import io.hasila.model.PublicationIssue;
import io.hasila.model.Tweet;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("generated values")
final class GeneratedValuesPropertiesTest {
  private static final int CASES = 1_000;
  private static final long SEED = 20_201_231L;

  /** Rebuilds any activity through its builder's {@code from}, which re-runs validation. */
  private static Activity rebuild(Activity a) {
    switch (a.type()) {
      case MEDIA_COVERAGE:
        return MediaCoverage.builder().from((MediaCoverage) a).build();
      case TWEET:
        return Tweet.builder().from((Tweet) a).build();
      case BULLETIN:
        return Bulletin.builder().from((Bulletin) a).build();
      case COMMUNITY_MEETING:
        return CommunityMeeting.builder().from((CommunityMeeting) a).build();
      case MEDIA_PRODUCTION:
        return MediaProduction.builder().from((MediaProduction) a).build();
      case PUBLICATION_ISSUE:
        return PublicationIssue.builder().from((PublicationIssue) a).build();
      case OUTREACH_INITIATIVE:
        return OutreachInitiative.builder().from((OutreachInitiative) a).build();
      case CAMPAIGN:
        return Campaign.builder().from((Campaign) a).build();
      default:
        throw new AssertionError(a.type());
    }
  }

  private static <T> void rebuildsEqual(Gen<T> gen, UnaryOperator<T> rebuild) {
    qt().withFixedSeed(SEED)
        .withExamples(CASES)
        .forAll(gen)
        .checkAssert(
            x -> {
              T copy = rebuild.apply(x);
              assertNotSame(x, copy);
              assertEquals(x, copy);
              assertEquals(x.hashCode(), copy.hashCode());
              assertEquals(x.toString(), copy.toString());
            });
  }

  @Test
  @DisplayName("every activity type validates and survives builder().from(x).build()")
  void activitiesOfEveryTypeRebuildEqual() {
    for (ActivityType type : ActivityType.values()) {
      rebuildsEqual(QuickTheoriesGens.of(HasilaGenerators.activities(type)), a -> {
        assertEquals(type, a.type());
        return rebuild(a);
      });
    }
  }

  @Test
  @DisplayName("audience snapshots survive builder().from(x).build()")
  void snapshotsRebuildEqual() {
    rebuildsEqual(
        QuickTheoriesGens.of(HasilaGenerators.audienceSnapshots()),
        s -> AudienceSnapshot.builder().from(s).build());
  }

  @Test
  @DisplayName("datasets validate (unique ids, one snapshot per account-day) and rebuild equal")
  void datasetsRebuildEqual() {
    rebuildsEqual(
        QuickTheoriesGens.of(HasilaGenerators.datasets()), d -> Dataset.builder().from(d).build());
  }

  @Test
  @DisplayName("the same seed gives the same values")
  void generatorsAreReproducible() {
    assertEquals(
        HasilaGenerators.activities().list(new Random(7), 200),
        HasilaGenerators.activities().list(new Random(7), 200));
    assertEquals(
        HasilaGenerators.datasets().list(new Random(7), 20),
        HasilaGenerators.datasets().list(new Random(7), 20));
  }

  @Test
  @DisplayName("activity lists never repeat an id")
  void activityListsHaveUniqueIds() {
    qt().withFixedSeed(SEED)
        .withExamples(CASES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activityLists(50)))
        .check(list -> list.stream().map(Activity::id).distinct().count() == list.size());
  }
}
