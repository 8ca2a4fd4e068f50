package io.hasila.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.aggregate.AccumulatorCodec;
import io.hasila.aggregate.AccumulatorCodecs;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Labels;
import io.hasila.model.Property;
import io.hasila.model.RecordBuilder;
import io.hasila.model.RecordType;
import io.hasila.model.Theme;
import io.hasila.model.Vocabularies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the codecs of described values and records")
final class AccumulatorCodecsPropertiesTest {
  private static final int CASES = 500;
  private static final long SEED = 20_201_231L;

  private static <T> void roundTrips(Generator<T> values, AccumulatorCodec<T> codec) {
    qt().withFixedSeed(SEED)
        .withExamples(CASES)
        .forAll(QuickTheoriesGens.of(values))
        .checkAssert(
            x -> {
              byte[] bytes = codec.toBytes(x);
              T back = codec.fromBytes(bytes);
              assertEquals(x, back); // a set's values come back in the order of their encodings
              assertEquals(x.hashCode(), back.hashCode());
              assertArrayEquals(bytes, codec.toBytes(back), "re-encoding a decoded value must give the same bytes");
            });
  }

  @Test
  @DisplayName("every activity type round-trips, self-contained and resolved against the vocabularies")
  void activitiesOfEveryTypeRoundTrip() {
    for (ActivityType<?> type : ActivityType.all()) {
      Generator<Activity> one = HasilaGenerators.activities(type).map(a -> (Activity) a);
      roundTrips(one, AccumulatorCodecs.activities());
      roundTrips(one, AccumulatorCodecs.activities(HasilaGenerators.VOCABULARIES));
      roundTrips(one, castRecords(type));
    }
  }

  @SuppressWarnings("unchecked")
  private static AccumulatorCodec<Activity> castRecords(ActivityType<?> type) {
    return (AccumulatorCodec<Activity>) (AccumulatorCodec<?>) AccumulatorCodecs.records(type);
  }

  @Test
  @DisplayName("audience snapshots round-trip")
  void snapshotsRoundTrip() {
    roundTrips(HasilaGenerators.audienceSnapshots(), AccumulatorCodecs.records(AudienceSnapshot.TYPE));
    roundTrips(HasilaGenerators.audienceSnapshots(), AccumulatorCodecs.records(AudienceSnapshot.TYPE, Vocabularies.standard()));
  }

  @Test
  @DisplayName("the values of every property of every type round-trip")
  void valuesOfEveryPropertyRoundTrip() {
    List<RecordType<?>> types = new ArrayList<>(ActivityType.all());
    types.add(AudienceSnapshot.TYPE);
    for (RecordType<?> type : types) {
      for (Property<?, ?> p : type.properties()) {
        valuesRoundTrip(type, p);
      }
    }
  }

  private static <R, V> void valuesRoundTrip(RecordType<R> type, Property<?, V> property) {
    @SuppressWarnings("unchecked")
    Property<? super R, V> p = (Property<? super R, V>) property;
    Generator<R> records = HasilaGenerators.records(type);
    AccumulatorCodec<V> codec = AccumulatorCodecs.values(p.type());
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(QuickTheoriesGens.of(records))
        .checkAssert(r -> p.values(r).forEach(v -> assertEquals(v, codec.fromBytes(codec.toBytes(v)), p.name())));
  }

  @Test
  @DisplayName("equal activities encode to equal bytes whatever the order their sets were built in")
  void equalActivitiesEncodeAlike() {
    AccumulatorCodec<Activity> codec = AccumulatorCodecs.activities(HasilaGenerators.VOCABULARIES);
    qt().withFixedSeed(SEED)
        .withExamples(CASES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities()), QuickTheoriesGens.of(r -> r.nextLong()))
        .checkAssert((a, seed) -> {
          Activity reordered = reorderSets(a.type(), a, new Random(seed));
          assertEquals(a, reordered);
          assertArrayEquals(codec.toBytes(a), codec.toBytes(reordered));
        });
  }

  /** The same activity with the values of its set-valued properties added in another order. */
  private static <A extends Activity> Activity reorderSets(ActivityType<A> type, Activity activity, Random random) {
    A a = type.javaType().cast(activity);
    RecordBuilder<A> b = type.builder();
    for (Property<? super A, ?> p : type.properties()) {
      copyShuffled(b, p, a, random);
    }
    return b.build();
  }

  private static <A, V> void copyShuffled(RecordBuilder<A> b, Property<? super A, V> p, A record, Random random) {
    List<V> values = new ArrayList<>(p.values(record));
    if (p.cardinality() == Property.Cardinality.MANY && !p.ordered()) {
      Collections.shuffle(values, random);
    }
    b.setAll(p, values);
  }

  @Test
  @DisplayName("a declared code survives self-contained, and resolved against vocabularies that declare it")
  void declaredCodesSurvive() {
    Theme declared = Theme.of("road_safety", Labels.of("السلامة الطرقية", "sécurité routière", "road safety"));
    AccumulatorCodec<Theme> selfContained = AccumulatorCodecs.terms(Theme.VOCABULARY);
    Theme back = selfContained.fromBytes(selfContained.toBytes(declared));
    assertEquals(declared, back);
    assertEquals(declared.labels(), back.labels());
    assertTrue(selfContained.toBytes(Theme.HEALTH_EMERGENCY).length < selfContained.toBytes(declared).length,
        "a well-known term is written without its labels");

    AccumulatorCodec<Activity> resolved = AccumulatorCodecs.activities(Vocabularies.standard().with(declared));
    Activity a = HasilaGenerators.activities().next(new Random(7));
    Activity tagged = withThemes(a.type(), a, List.of(declared));
    Activity decoded = resolved.fromBytes(resolved.toBytes(tagged));
    assertEquals(tagged, decoded);
    assertEquals(declared.labels(), decoded.themes().iterator().next().labels());
  }

  @Test
  @DisplayName("encoding a code the codec's vocabularies do not declare fails, naming the code")
  void undeclaredCodesFail() {
    Theme declared = Theme.of("road_safety", Labels.of("السلامة الطرقية", "sécurité routière", "road safety"));
    Activity a = HasilaGenerators.activities().next(new Random(7));
    Activity tagged = withThemes(a.type(), a, List.of(declared));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AccumulatorCodecs.activities(Vocabularies.standard()).toBytes(tagged));
    assertTrue(e.getMessage().contains("theme road_safety"), e.getMessage());
  }

  private static <A extends Activity> Activity withThemes(ActivityType<A> type, Activity activity, List<Theme> themes) {
    A a = type.javaType().cast(activity);
    RecordBuilder<A> b = type.builder();
    for (Property<? super A, ?> p : type.properties()) {
      if (p != Activity.THEMES) {
        copyShuffled(b, p, a, new Random(0));
      }
    }
    return b.setAll(Activity.THEMES, themes).build();
  }
}
