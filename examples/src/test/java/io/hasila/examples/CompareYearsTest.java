package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.tally.Change;
import io.hasila.tally.Comparison;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("two years of an invented institution whose taxonomy changed, compared through a mapping")
final class CompareYearsTest {
  /** What the program prints in English: the worked example of docs/definitions.md. */
  static final String ENGLISH =
      String.join(
          "\n",
          "Agence régionale d'exemple (institution inventée): 2021 → 2022, through the mapping example.communication.2021 →"
              + " example.communication.2022",
          "",
          "Check of the tally of 2021: OK",
          "Check of the tally of 2022: OK",
          "",
          "Line                                                      2021     2022         Change",
          "communication activities                                   500      600         +20.0%",
          "  information tasks ← communiqués + press news             200      260         +30.0%",
          "  rebuttals                                                 30       40         +33.3%",
          "    of which on fake news                                    —       25            new",
          "  media coverages                                          270      300         +11.1%",
          "    of which for the foreign press                           —       45    not defined",
          "followers of the official accounts on 31 December 2022       —   47,000    not defined",
          "  X ← Twitter followers                                 10,000   15,000         +50.0%",
          "  Facebook ← Facebook followers                         25,000   28,000         +12.0%",
          "  Instagram                                                  —    4,000            new",
          "awareness campaign views                                     —  120,000  not published",
          "radio spots                                                 12        —   discontinued",
          "");

  private static String run(Locale lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, CompareYears.run(lang, new PrintStream(out, true, StandardCharsets.UTF_8)));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("prints both checks and every row with its outcome: compared, new, not defined, not published, discontinued")
  void english() {
    assertEquals(ENGLISH, run(Locale.ENGLISH));
  }

  @Test
  @DisplayName("reads in French and in Arabic")
  void frenchAndArabic() {
    String fr = run(Locale.FRENCH);
    assertTrue(fr.contains("Contrôle du bilan 2022: OK"), fr);
    for (String word : List.of("nouveau", "non défini", "non publié", "supprimé", "tâches d'information ← communiqués + informations de presse")) {
      assertTrue(fr.contains(word), () -> word + " missing from\n" + fr);
    }
    String ar = run(Locale.forLanguageTag("ar"));
    for (String word : List.of("جديد", "غير معرّف", "غير منشور", "ملغى")) {
      assertTrue(ar.contains(word), () -> word + " missing from\n" + ar);
    }
  }

  @Test
  @DisplayName("the merged line adds up both of 2021's lines; the renamed account compares end of 2021 with 31 December 2022")
  void rows() {
    CompareYears.Example e = new CompareYears.Example();
    Comparison c = Comparison.of(e.later, e.earlier, e.mapping.inverse());
    Change tasks = c.change("activities.press_news").orElseThrow();
    assertEquals(List.of("activities.communiques", "activities.press_news"), tasks.previousPaths());
    assertEquals(60, tasks.absoluteChange().orElseThrow());
    Change x = c.change("followers.x").orElseThrow();
    assertTrue(x.runningTotal());
    assertEquals("+50.0%", x.growthText());
    assertEquals(
        List.of(
            Change.Outcome.GROWTH, Change.Outcome.GROWTH, Change.Outcome.GROWTH, Change.Outcome.NEW, Change.Outcome.GROWTH,
            Change.Outcome.NOT_DEFINED, Change.Outcome.NOT_DEFINED, Change.Outcome.GROWTH, Change.Outcome.GROWTH, Change.Outcome.NEW,
            Change.Outcome.NOT_PUBLISHED, Change.Outcome.DISCONTINUED),
        c.changes().stream().map(Change::outcome).collect(Collectors.toList()));
  }
}
