package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the main example")
final class Tally2020Test {
  private static final List<String> FIGURES =
      List.of("11,025", "104", "4,202", "1,385", "689", "152", "1,976", "445", "797", "92", "621",
          "225,191", "771", "358", "191,903", "20,010", "33,411", "+859.0%", "+115.4%", "3,683");

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Tally2020.run(
            Tally2020.Options.parse(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("prints every figure of the reference table from the bundled log, and every check passes")
  void printsEveryFigure() {
    String out = run();
    for (String figure : FIGURES) {
      assertTrue(out.contains(figure), () -> figure + " missing from\n" + out);
    }
    assertTrue(out.contains("Compared with the published figures: all equal"), out);
    assertTrue(out.contains("33,411 D"), "the 2019 Twitter followers are marked derived");
  }

  @Test
  @DisplayName("the bundled CSV log gives the same tally as the JSON Lines log")
  void csvEqualsJsonLines() {
    String json = run();
    String csv = run("--csv");
    assertTrue(csv.lines().findFirst().orElseThrow().endsWith("activities-2020-synthetic.csv"), csv);
    assertEquals(json.lines().skip(1).toList(), csv.lines().skip(1).toList());
  }

  @Test
  @DisplayName("prints in Arabic with right-to-left marks, and in French")
  void printsInArabicAndFrench() {
    String ar = run("--lang", "ar");
    assertTrue(ar.lines().filter(l -> !l.isEmpty()).allMatch(l -> l.charAt(0) == '\u200F'), "every Arabic line starts with RLM");
    assertTrue(ar.contains("\u200F\u200E11,025 C\u200E\u200F"), "figures are left-to-right runs between right-to-left marks");
    assertTrue(ar.contains("بيانات حقيقة") || ar.contains("بيان حقيقة") || ar.contains("بيانات الحقيقة"), ar);
    String fr = run("--lang", "fr");
    assertTrue(fr.contains("Bilan 2020"), fr);
  }

  @Test
  @DisplayName("tallies a user's own CSV log under the bundled definition")
  void talliesUserFiles(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("my-log.csv");
    Files.writeString(
        log,
        "type,id,date,unit_id,unit_name,kind,participants\n"
            + "bulletin,b1,2020-03-21,rabat.media,Rabat,rebuttal,\n"
            + "bulletin,b2,2020-03-22,rabat.media,Rabat,communique,\n"
            + "campaign,c1,2020-06-14,rabat.media,Rabat,blood_donation,120\n");
    String out = run("--activities", log.toString(), "--zone", "UTC");
    assertTrue(out.contains("3 records read from " + log), out);
    assertTrue(out.contains("Check of the computed tally: OK"), out);
    assertTrue(out.lines().anyMatch(l -> l.contains("police staff who gave blood") && l.contains("120 C")), out);
  }

  @Test
  @DisplayName("rejects an unknown option with a usage error")
  void rejectsUnknownOptions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tally2020.Options.parse("--colour"));
    assertEquals("unknown option: --colour", e.getMessage());
  }

  @Test
  @DisplayName("the generator writes the committed files byte for byte, twice")
  void generatorIsDeterministic(@TempDir Path a, @TempDir Path b) throws IOException {
    if (Boolean.getBoolean("hasila.regenerate")) {
      // After a deliberate change of the format (a new activity type adds CSV columns): rewrite them.
      GenerateExampleData.write(Path.of("src", "main", "resources", "io", "hasila", "examples", "data", "2020"), SyntheticLog2020.DEFAULT_SEED);
    }
    List<Path> first = GenerateExampleData.write(a, SyntheticLog2020.DEFAULT_SEED);
    List<Path> second = GenerateExampleData.write(b, SyntheticLog2020.DEFAULT_SEED);
    for (int i = 0; i < first.size(); i++) {
      byte[] bytes = Files.readAllBytes(first.get(i));
      assertArrayEquals(bytes, Files.readAllBytes(second.get(i)));
      String name = first.get(i).getFileName().toString();
      try (InputStream committed = Tally2020.resource(name)) {
        assertArrayEquals(bytes, committed.readAllBytes(), () -> "regenerate the example data: " + name);
      }
    }
  }
}
