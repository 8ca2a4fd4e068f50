package io.hasila.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the Activity Streams 2.0 export expands with a real JSON-LD processor, every term to an IRI")
final class ActivityStreamsTest {
  private static final URI BASE = URI.create("https://data.example.org/dgsn/2020/");

  private static String export(List<? extends Activity> activities) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(activities.size(), ActivityStreams.create().withBase(BASE).write(out, activities));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Checks one export: item by item, the expanded types and the number of properties before and after. */
  private static void check(List<? extends Activity> activities) {
    String document = export(activities);
    JsonObject compact = Expansion.parse(document);
    JsonArray expanded = Expansion.expand(document);
    assertEquals(1, expanded.size(), "one collection");
    JsonObject collection = expanded.getJsonObject(0);
    assertEquals(List.of(Expansion.AS + "OrderedCollection"), Expansion.types(collection));
    assertEquals(List.of(), Expansion.unexpanded(expanded), "terms that did not expand to an IRI");
    JsonArray before = compact.getJsonArray("orderedItems");
    JsonArray after = activities.isEmpty() ? JsonArray.EMPTY_JSON_ARRAY : Expansion.first(collection, Expansion.AS + "items").getJsonArray("@list");
    assertEquals(activities.size(), before.size());
    assertEquals(activities.size(), after.size());
    assertEquals(activities.size(), Expansion.first(collection, Expansion.AS + "totalItems").getJsonNumber("@value").longValue());
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      JsonObject node = after.getJsonObject(i);
      assertEquals(BASE + "activities/" + Nodes.segment(a.id()), node.getString("@id"));
      List<String> types = Expansion.types(node);
      List<String> expected = new ArrayList<>();
      for (String t : LinkedTerms.TYPES.get(a.type().code()).types()) {
        expected.add(t.startsWith("schema:") ? Expansion.SCHEMA + t.substring(7) : Expansion.AS + t);
      }
      expected.add(Expansion.HASILA + LinkedTerms.upperCamel(a.type().code()));
      assertTrue(types.containsAll(expected), a.id() + " has types " + types + ", expected " + expected);
      assertEquals(
          Expansion.properties(before.get(i)), Expansion.properties(node), a.id() + ": properties before and after expansion");
      // Every property the activity holds is written: id and type, plus one key per present property.
      long present = a.type().properties().stream().filter(p -> held(p, a)).count();
      assertEquals(present + 1, before.getJsonObject(i).size(), a.id() + ": one key per property held, and type");
    }
  }

  @SuppressWarnings("unchecked")
  private static boolean held(io.hasila.model.Property<?, ?> p, Activity a) {
    return ((io.hasila.model.Property<Object, ?>) p).isPresent(a);
  }

  @Test
  @DisplayName("the bundled 2020 log: every activity expands to its types, and no term is dropped")
  void the2020Log() {
    List<Activity> log = Data2020.log().activities();
    assertEquals(9654, log.size(), "the log's activities");
    check(log);
  }

  @Test
  @DisplayName("generated activities of every type expand to their types with every property an absolute IRI")
  void generated() {
    qt().withExamples(60)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activityLists(12)))
        .checkAssert(ActivityStreamsTest::check);
  }

  @Test
  @DisplayName("every activity type has its linked-data types stated once, and every nested record too")
  void everyTypeIsMapped() {
    for (io.hasila.model.RecordType<?> t : LinkedTerms.exportedTypes()) {
      assertTrue(LinkedTerms.TYPES.containsKey(t.code()), t.code());
    }
    assertEquals(ActivityType.all().size() + 3, LinkedTerms.exportedTypes().size());
  }

  @Test
  @DisplayName("a rebuttal is also a schema.org ClaimReview whose itemReviewed is its claim")
  void rebuttalIsAClaimReview() {
    Bulletin rebuttal =
        Data2020.log().activities().stream()
            .filter(a -> a.type() == Bulletin.TYPE)
            .map(Bulletin.TYPE.javaType()::cast)
            .filter(b -> b.kind().equals(BulletinKind.REBUTTAL))
            .findFirst()
            .orElseThrow();
    JsonObject node =
        Expansion.first(Expansion.expand(export(List.of(rebuttal))).getJsonObject(0), Expansion.AS + "items").getJsonArray("@list").getJsonObject(0);
    assertTrue(Expansion.types(node).contains(Expansion.SCHEMA + "ClaimReview"));
    JsonObject claim = Expansion.first(node, Expansion.SCHEMA + "itemReviewed");
    assertEquals(List.of(Expansion.SCHEMA + "Claim"), Expansion.types(claim));
    assertEquals(rebuttal.claim().orElseThrow().text(), Expansion.first(claim, Expansion.SCHEMA + "text").getString("@value"));
    assertEquals(
        "https://hasila.io/ns/verdict#" + rebuttal.claim().orElseThrow().verdict().orElseThrow().code(),
        Expansion.first(claim, Expansion.HASILA + "verdict").getString("@id"));
  }

  @Test
  @DisplayName("a file is replaced only on commit; closing without it leaves the old file and no temporary file")
  void atomic(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("activities.jsonld");
    Files.writeString(file, "old");
    try (ActivityStreamsWriter w = ActivityStreams.create().writer(file)) {
      w.write(Data2020.log().activities().get(0));
    }
    assertEquals("old", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
    ActivityStreams.create().write(file, Data2020.log().activities().subList(0, 3));
    assertTrue(Files.readString(file).contains("\"totalItems\" : 3"));
  }

  @Test
  @DisplayName("a base that is relative or does not end a path is refused, naming it")
  void badBase() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActivityStreams.create().withBase(URI.create("https://x.org/log")));
    assertTrue(e.getMessage().contains("https://x.org/log"), e.getMessage());
    assertFalse(ActivityStreams.create().toString().isEmpty());
  }
}
