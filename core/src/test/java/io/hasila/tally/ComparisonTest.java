package io.hasila.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import io.hasila.model.MediaCoverage;
import io.hasila.model.Platform;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("comparisons: one institution, periods in order, lines matched by id or through a mapping")
final class ComparisonTest {
  private static final Labels L = Labels.of("سطر", "ligne", "line");

  private static Category count(String id, BulletinKind kind) {
    return Category.of(id, L, Measure.count(Selector.anyOf(Bulletin.TYPE, Bulletin.KIND, kind)));
  }

  /** 2021: communiqués and press news apart, Twitter followers, radio spots, coverages, a line of its own. */
  static TallyDefinition y2021() {
    return TallyDefinition.builder()
        .id("example.2021")
        .labels(L)
        .addCategories(
            count("communiques", BulletinKind.COMMUNIQUE),
            count("press_news", BulletinKind.NEWS),
            Category.of("twitter_followers", L, Measure.latestSnapshot(Platform.TWITTER)),
            Category.of("radio_spots", L, Measure.publishedOnly()),
            Category.of("coverages", L, Measure.count(Selector.ofType(MediaCoverage.TYPE))),
            Category.of("press_files", L, Measure.publishedOnly()))
        .build();
  }

  /** 2022: information tasks (communiqués and press news merged), X followers (renamed), Instagram followers (new), coverages. */
  static TallyDefinition y2022() {
    return TallyDefinition.builder()
        .id("example.2022")
        .labels(L)
        .addCategories(
            Category.of("information_tasks", L, Measure.count(Selector.anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.COMMUNIQUE, BulletinKind.NEWS))),
            Category.of("x_followers", L, Measure.latestSnapshot(Platform.of("x", Labels.of("إكس", "X", "X")))),
            Category.of("instagram_followers", L, Measure.latestSnapshot(Platform.INSTAGRAM, AudienceSnapshot.FOLLOWERS)),
            Category.of("coverages", L, Measure.count(Selector.ofType(MediaCoverage.TYPE))),
            Category.of("rebuttals", L, Measure.publishedOnly()))
        .build();
  }

  static Mapping mapping() {
    return Mapping.builder()
        .from("example.2021")
        .to("example.2022")
        .addLines(
            Mapping.Line.of(List.of("communiques", "press_news"), List.of("information_tasks")).withNote("merged in 2022"),
            Mapping.Line.renamed("twitter_followers", "x_followers"),
            Mapping.Line.added("instagram_followers"),
            Mapping.Line.discontinued("radio_spots"))
        .build();
  }

  private static Institution institution(String id) {
    return Institution.of(id, "an invented institution", ZoneId.of("Africa/Casablanca"));
  }

  private static Tally tally(TallyDefinition d, String institution, int year, Map<String, Long> values) {
    return Tally.published(d, institution(institution), DateRange.ofYear(year), Source.of("Annual report " + year), values);
  }

  static Tally tally2021() {
    return tally(y2021(), "example", 2021, Map.of("communiques", 120L, "press_news", 80L, "twitter_followers", 10_000L, "radio_spots", 12L, "coverages", 0L, "press_files", 7L));
  }

  static Tally tally2022() {
    return tally(y2022(), "example", 2022, Map.of("information_tasks", 260L, "x_followers", 15_000L, "instagram_followers", 4_000L, "rebuttals", 9L));
  }

  private static Map<String, String> outcomes(Comparison c) {
    return c.changes().stream().collect(Collectors.toMap(Change::path, ch -> ch.outcome() + " " + ch.growthText(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Test
  @DisplayName("through a mapping every row states its outcome: merged and renamed lines compared, new, discontinued, not defined, not published")
  void throughAMapping() {
    Comparison c = Comparison.of(tally2021(), tally2022(), mapping());
    assertEquals(
        Map.of(
            "information_tasks", "GROWTH +30.0%",
            "x_followers", "GROWTH +50.0%",
            "instagram_followers", "NEW new",
            "coverages", "NOT_PUBLISHED not published",
            "rebuttals", "NOT_DEFINED not defined",
            "radio_spots", "DISCONTINUED discontinued",
            "press_files", "NOT_DEFINED not defined"),
        outcomes(c));
    assertEquals(
        List.of("information_tasks", "x_followers", "instagram_followers", "coverages", "rebuttals", "radio_spots", "press_files"),
        List.copyOf(outcomes(c).keySet()));
    Change merged = c.change("information_tasks").orElseThrow();
    assertEquals(List.of("communiques", "press_news"), merged.previousPaths());
    assertEquals(OptionalLong.of(200), merged.previous());
    assertEquals(OptionalLong.of(60), merged.absoluteChange());
    assertSame(merged, c.change("press_news").orElseThrow());
    assertTrue(c.change("x_followers").orElseThrow().runningTotal());
    Change rebuttals = c.change("rebuttals").orElseThrow();
    assertEquals(List.of(), rebuttals.previousPaths());
    assertEquals(List.of("rebuttals"), rebuttals.currentPaths());
    Change radio = c.change("radio_spots").orElseThrow();
    assertEquals(List.of(), radio.currentPaths());
    assertEquals(OptionalLong.of(12), radio.previous());
  }

  @Test
  @DisplayName("a mapping given from the later definition to the earlier is turned around: the same rows")
  void mappingEitherWay() {
    Comparison forward = Comparison.of(tally2021(), tally2022(), mapping());
    Comparison backward = Comparison.of(tally2022(), tally2021(), mapping().inverse());
    assertEquals(forward.changes(), backward.changes());
    assertEquals(mapping(), backward.mapping().orElseThrow());
    assertEquals(mapping(), mapping().inverse().inverse());
  }

  @Test
  @DisplayName("the later tally first is put in order, earlier to later")
  void ordersPeriods() {
    Comparison c = Comparison.of(TestTallies.published2020(), TestTallies.published2019());
    assertEquals(2019, c.previous().period().from().getYear());
    assertEquals("+859.0%", c.change(TestTallies.FACEBOOK_SUBSCRIBERS).orElseThrow().growthText());
  }

  @Test
  @DisplayName("two tallies of one period are refused, unless compared in the order given (published against computed)")
  void samePeriod() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(TestTallies.published2020(), TestTallies.published2020()));
    assertEquals(
        "Comparison.period must differ between the tallies (compare two tallies of one period, such as published and computed,"
            + " with options().inGivenOrder()) but was: \"both 2020-01-01..2020-12-31\"",
        e.getMessage());
    Comparison c = Comparison.options().inGivenOrder().compare(TestTallies.published2020(), TestTallies.published2019());
    assertEquals(2020, c.previous().period().from().getYear());
    assertEquals("-89.6%", c.change(TestTallies.FACEBOOK_SUBSCRIBERS).orElseThrow().growthText());
  }

  @Test
  @DisplayName("tallies of different institutions are refused, unless allowed explicitly")
  void institutions() {
    Tally other = tally(y2022(), "ministry.health", 2022, Map.of("information_tasks", 3L));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparison.of(tally2021(), other, mapping()));
    assertEquals(
        "Comparison.institution must be the same for both tallies (compare different institutions with options().acrossInstitutions())"
            + " but was: \"example and ministry.health\"",
        e.getMessage());
    Comparison c = Comparison.options().acrossInstitutions().mapping(mapping()).compare(tally2021(), other);
    assertEquals("-98.5%", c.change("information_tasks").orElseThrow().growthText());
  }

  @Test
  @DisplayName("a mapping that does not fit the definitions names the line, the unknown id and the closest known one")
  void mappingMustFit() {
    Mapping typo = Mapping.builder().from("example.2021").to("example.2022").addLines(Mapping.Line.renamed("twiter_followers", "x_followers")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparison.of(tally2021(), tally2022(), typo));
    assertEquals(
        "Mapping.lines[0].from must name categories of example.2021 (did you mean \"twitter_followers\"?) but was: \"twiter_followers\"",
        e.getMessage());
    Mapping other = Mapping.builder().from("example.2019").to("example.2022").build();
    e = assertThrows(IllegalArgumentException.class, () -> Comparison.of(tally2021(), tally2022(), other));
    assertEquals(
        "Comparison.mapping must relate the definitions example.2021 and example.2022 but was: \"example.2019 -> example.2022\"",
        e.getMessage());
    Mapping mixed =
        Mapping.builder().from("example.2021").to("example.2022").addLines(Mapping.Line.renamed("twitter_followers", "information_tasks")).build();
    e = assertThrows(IllegalArgumentException.class, () -> Comparison.of(tally2021(), tally2022(), mixed));
    assertEquals(
        "Mapping.lines[0] must relate running totals (of one date on each side) only to running totals, counts only to counts"
            + " (twitter_followers is a running total at the end of the period) but was: \"information_tasks\"",
        e.getMessage());
  }

  @Test
  @DisplayName("a mapping names each category in one line only, and a line names at least one")
  void mappingRules() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Mapping.builder().from("a").to("b")
                    .addLines(Mapping.Line.renamed("x", "y"), Mapping.Line.discontinued("x"))
                    .build());
    assertEquals("Mapping.lines[1].from must name each category of a in one line only but was: \"x\"", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Mapping.Line.of(List.of(), List.of()));
    assertEquals("Line.from must name a category when to is empty but was: []", e.getMessage());
    assertEquals(Mapping.Kind.MERGED, mapping().lines().get(0).kind());
    assertEquals(Mapping.Kind.SPLIT, mapping().inverse().lines().get(0).kind());
    assertEquals(Mapping.Kind.RENAMED, mapping().lines().get(1).kind());
    assertEquals(Mapping.Kind.ADDED, mapping().lines().get(2).kind());
    assertEquals(Mapping.Kind.DISCONTINUED, mapping().lines().get(3).kind());
  }

  @Test
  @DisplayName("without a mapping, identical taxonomies compare by id, as before")
  void identicalTaxonomies() {
    Comparison c = Comparison.of(TestTallies.published2019(), TestTallies.published2020());
    assertEquals("+115.4%", c.change(TestTallies.TWITTER_TWEETS).orElseThrow().growthText());
    assertEquals(Change.Outcome.NOT_PUBLISHED, c.change(TestTallies.BLOOD_DONORS).orElseThrow().outcome());
    assertEquals(TestTallies.definition().allCategories().stream().filter(Category::hasValue).count(), c.changes().size());
  }
}
