package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hasila.tally.Figure;
import io.hasila.tally.Rule;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checks of the bundled 2020 definition on the bundled published tally, and on that tally with one figure raised. */
@DisplayName("the checks of the 2020 reference tally")
final class ReferenceChecksTest {
  private static Tally with(String id, long value) {
    Tally t = Reference2020.published2020();
    Map<String, Figure> figures = new LinkedHashMap<>(t.figures());
    Source source = t.sources().get(0);
    figures.put(id, Figure.published(value, source));
    return Tally.builder().definition(t.definition()).institution(t.institution()).period(t.period()).figures(figures).build();
  }

  @Test
  @DisplayName("the published 2020 tally passes every rule: the sum of the communication lines and the two at-most rules")
  void publishedPasses() {
    Tally t = Reference2020.published2020();
    assertEquals(List.of(), t.check());
    assertEquals(
        List.of(
            Rule.sum("communication", "communication.media_coverages", "communication.posts", "communication.rebuttals", "communication.bulletins"),
            Rule.Kind.AT_MOST,
            Rule.Kind.AT_MOST),
        List.of(t.definition().allRules().get(0), t.definition().allRules().get(1).kind(), t.definition().allRules().get(2).kind()));
    assertEquals(1, t.sources().size());
  }

  @Test
  @DisplayName("500 health-emergency rebuttals out of 152 fail \"at most\", naming both figures and their values, in three languages")
  void raisedSubFigureFails() {
    List<Violation> violations = with("health_emergency.rebuttals", 500).check();
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(Map.of("communication.rebuttals", 152L, "health_emergency.rebuttals", 500L), v.values());
    assertEquals(
        "Rule \"at most\" broken at communication.rebuttals: expected at most 152, found 500. Figures: communication.rebuttals"
            + " = 152; parts health_emergency.rebuttals = 500.",
        v.message(Locale.ENGLISH));
    assertEquals(
        "Règle « au plus » non respectée pour communication.rebuttals : attendu au plus 152, trouvé 500. Chiffres :"
            + " communication.rebuttals = 152 ; parties health_emergency.rebuttals = 500.",
        v.message(Locale.FRENCH));
    assertEquals(
        "القاعدة «لا يتجاوز» غير محققة في communication.rebuttals: المتوقع 152 على الأكثر، الموجود 500. الأرقام:"
            + " communication.rebuttals = 152؛ الأجزاء health_emergency.rebuttals = 500.",
        v.message(Locale.forLanguageTag("ar")));
  }

  @Test
  @DisplayName("health-emergency communiqués and news items above the year's bulletins fail together")
  void raisedBulletinsFail() {
    Violation v = with("health_emergency.news", 1_600).check().get(0);
    assertEquals(
        "Rule \"at most\" broken at communication.bulletins: expected at most 1976, found 2045. Figures: communication.bulletins"
            + " = 1976; parts health_emergency.communiques = 445, health_emergency.news = 1600.",
        v.message());
  }
}
