package io.hasila.cli;

import static io.hasila.cli.Cli.run;
import static io.hasila.cli.Cli.y2020;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.json.HasilaJson;
import io.hasila.tally.Provenance;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("import-press and export, run in this JVM on the bundled 2020 files")
final class PressAndOpenDataTest {
  /** The team's Arabic restatement of the 2020 press report, in the press module's test corpus. */
  private static final Path CORPUS_01_AR = Path.of("..", "press", "src", "test", "resources", "io", "hasila", "press", "corpus", "01-ar.txt");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static TallyDefinition definition() {
    return HasilaJson.create().readTallyDefinition(Path.of(y2020("definition-2020.json")));
  }

  private static Map<String, Long> values(Tally t) {
    return t.figures().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bundled press-2020-fr.txt", "corpus 01-ar.txt"})
  @DisplayName("import-press of a restatement of the 2020 press report writes a draft with exactly the published 2020 figures, exit 0")
  void importsThe2020Figures(String which) {
    Path press = which.startsWith("bundled") ? Path.of(y2020("press-2020-fr.txt")) : CORPUS_01_AR;
    Path draft = dir.resolve("draft-2020.json");
    Cli.Run r = run("import-press", "--definition", y2020("definition-2020.json"), "--out", draft.toString(), press.toString());
    assertEquals(0, r.code, r::toString);
    TallyDefinition d = definition();
    Tally published = HasilaJson.create().readTally(Path.of(y2020("published-2020.json")), d);
    Tally imported = HasilaJson.create().readTally(draft, d);
    assertEquals(values(published), values(imported));
    assertEquals(2020, imported.period().from().getYear());
    assertTrue(imported.check().isEmpty(), () -> imported.check().toString());
    assertTrue(imported.figures().values().stream().allMatch(f -> f.provenance() instanceof Provenance.Published), imported::toString);
    assertTrue(r.out.contains("17 figures kept in the draft"), r.out);
    assertTrue(r.out.contains("Nothing left for review"), r.out);
    assertTrue(r.err.contains("wrote " + draft), r.err);
  }

  @Test
  @DisplayName("the report gives each figure's evidence (number as written, span, label matched, confidence, sentence) in the language asked for")
  void reportWithEvidence() throws IOException {
    String text = Files.readString(Path.of(y2020("press-2020-fr.txt")), StandardCharsets.UTF_8);
    int at = text.indexOf("3 683");
    Cli.Run fr = run("import-press", "--definition", y2020("definition-2020.json"), y2020("press-2020-fr.txt"), "--lang", "fr");
    assertEquals(0, fr.code, fr::toString);
    assertTrue(fr.out.contains("17 chiffres retenus dans le bilan provisoire"), fr.out);
    assertTrue(fr.out.contains("« 3 683 » en [" + at + ", " + (at + 5) + ")"), fr.out);
    assertTrue(fr.out.contains("3\u202F683"), fr.out);
    assertTrue(fr.out.contains("dans : Enfin, quatre numéros du magazine de la police"), fr.out);
    assertTrue(fr.out.contains("nombres sans catégorie"), fr.out);
    Cli.Run ar = run("import-press", "--definition", y2020("definition-2020.json"), y2020("press-2020-fr.txt"), "--lang", "ar", "--format", "markdown");
    assertEquals(0, ar.code, ar::toString);
    assertTrue(ar.out.startsWith("<div dir=\"rtl\" lang=\"ar\">"), ar.out);
    assertTrue(ar.out.contains("| الفئة |"), ar.out);
    Cli.Run html = run("import-press", "--definition", y2020("definition-2020.json"), y2020("press-2020-fr.txt"), "--format", "html");
    assertEquals(0, html.code, html::toString);
    assertTrue(html.out.startsWith("<!DOCTYPE html>"), html.out);
    assertEquals(17, html.out.split("<tr class=\"kept\"", -1).length - 1, html.out);
  }

  @Test
  @DisplayName("with --format json the draft goes to standard output and the report to stderr")
  void draftToStandardOutput() throws IOException {
    Cli.Run r = run("import-press", "--definition", y2020("definition-2020.json"), y2020("press-2020-fr.txt"), "--format", "json");
    assertEquals(0, r.code, r::toString);
    Path draft = dir.resolve("draft.json");
    Files.writeString(draft, r.out, StandardCharsets.UTF_8);
    Tally t = HasilaJson.create().readTally(draft, definition());
    assertEquals(17, t.figures().size());
    assertTrue(r.err.contains("17 figures kept in the draft"), r.err);
  }

  @Test
  @DisplayName("a figure left for review, or a text where no figure is read, exits 1 and is never in the draft")
  void review() throws IOException {
    Path draft = dir.resolve("draft.json");
    Path press = dir.resolve("press.txt");
    // Two counts for one category: the surer one is kept, the other left for review.
    Files.writeString(press, "Bilan 2020. Les policiers ont participé aux campagnes de don de sang : 3 683 donneurs de sang, puis 12 donneurs de sang.\n", StandardCharsets.UTF_8);
    Cli.Run r = run("import-press", "--definition", y2020("definition-2020.json"), "--out", draft.toString(), press.toString());
    assertEquals(1, r.code, r::toString);
    assertFalse(r.out.contains("Nothing left for review"), r.out);
    Tally t = HasilaJson.create().readTally(draft, definition());
    assertEquals(1, t.figures().size(), t::toString);
    Files.writeString(press, "Rabat, le 30 décembre 2020. Rien à signaler.\n", StandardCharsets.UTF_8);
    Cli.Run none = run("import-press", "--definition", y2020("definition-2020.json"), press.toString());
    assertEquals(1, none.code, none::toString);
    assertTrue(none.out.contains("No figure kept in the draft"), none.out);
  }

  @Test
  @DisplayName("import-press: a bad option is a usage error (2), a missing, non-UTF-8 or yearless text an input error (3) on one line")
  void importErrors() throws IOException {
    String d = y2020("definition-2020.json");
    String press = y2020("press-2020-fr.txt");
    for (String[] args :
        List.of(
            new String[] {"import-press", press},
            new String[] {"import-press", "--definition", d, "--threshold", "2", press},
            new String[] {"import-press", "--definition", d, "--format", "csv", press},
            new String[] {"import-press", "--definition", d, "--year", "twenty", press})) {
      Cli.Run r = run(args);
      assertEquals(2, r.code, () -> String.join(" ", args) + "\n" + r);
      assertEquals("", r.out, r::toString);
    }
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Bilan 2020 : 12 r\u00e9unions".getBytes(StandardCharsets.ISO_8859_1));
    Path yearless = dir.resolve("yearless.txt");
    Files.writeString(yearless, "Les services ont publié 152 mises au point.\n", StandardCharsets.UTF_8);
    for (Path p : List.of(dir.resolve("missing.txt"), latin1, yearless)) {
      Cli.Run r = run("import-press", "--definition", d, p.toString());
      assertEquals(3, r.code, r::toString);
      assertEquals(1, r.err.lines().count(), r::toString);
      assertTrue(r.err.startsWith(p.getFileName() + ": expected "), r::toString);
    }
    Cli.Run withYear = run("import-press", "--definition", d, "--year", "2020", yearless.toString());
    assertEquals(0, withYear.code, withYear::toString);
  }

  @Test
  @DisplayName("export --to activity-streams writes the 9,654 activities of 2020 as one JSON-LD collection, each with an IRI and its three types")
  void activityStreams() throws IOException {
    Path out = dir.resolve("activities-2020.jsonld");
    Cli.Run r = run("export", "--to", "activity-streams", "--activities", y2020("activities-2020-synthetic.jsonl"), "--base", "https://data.example.org/dgsn/2020/", "--out", out.toString());
    assertEquals(0, r.code, r::toString);
    JsonNode doc = JSON.readTree(out.toFile());
    assertTrue(doc.get("@context").isArray(), doc.get("@context")::toString);
    assertTrue(doc.get("@context").toString().contains("https://www.w3.org/ns/activitystreams"), doc.get("@context")::toString);
    assertEquals("OrderedCollection", doc.get("type").asString());
    JsonNode items = doc.get("orderedItems");
    assertEquals(9654, items.size());
    Set<String> ids = new HashSet<>();
    for (JsonNode a : items) {
      assertTrue(ids.add(a.get("id").asString()), a::toString);
      assertTrue(a.get("id").asString().startsWith("https://data.example.org/dgsn/2020/activities/"), a::toString);
      assertTrue(a.get("type").size() >= 3, a::toString);
      assertTrue(a.get("type").toString().contains("\"hasila:"), a::toString);
    }
    assertTrue(r.err.contains("wrote 9654 activities to " + out), r.err);
  }

  @Test
  @DisplayName("export --to claim-review writes one ClaimReview per 2020 rebuttal (152), each with what search engines require")
  void claimReview() throws IOException {
    Path out = dir.resolve("claim-reviews-2020.jsonld");
    Cli.Run r = run("export", "--to", "claim-review", "--activities", y2020("activities-2020-synthetic.csv"), "--tally", y2020("published-2020.json"),
        "--definition", y2020("definition-2020.json"), "--out", out.toString());
    assertEquals(0, r.code, r::toString);
    JsonNode doc = JSON.readTree(out.toFile());
    assertEquals("https://schema.org", doc.get("@context").asString());
    JsonNode graph = doc.get("@graph");
    assertEquals(152, graph.size());
    for (JsonNode review : graph) {
      assertEquals("ClaimReview", review.get("@type").asString());
      for (String p : List.of("url", "datePublished", "claimReviewed")) {
        assertFalse(review.path(p).asString("").isBlank(), () -> p + " in " + review);
      }
      assertEquals("المديرية العامة للأمن الوطني", review.get("author").get("name").asString());
      assertEquals("Claim", review.get("itemReviewed").get("@type").asString());
      assertFalse(review.get("itemReviewed").path("author").path("name").asString("").isBlank(), review::toString);
      assertFalse(review.get("reviewRating").path("alternateName").asString("").isBlank(), review::toString);
    }
    Cli.Run noInstitution = run("export", "--to", "claim-review", "--activities", y2020("activities-2020-synthetic.jsonl"), "--out", out.toString());
    assertEquals(2, noInstitution.code, noInstitution::toString);
  }

  @Test
  @DisplayName("export --to data-package writes the CSV files and a datapackage.json whose Table Schemas name every column, and every row is there")
  void dataPackage() throws IOException {
    Path out = dir.resolve("open-data-2020");
    Cli.Run r = run("export", "--to", "data-package", "--activities", y2020("activities-2020-synthetic.jsonl"), "--snapshots", y2020("snapshots-2020.jsonl"),
        "--tally", y2020("published-2020.json"), "--definition", y2020("definition-2020.json"), "--dialect", "excel-fr", "--out", out.toString());
    assertEquals(0, r.code, r::toString);
    JsonNode descriptor = JSON.readTree(out.resolve("datapackage.json").toFile());
    assertEquals("tabular-data-package", descriptor.path("profile").asString("tabular-data-package"));
    List<String> names = new ArrayList<>();
    Map<String, Long> rows = Map.of("activities.csv", 9654L, "snapshots.csv", 3L);
    for (JsonNode resource : descriptor.get("resources")) {
      String path = resource.get("path").asString();
      names.add(path);
      assertEquals(";", resource.get("dialect").get("delimiter").asString(), resource::toString);
      List<String> lines = Files.readAllLines(out.resolve(path), StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(";", -1));
      List<String> fields = new ArrayList<>();
      resource.get("schema").get("fields").forEach(f -> fields.add(f.get("name").asString()));
      assertEquals(fields, header, path);
      for (JsonNode key : resource.get("schema").get("primaryKey")) {
        assertTrue(fields.contains(key.asString()), key::toString);
      }
      if (rows.containsKey(path)) {
        assertEquals(rows.get(path), Files.lines(out.resolve(path), StandardCharsets.UTF_8).skip(1).filter(l -> !l.isEmpty()).count(), path);
      }
    }
    assertEquals(List.of("activities.csv", "snapshots.csv", "tally-2020-01-01-2020-12-31.csv"), names);
  }
}
