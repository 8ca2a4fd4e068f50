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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("read(write(x)) equals x")
final class RoundTripPropertiesTest {
  private static final int EXAMPLES = 1_000;
  private static final HasilaJson JSON = HasilaJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new HasilaModule()).build();

  @ParameterizedTest
  @EnumSource(ActivityType.class)
  @DisplayName("every activity type survives a JSON Lines stream")
  void activitiesThroughJsonLines(ActivityType type) {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities(type)))
        .checkAssert(a -> assertEquals(List.of(a), throughJsonLines(List.of(a))));
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
  @DisplayName("datasets survive the document format")
  void datasetsThroughDocuments() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.datasets()))
        .checkAssert(
            d -> {
              DatasetReadResult back = JSON.datasetFromJson(JSON.toJson(d));
              assertEquals(d, back.dataset());
              assertEquals(d.activities().size() + d.snapshots().size(), back.read());
            });
  }

  @ParameterizedTest
  @EnumSource(ActivityType.class)
  @DisplayName("every activity type survives a dataset document")
  void activitiesThroughDocuments(ActivityType type) {
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

  private static List<Activity> throughJsonLines(List<Activity> activities) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Activity> w = JSON.newActivityWriter(out)) {
      w.writeAll(activities).commit();
    }
    List<Activity> back = new ArrayList<>();
    try (JsonLinesReader<Activity> r =
        JSON.openActivities(new ByteArrayInputStream(out.toByteArray()), "memory", x -> {})) {
      r.forEachRemaining(back::add);
    }
    return back;
  }

}
