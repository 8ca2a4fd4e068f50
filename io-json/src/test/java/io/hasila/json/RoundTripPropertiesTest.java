package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Dataset;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("read(write(x)) equals x")
final class RoundTripPropertiesTest {
  private static final int EXAMPLES = 1_000;
  private static final HasilaJson JSON = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new HasilaModule(HasilaGenerators.VOCABULARIES)).build();

  static Stream<ActivityType<?>> types() {
    return ActivityType.all().stream();
  }

  @ParameterizedTest
  @MethodSource("types")
  @DisplayName("every activity type survives a JSON Lines stream")
  void activitiesThroughJsonLines(ActivityType<?> type) {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities(type)))
        .checkAssert(a -> assertEquals(List.of(a), throughJsonLines(List.of(a))));
  }

  @Test
  @DisplayName("generated activities of every type survive a JSON Lines stream read with the generators' vocabularies")
  void activitiesOfAnyTypeThroughJsonLines() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities()))
        .checkAssert(a -> assertEquals(a, JSON.activityFromJson(JSON.toJson(a))));
  }

  @Test
  @DisplayName("lists of mixed activities survive a JSON Lines stream in order")
  void activityListsThroughJsonLines() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activityLists(40)))
        .checkAssert(list -> assertEquals(list, throughJsonLines(list)));
  }

  @Test
  @DisplayName("audience snapshots survive a JSON Lines stream")
  void snapshotsThroughJsonLines() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.audienceSnapshots()))
        .checkAssert(s -> assertEquals(s, JSON.snapshotFromJson(JSON.toJson(s))));
  }

  @Test
  @DisplayName("datasets survive the document format, their declared codes resolving their records")
  void datasetsThroughDocuments() {
    HasilaJson standard = HasilaJson.create();
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.datasets()))
        .checkAssert(
            d -> {
              DatasetReadResult back = JSON.datasetFromJson(JSON.toJson(d));
              assertEquals(d, back.dataset());
              assertEquals(d.activities().size() + d.snapshots().size(), back.read());
              if (usesOnlyDeclared(d)) {
                assertEquals(d, standard.datasetFromJson(standard.toJson(d)).dataset());
              }
            });
  }

  @ParameterizedTest
  @MethodSource("types")
  @DisplayName("every activity type survives a dataset document")
  void activitiesThroughDocuments(ActivityType<?> type) {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities(type)))
        .checkAssert(
            a -> {
              Dataset d = Dataset.builder().institution(Samples2020.INSTITUTION).addActivities(a).build();
              assertEquals(d, JSON.datasetFromJson(JSON.toJson(d)).dataset());
            });
  }

  @Test
  @DisplayName("activities, snapshots and datasets survive a mapper with HasilaModule")
  void throughTheJacksonModule() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities()))
        .checkAssert(a -> assertEquals(a, MAPPER.readValue(MAPPER.writeValueAsString(a), Activity.class)));
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.audienceSnapshots()))
        .checkAssert(s -> assertEquals(s, MAPPER.readValue(MAPPER.writeValueAsString(s), AudienceSnapshot.class)));
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.datasets()))
        .checkAssert(d -> assertEquals(d, MAPPER.readValue(MAPPER.writeValueAsString(d), Dataset.class)));
  }

  @Test
  @DisplayName("the module writes the same bytes as the facade")
  void moduleAndFacadeAgree() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities()))
        .checkAssert(a -> assertEquals(JSON.toJson(a), MAPPER.writeValueAsString(a)));
  }

  /** Whether every theme the dataset's activities carry is well known or declared by the dataset itself. */
  private static boolean usesOnlyDeclared(Dataset d) {
    return d.activities().stream()
        .flatMap(a -> a.themes().stream())
        .allMatch(t -> d.vocabularies().find(t.vocabulary(), t.code()).isPresent());
  }

  private static List<Activity> throughJsonLines(List<Activity> activities) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Activity> w = JSON.activityWriter(out)) {
      w.writeAll(activities).commit();
    }
    List<Activity> back = new ArrayList<>();
    try (JsonLinesReader<Activity> r = JSON.activityReader().open(new ByteArrayInputStream(out.toByteArray()), "memory")) {
      r.forEachRemaining(back::add);
    }
    return back;
  }
}
