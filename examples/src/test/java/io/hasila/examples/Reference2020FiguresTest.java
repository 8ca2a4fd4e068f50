package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.hasila.io.Rejection;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.tally.Comparison;
import io.hasila.tally.DateRange;
import io.hasila.tally.Provenance;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every figure of the reference table, from the bundled published tally and from the bundled log. */
@DisplayName("every figure of the 2020 reference table")
final class Reference2020FiguresTest {
  /** The table of docs/reference-2020.md, written out here by hand. */
  private static final Map<String, Long> TABLE = new LinkedHashMap<>();

  static {
    TABLE.put("meetings.civil_associations", 11_025L);
    TABLE.put("meetings.union_bodies", 104L);
    TABLE.put("communication", 4_202L);
    TABLE.put("communication.media_coverages", 1_385L);
    TABLE.put("communication.posts", 689L);
    TABLE.put("communication.rebuttals", 152L);
    TABLE.put("communication.bulletins", 1_976L);
    TABLE.put("health_emergency.communiques", 445L);
    TABLE.put("health_emergency.productions", 797L);
    TABLE.put("health_emergency.rebuttals", 92L);
    TABLE.put("health_emergency.news", 621L);
    TABLE.put("social.twitter_followers", 225_191L);
    TABLE.put("social.twitter_tweets", 771L);
    TABLE.put("social.facebook_subscribers", 191_903L);
    TABLE.put("police_magazine_issues", 4L);
    TABLE.put("children_welcomed", 17L);
    TABLE.put("blood_donors", 3_683L);
  }

  private static final HasilaJson JSON = HasilaJson.create();
  private static final TallyDefinition DEFINITION =
      JSON.readTallyDefinition(Tally2020.resource("definition-2020.json"), "definition-2020.json");

  private static Map<String, Long> values(Tally tally) {
    Map<String, Long> out = new LinkedHashMap<>();
    tally.figures().forEach((id, f) -> out.put(id, f.value()));
    return out;
  }

  private static Tally published(String name) {
    return JSON.readTally(Tally2020.resource(name), name, DEFINITION);
  }

  @Test
  @DisplayName("the published 2020 file holds every figure, each published with its source, and checks clean")
  void published2020() {
    Tally t = published("published-2020.json");
    assertEquals(TABLE, values(t));
    t.figures().values().forEach(f -> assertInstanceOf(Provenance.Published.class, f.provenance()));
    assertEquals(List.of(), t.check());
    assertEquals(1_385 + 689 + 152 + 1_976, t.value("communication").getAsLong());
  }

  @Test
  @DisplayName("2019 → 2020: Facebook +859.0%, tweets +115.4%, Twitter followers derived, never published")
  void comparedWith2019() {
    Tally y2019 = published("published-2019.json");
    Comparison c = Comparison.of(y2019, published("published-2020.json"));
    assertEquals("+859.0%", c.change("social.facebook_subscribers").orElseThrow().growthText());
    assertEquals("+115.4%", c.change("social.twitter_tweets").orElseThrow().growthText());
    assertEquals(33_411, y2019.value("social.twitter_followers").getAsLong());
    assertInstanceOf(Provenance.Derived.class, y2019.figure("social.twitter_followers").orElseThrow().provenance());
    assertEquals("+574.0%", c.change("social.twitter_followers").orElseThrow().growthText());
  }

  @ParameterizedTest(name = "from the {0} log")
  @ValueSource(strings = {"jsonl", "csv"})
  @DisplayName("the tally computed from the bundled log gives every figure")
  void computedFromTheLog(String format) {
    List<Rejection> rejected = new ArrayList<>();
    Tally2020.Options options = format.equals("csv") ? Tally2020.Options.parse("--csv") : Tally2020.Options.parse();
    Tally computed;
    try (Records<Activity> activities = Records.activities(options, rejected);
        Records<AudienceSnapshot> snapshots = Records.snapshots(options, rejected)) {
      computed =
          Tally.compute(DEFINITION, published("published-2020.json").institution(), DateRange.ofYear(2020),
              activities.stream().parallel(), snapshots.stream());
    }
    assertEquals(List.of(), rejected);
    assertEquals(TABLE, values(computed));
    assertEquals(List.of(), computed.check());
    computed.figures().values().forEach(f -> assertInstanceOf(Provenance.Computed.class, f.provenance()));
  }
}
