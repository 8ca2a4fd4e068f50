package io.hasila.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.BulletinKind;
import io.hasila.model.Dataset;
import io.hasila.model.OutletKind;
import io.hasila.model.Platform;
import io.hasila.model.Property;
import io.hasila.model.Theme;
import io.hasila.model.Vocabulary;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("generated values")
final class GeneratedValuesPropertiesTest {
  private static final int CASES = 1_000;
  private static final long SEED = 20_201_231L;

  /** Rebuilds any activity property by property through its description, which re-runs validation. */
  private static <A extends Activity> Activity rebuild(ActivityType<A> type, Activity a) {
    return type.builder().from(type.javaType().cast(a)).build();
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
    for (ActivityType<?> type : ActivityType.all()) {
      rebuildsEqual(QuickTheoriesGens.of(HasilaGenerators.activities(type).map(a -> (Activity) a)), a -> {
        assertEquals(type, a.type());
        return rebuild(type, a);
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
  @DisplayName("every property of every type is drawn both present and absent, and every well-known code is drawn")
  void everyPropertyAndCodeIsDrawn() {
    List<Activity> many = HasilaGenerators.activities().list(new Random(11), 20_000);
    for (ActivityType<?> type : ActivityType.all()) {
      List<Activity> ofType = many.stream().filter(a -> a.type() == type).collect(Collectors.toList());
      for (Property<?, ?> p : type.properties()) {
        long present = ofType.stream().filter(a -> present(p, a)).count();
        assertTrue(present > 0, type + "." + p + " is never drawn");
        if (p.minItems() == 0) {
          assertTrue(present < ofType.size(), type + "." + p + " is never left out");
        }
      }
    }
    Set<Object> codes = new HashSet<>();
    for (Activity a : many) {
      for (Property<?, ?> p : a.type().properties()) {
        codes.addAll(values(p, a));
      }
    }
    for (Vocabulary<?> v : List.of(Platform.VOCABULARY, OutletKind.VOCABULARY, BulletinKind.VOCABULARY, Theme.VOCABULARY)) {
      assertTrue(codes.containsAll(HasilaGenerators.VOCABULARIES.terms(v)), v.name());
    }
  }

  @SuppressWarnings("unchecked")
  private static boolean present(Property<?, ?> p, Activity a) {
    return ((Property<Activity, ?>) p).isPresent(a);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> values(Property<?, ?> p, Activity a) {
    return ((Property<Activity, Object>) p).values(a);
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
