package io.hasila.tally;

import static io.hasila.tally.TestTallies.BULLETINS;
import static io.hasila.tally.TestTallies.COMMUNICATION;
import static io.hasila.tally.TestTallies.FACEBOOK_SUBSCRIBERS;
import static io.hasila.tally.TestTallies.MEDIA_COVERAGES;
import static io.hasila.tally.TestTallies.POSTS;
import static io.hasila.tally.TestTallies.REBUTTALS;
import static io.hasila.tally.TestTallies.TWITTER_FOLLOWERS;
import static io.hasila.tally.TestTallies.TWITTER_TWEETS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("checks and comparisons of tallies, on the lines of the 2020 reference tally")
final class TallyChecksAndComparisonsTest {
  private final TallyDefinition definition = TestTallies.definition();
  private final Tally published = TestTallies.published2020();

  @Test
  @DisplayName("every category with a value has a published figure; the programme has none")
  void definitionCoversEveryLine() {
    List<String> valued =
        definition.allCategories().stream().filter(Category::hasValue).map(Category::id).collect(Collectors.toList());
    assertEquals(List.copyOf(TestTallies.publishedValues2020().keySet()), valued);
    Category vigilance = definition.category(TestTallies.VIGILANCE).orElseThrow();
    assertFalse(vigilance.hasValue());
    assertTrue(vigilance.note().isPresent());
  }

  @Test
  @DisplayName("only the communication total is checked")
  void onlyCommunicationIsATotal() {
    List<String> totals =
        definition.allCategories().stream().filter(Category::isTotal).map(Category::id).collect(Collectors.toList());
    assertEquals(List.of(COMMUNICATION), totals);
  }

  @Test
  @DisplayName("the published 2020 tally passes the check: 1,385 + 689 + 152 + 1,976 = 4,202")
  void publishedTallyIsConsistent() {
    assertEquals(List.of(), published.check());
    assertTrue(published.isConsistent());
    assertEquals(4_202, published.value(COMMUNICATION).getAsLong());
    assertEquals(
        Provenance.Kind.PUBLISHED, published.figure(MEDIA_COVERAGES).orElseThrow().provenance().kind());
  }

  @Test
  @DisplayName("a tally with one wrong part reports exactly the broken sum, with path, expected and found")
  void wrongTallyReportsTheBrokenSum() {
    Map<String, Long> values = TestTallies.publishedValues2020();
    values.put(REBUTTALS, 153L);
    Tally wrong =
        Tally.published(definition, TestTallies.police(), DateRange.ofYear(2020), Source.of("a typo"), values);

    List<Violation> violations = wrong.check();

    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(COMMUNICATION, v.path());
    assertEquals(4_202, v.expected());
    assertEquals(4_203, v.found());
    assertEquals(List.of(MEDIA_COVERAGES, POSTS, REBUTTALS, BULLETINS), v.parts());
    assertEquals(List.of(), v.missingParts());
    assertEquals(Rule.Kind.SUM, v.rule().kind());
    assertEquals(
        "Rule \"parts add up to the total\" broken at communication: expected 4202, found 4203. Figures: communication = 4202;"
            + " parts communication.media_coverages = 1385, communication.posts = 689, communication.rebuttals = 153,"
            + " communication.bulletins = 1976.",
        v.message());
  }

  @Test
  @DisplayName("a missing part is reported, not ignored")
  void missingPartIsReported() {
    Map<String, Long> values = TestTallies.publishedValues2020();
    values.remove(POSTS);
    Tally partial =
        Tally.published(definition, TestTallies.police(), DateRange.ofYear(2020), Source.of("partial"), values);

    Violation v = partial.check().get(0);

    assertEquals(4_202 - 689, v.found());
    assertEquals(List.of(POSTS), v.missingParts());
  }

  @Test
  @DisplayName("Facebook subscribers 20,010 -> 191,903 is +859.0%, compared as a running total")
  void facebookGrowth() {
    Change c = Comparison.of(TestTallies.published2019(), published).change(FACEBOOK_SUBSCRIBERS).orElseThrow();
    assertEquals(Change.Outcome.GROWTH, c.outcome());
    assertEquals("+859.0%", c.growthText());
    assertEquals(OptionalLong.of(171_893), c.absoluteChange());
    assertTrue(c.runningTotal());
  }

  @Test
  @DisplayName("tweets 358 -> 771 is +115.4%, compared as a per-period count")
  void tweetGrowth() {
    Change c = Comparison.of(TestTallies.published2019(), published).change(TWITTER_TWEETS).orElseThrow();
    assertEquals("+115.4%", c.growthText());
    assertEquals(OptionalLong.of(413), c.absoluteChange());
    assertFalse(c.runningTotal());
  }

  @Test
  @DisplayName("the 2019 Twitter followers are derived from +574% (about 33,411), never published, and give back about +574%")
  void derivedTwitterFollowers() {
    Tally y2019 = TestTallies.published2019();
    Figure f = y2019.figure(TWITTER_FOLLOWERS).orElseThrow();
    assertEquals(33_411, f.value());
    Provenance.Derived derived = assertInstanceOf(Provenance.Derived.class, f.provenance());
    assertTrue(derived.formula().contains("225191 / (1 + 574 / 100)"));
    assertEquals(2, derived.from().size());
    assertEquals("+574.0%", Comparison.of(y2019, published).change(TWITTER_FOLLOWERS).orElseThrow().growthText());
  }

  @Test
  @DisplayName("categories the 2019 source does not give compare as not published, not as new or as a division error")
  void missingBaseIsNotPublished() {
    Change c = Comparison.of(TestTallies.published2019(), published).change(COMMUNICATION).orElseThrow();
    assertEquals(Change.Outcome.NOT_PUBLISHED, c.outcome());
    assertEquals("not published", c.growthText());
    assertTrue(c.growthPercent().isEmpty());
    assertTrue(c.absoluteChange().isEmpty());
  }

  @Test
  @DisplayName("a programme without a figure cannot be given one")
  void programmeHasNoFigure() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Tally.builder()
                    .from(published)
                    .putFigures(TestTallies.VIGILANCE, Figure.published(1, Source.of("x")))
                    .build());
    assertEquals(
        "Tally.figures must not hold a category without a value (measure none or programme) but was: \"information_vigilance\"",
        e.getMessage());
  }
}
