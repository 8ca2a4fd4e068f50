package io.hasila.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Labels;
import io.hasila.model.Platform;
import io.hasila.model.Theme;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the rules a tally's figures must pass, and how a broken one reads in three languages")
final class TallyRulesTest {
  private static final Locale AR = Locale.forLanguageTag("ar");
  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
  private static final Labels L = Labels.of("سطر", "ligne", "line");
  private static final Selector REBUTTALS = Selector.anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.REBUTTAL);
  private static final Selector NEWS = Selector.anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.NEWS);

  /** Rebuttals with an at-most child on the health emergency and a display-only child; a total of news; followers of three accounts at one date. */
  static TallyDefinition definition() {
    return TallyDefinition.builder()
        .id("test.rules")
        .labels(L)
        .addCategories(
            Category.builder()
                .id("bulletins")
                .labels(L)
                .measure(Measure.count(Selector.or(REBUTTALS, NEWS)))
                .checkedTotal(true)
                .tolerance(5)
                .addChildren(
                    Category.builder()
                        .id("bulletins.rebuttals")
                        .labels(L)
                        .measure(Measure.count(REBUTTALS))
                        .addChildren(
                            Category.builder()
                                .id("bulletins.rebuttals.health_emergency")
                                .labels(L)
                                .measure(Measure.count(Selector.and(REBUTTALS, Selector.theme(Theme.HEALTH_EMERGENCY))))
                                .role(Category.Role.AT_MOST)
                                .build(),
                            Category.builder()
                                .id("bulletins.rebuttals.last_year")
                                .labels(L)
                                .measure(Measure.publishedOnly())
                                .role(Category.Role.DISPLAY_ONLY)
                                .note("last year's figure, shown for reference")
                                .build())
                        .build(),
                    Category.of("bulletins.news", L, Measure.count(NEWS)),
                    Category.builder()
                        .id("bulletins.of_which_online")
                        .labels(L)
                        .measure(Measure.publishedOnly())
                        .role(Category.Role.DISPLAY_ONLY)
                        .build())
                .build(),
            Category.builder()
                .id("pandemic_news")
                .labels(L)
                .measure(Measure.count(Selector.and(NEWS, Selector.theme(Theme.HEALTH_EMERGENCY))))
                .build(),
            Category.builder()
                .id("followers")
                .labels(L)
                .measure(Measure.publishedOnly())
                .checkedTotal(true)
                .addChildren(
                    Category.of("followers.twitter", L, Measure.snapshotAt(END_2020, Platform.TWITTER, AudienceSnapshot.FOLLOWERS)),
                    Category.of("followers.facebook", L, Measure.snapshotAt(END_2020, Platform.FACEBOOK, AudienceSnapshot.FOLLOWERS)),
                    Category.of("followers.instagram", L, Measure.snapshotAt(END_2020, Platform.INSTAGRAM, AudienceSnapshot.FOLLOWERS)))
                .build())
        .addRules(Rule.atMost("bulletins.news", "pandemic_news"))
        .build();
  }

  static Map<String, Long> values() {
    Map<String, Long> v = new LinkedHashMap<>();
    v.put("bulletins", 773L);
    v.put("bulletins.rebuttals", 152L);
    v.put("bulletins.rebuttals.health_emergency", 92L);
    v.put("bulletins.rebuttals.last_year", 9_000L);
    v.put("bulletins.news", 621L);
    v.put("bulletins.of_which_online", 100_000L);
    v.put("pandemic_news", 400L);
    v.put("followers", 600_000L);
    v.put("followers.twitter", 225_191L);
    v.put("followers.facebook", 191_903L);
    v.put("followers.instagram", 182_906L);
    return v;
  }

  private static Tally published(Map<String, Long> values) {
    return Tally.published(definition(), TestTallies.police(), DateRange.ofYear(2020), TestTallies.source(), values);
  }

  private static Violation only(Tally t) {
    List<Violation> violations = t.check();
    assertEquals(1, violations.size(), violations::toString);
    return violations.get(0);
  }

  @Test
  @DisplayName("the tree states its rules: a sum, an at-most child, running totals at one date; then the declared rules")
  void rulesOfTheTree() {
    assertEquals(
        List.of(
            Rule.builder().kind(Rule.Kind.SUM).total("bulletins").addParts("bulletins.rebuttals", "bulletins.news").tolerance(5).build(),
            Rule.atMost("bulletins.rebuttals", "bulletins.rebuttals.health_emergency"),
            Rule.sumAtDate("followers", "followers.twitter", "followers.facebook", "followers.instagram"),
            Rule.atMost("bulletins.news", "pandemic_news")),
        definition().allRules());
  }

  @Test
  @DisplayName("consistent figures pass; display-only lines stay outside the sum however large")
  void consistentFiguresPass() {
    assertEquals(List.of(), published(values()).check());
  }

  @Test
  @DisplayName("a themed sub-figure above its parent breaks \"at most\", naming both figures and values in three languages")
  void atMost() {
    Map<String, Long> v = values();
    v.put("bulletins.rebuttals.health_emergency", 500L);
    Violation violation = only(published(v));
    assertEquals(Rule.Kind.AT_MOST, violation.rule().kind());
    assertEquals(152, violation.expected());
    assertEquals(500, violation.found());
    assertEquals(
        "Rule \"at most\" broken at bulletins.rebuttals: expected at most 152, found 500. Figures: bulletins.rebuttals = 152;"
            + " parts bulletins.rebuttals.health_emergency = 500.",
        violation.message(Locale.ENGLISH));
    assertEquals(
        "Règle « au plus » non respectée pour bulletins.rebuttals : attendu au plus 152, trouvé 500. Chiffres :"
            + " bulletins.rebuttals = 152 ; parties bulletins.rebuttals.health_emergency = 500.",
        violation.message(Locale.FRENCH));
    assertEquals(
        "القاعدة «لا يتجاوز» غير محققة في bulletins.rebuttals: المتوقع 152 على الأكثر، الموجود 500. الأرقام:"
            + " bulletins.rebuttals = 152؛ الأجزاء bulletins.rebuttals.health_emergency = 500.",
        violation.message(AR));
    assertEquals(violation.message(Locale.ENGLISH), violation.message());
  }

  @Test
  @DisplayName("a declared at-most rule between branches is checked like one of the tree")
  void declaredAtMost() {
    Map<String, Long> v = values();
    v.put("pandemic_news", 622L);
    Violation violation = only(published(v));
    assertEquals(Rule.atMost("bulletins.news", "pandemic_news"), violation.rule());
    assertEquals(Map.of("bulletins.news", 621L, "pandemic_news", 622L), violation.values());
  }

  @Test
  @DisplayName("parts within the tolerance pass; beyond it, the sum is reported with the tolerance, in three languages")
  void sumWithTolerance() {
    Map<String, Long> v = values();
    v.put("bulletins", 778L);
    assertEquals(List.of(), published(v).check());
    v.put("bulletins", 779L);
    Violation violation = only(published(v));
    assertEquals(779, violation.expected());
    assertEquals(773, violation.found());
    assertEquals(
        "Rule \"parts add up to the total\" broken at bulletins: expected 779 (tolerance 5), found 773. Figures: bulletins = 779;"
            + " parts bulletins.rebuttals = 152, bulletins.news = 621.",
        violation.message(Locale.ENGLISH));
    assertEquals(
        "Règle « les parties font le total » non respectée pour bulletins : attendu 779 (tolérance 5), trouvé 773. Chiffres :"
            + " bulletins = 779 ; parties bulletins.rebuttals = 152, bulletins.news = 621.",
        violation.message(Locale.FRENCH));
    assertEquals(
        "القاعدة «مجموع الأجزاء يساوي الإجمالي» غير محققة في bulletins: المتوقع 779 (هامش 5)، الموجود 773. الأرقام:"
            + " bulletins = 779؛ الأجزاء bulletins.rebuttals = 152، bulletins.news = 621.",
        violation.message(AR));
  }

  @Test
  @DisplayName("a part without a figure breaks a sum even within the tolerance, and is named, in three languages")
  void missingPart() {
    Map<String, Long> v = values();
    v.remove("bulletins.news");
    v.put("bulletins", 152L);
    Violation violation = only(published(v));
    assertEquals(List.of("bulletins.news"), violation.missingParts());
    assertEquals(
        "Rule \"parts add up to the total\" broken at bulletins: expected 152 (tolerance 5), found 152. Figures: bulletins = 152;"
            + " parts bulletins.rebuttals = 152; without a figure: bulletins.news.",
        violation.message(Locale.ENGLISH));
    assertEquals(
        "Règle « les parties font le total » non respectée pour bulletins : attendu 152 (tolérance 5), trouvé 152. Chiffres :"
            + " bulletins = 152 ; parties bulletins.rebuttals = 152 ; sans chiffre : bulletins.news.",
        violation.message(Locale.FRENCH));
    assertEquals(
        "القاعدة «مجموع الأجزاء يساوي الإجمالي» غير محققة في bulletins: المتوقع 152 (هامش 5)، الموجود 152. الأرقام:"
            + " bulletins = 152؛ الأجزاء bulletins.rebuttals = 152؛ دون رقم: bulletins.news.",
        violation.message(AR));
  }

  @Test
  @DisplayName("followers of three accounts at one date must add up to the published total, in three languages")
  void sumAtDate() {
    Map<String, Long> v = values();
    v.put("followers", 599_000L);
    Violation violation = only(published(v));
    assertEquals(Rule.Kind.SUM_AT_DATE, violation.rule().kind());
    assertEquals(
        "Rule \"running totals at one date add up to the total\" broken at followers: expected 599000, found 600000. Figures:"
            + " followers = 599000; parts followers.twitter = 225191, followers.facebook = 191903, followers.instagram = 182906.",
        violation.message(Locale.ENGLISH));
    assertEquals(
        "Règle « les cumuls à une même date font le total » non respectée pour followers : attendu 599000, trouvé 600000."
            + " Chiffres : followers = 599000 ; parties followers.twitter = 225191, followers.facebook = 191903,"
            + " followers.instagram = 182906.",
        violation.message(Locale.FRENCH));
    assertEquals(
        "القاعدة «مجموع الأرصدة التراكمية في تاريخ واحد يساوي الإجمالي» غير محققة في followers: المتوقع 599000، الموجود 600000."
            + " الأرقام: followers = 599000؛ الأجزاء followers.twitter = 225191، followers.facebook = 191903،"
            + " followers.instagram = 182906.",
        violation.message(AR));
  }

  @Test
  @DisplayName("a rule whose total has no figure is not checked")
  void noTotalNoCheck() {
    Map<String, Long> v = values();
    v.remove("bulletins.rebuttals");
    v.put("bulletins.rebuttals.health_emergency", 5_000L);
    v.put("bulletins", 621L);
    v.put("bulletins.rebuttals.last_year", 1L);
    List<Violation> violations = published(v).check();
    assertEquals(1, violations.size());
    assertEquals("bulletins", violations.get(0).path());
    assertFalse(published(values()).check().stream().anyMatch(x -> x.path().equals("bulletins.rebuttals")));
  }

  @Test
  @DisplayName("running totals: snapshots at one date and their sum; the count of a theme is a subset, not a running total")
  void runningTotals() {
    TallyDefinition d = definition();
    assertTrue(d.category("followers").orElseThrow().isRunningTotal());
    assertTrue(d.category("followers.twitter").orElseThrow().isRunningTotal());
    assertFalse(d.category("bulletins").orElseThrow().isRunningTotal());
    assertEquals(
        List.of("bulletins.rebuttals", "bulletins.news"),
        d.category("bulletins").orElseThrow().parts().stream().map(Category::id).collect(java.util.stream.Collectors.toList()));
  }
}
