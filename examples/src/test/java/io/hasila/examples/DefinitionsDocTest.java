package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.json.HasilaJson;
import io.hasila.json.HasilaJsonException;
import io.hasila.tally.Category;
import io.hasila.tally.Figure;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import io.hasila.tally.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/definitions.md shows what Hasila writes: the worked example's output, the failed checks and the loading errors. */
@DisplayName("docs/definitions.md shows what Hasila writes")
final class DefinitionsDocTest {
  private static final Path DOC = Path.of("..", "docs", "definitions.md");
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"));

  private static String doc() throws IOException {
    return Files.readString(DOC);
  }

  /** The example's 2022 tally with figures replaced (a null value removes the figure). */
  private static Tally changed(Tally t, TallyDefinition definition, Map<String, Long> values) {
    Map<String, Figure> figures = new LinkedHashMap<>(t.figures());
    values.forEach(
        (id, v) -> {
          if (v == null) {
            figures.remove(id);
          } else {
            figures.put(id, Figure.published(v, t.sources().get(0)));
          }
        });
    return Tally.builder().definition(definition).institution(t.institution()).period(t.period()).figures(figures).build();
  }

  private static List<String> messages(Tally t) {
    List<String> out = new ArrayList<>();
    for (Violation v : t.check()) {
      LANGUAGES.forEach(l -> out.add(v.message(l)));
    }
    return out;
  }

  private static void assertInDoc(String doc, String text) {
    assertTrue(doc.contains(text), () -> "docs/definitions.md does not show:\n" + text);
  }

  @Test
  @DisplayName("the worked example's output is the one CompareYears prints")
  void workedExample() throws IOException {
    assertInDoc(doc(), "```\n" + CompareYearsTest.ENGLISH + "```\n");
  }

  @Test
  @DisplayName("each failed check reads in the three languages as the page shows it")
  void failedChecks() throws IOException {
    String doc = doc();
    CompareYears.Example e = new CompareYears.Example();
    Tally t = e.later;
    List<String> all = new ArrayList<>();
    all.addAll(messages(changed(t, e.laterDefinition, Map.of("activities", 610L))));
    Map<String, Long> missing = new LinkedHashMap<>();
    missing.put("activities.rebuttals", null);
    missing.put("activities.rebuttals.fake_news", null);
    all.addAll(messages(changed(t, e.laterDefinition, missing)));
    all.addAll(messages(changed(t, e.laterDefinition, Map.of("activities.rebuttals.fake_news", 45L))));
    all.addAll(messages(changed(t, e.laterDefinition, Map.of("followers", 46_000L))));
    assertEquals(12, all.size());
    all.forEach(m -> assertInDoc(doc, m + "\n"));

    Category activities = e.laterDefinition.categories().get(0);
    TallyDefinition tolerant =
        TallyDefinition.builder()
            .from(e.laterDefinition)
            .categories(List.of())
            .addCategories(Category.builder().from(activities).tolerance(5).build())
            .addAllCategories(e.laterDefinition.categories().subList(1, e.laterDefinition.categories().size()))
            .build();
    assertEquals(List.of(), changed(t, tolerant, Map.of("activities", 605L)).check());
    List<String> withTolerance = messages(changed(t, tolerant, Map.of("activities", 610L)));
    assertTrue(withTolerance.get(0).contains("expected 610 (tolerance 5)"), withTolerance.get(0));
    assertTrue(withTolerance.get(1).contains("attendu 610 (tolérance 5)"), withTolerance.get(1));
    assertTrue(withTolerance.get(2).contains("المتوقع 610 (هامش 5)"), withTolerance.get(2));
    assertInDoc(doc, "`expected 610 (tolerance 5)`");

    Tally raised = changed(Reference2020.published2020(), Reference2020.definition(), Map.of("health_emergency.rebuttals", 500L));
    assertInDoc(doc.replace("\n", " "), messages(raised).get(0));
  }

  @Test
  @DisplayName("a mistyped theme or platform in the example's definition fails with the message the page shows")
  void loadingErrors() throws IOException {
    String doc = doc();
    String text;
    try (InputStream in = CompareYears.class.getResourceAsStream(CompareYears.DATA + "definition-2022.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    HasilaJson json = HasilaJson.create();
    for (String[] typo : new String[][] {{"\"fake_news\"", "\"fake_nwes\""}, {"\"platform\": \"x\"", "\"platform\": \"X\""}}) {
      String broken = text.replace(typo[0], typo[1]);
      HasilaJsonException fault = assertThrows(HasilaJsonException.class, () -> json.tallyDefinitionFromJson(broken));
      assertInDoc(doc, fault.getMessage() + "\n");
    }
  }
}
