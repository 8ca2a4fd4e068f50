package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.model.Labels;
import io.hasila.model.Platform;
import io.hasila.model.Term;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import io.hasila.testkit.Generator;
import io.hasila.testkit.QuickTheoriesGens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes a reader accepts: the well-known ones and those the caller or a vocabulary document declares. */
final class VocabulariesTest {
  private static final Platform X = Platform.of("x", Labels.of("إكس", "X", "X"));
  private static final String UNIT = "\"unit\":{\"id\":\"dgsn\",\"name\":\"DGSN\"}";
  private static final String GOOD =
      "{\"type\":\"tweet\",\"id\":\"t0\",\"date\":\"2020-01-01\"," + UNIT + ",\"platform\":\"twitter\",\"account\":\"@a\"}";

  @TempDir Path dir;

  private static String tweet(String platform) {
    return "{\"type\":\"tweet\",\"id\":\"t1\",\"date\":\"2020-01-01\"," + UNIT + ",\"platform\":\"" + platform + "\",\"account\":\"@DGSN_MAROC\"}";
  }

  private static byte[] file(String line) {
    return (GOOD + "\n" + line + "\n" + GOOD.replace("\"t0\"", "\"t2\"") + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("a platform the caller declares is read, with the caller's labels")
  void declaredPlatformIsRead() {
    HasilaJson json = HasilaJson.create().withVocabularies(Vocabularies.standard().with(X));
    ReadResult<Activity> r = json.activityReader().read(new ByteArrayInputStream(file(tweet("x"))), "x.jsonl");
    assertEquals(3, r.accepted().size());
    Tweet t = (Tweet) r.accepted().get(1);
    assertEquals(X, t.platform());
    assertEquals("إكس", t.platform().labels().ar());
    assertEquals(tweet("x"), json.toJson(t));
  }

  @Test
  @DisplayName("an undeclared platform is an error in strict mode: path, line, column, the code and the closest known one")
  void undeclaredPlatformStrict() {
    String line = tweet("twiter");
    HasilaJsonException e =
        assertThrows(
            HasilaJsonException.class,
            () -> HasilaJson.create().activityReader().read(new ByteArrayInputStream(file(line)), "x.jsonl"));
    assertEquals("$.platform", e.field().orElseThrow());
    assertEquals(2, e.line());
    assertEquals(2, e.record());
    assertEquals(line.indexOf("\"twiter\"") + 1, e.column());
    assertEquals("a known code of platform (twitter, facebook, instagram, youtube, tiktok, linkedin, other)", e.expected());
    assertEquals("\"twiter\" (did you mean \"twitter\"?)", e.found().orElseThrow());
    assertEquals(
        "x.jsonl line 2, column " + e.column() + ", $.platform: expected a known code of platform (twitter, facebook, instagram,"
            + " youtube, tiktok, linkedin, other) but found \"twiter\" (did you mean \"twitter\"?)",
        e.getMessage());
  }

  @Test
  @DisplayName("an undeclared platform is a rejection in lenient mode, and a code too far from any known one gets no suggestion")
  void undeclaredPlatformLenient() {
    List<Rejection> rejected = new ArrayList<>();
    ReadResult<Activity> r =
        HasilaJson.create()
            .withMode(ReadMode.LENIENT)
            .activityReader()
            .withRejectionHandler(rejected::add)
            .read(new ByteArrayInputStream(file(tweet("x"))), "x.jsonl");
    assertEquals(2, r.accepted().size());
    assertEquals(rejected, r.rejected());
    Rejection x = r.rejected().get(0);
    assertEquals(2, x.line());
    assertEquals("$.platform", x.field().orElseThrow());
    assertEquals(
        "expected a known code of platform (twitter, facebook, instagram, youtube, tiktok, linkedin, other) but found \"x\" (column "
            + (tweet("x").indexOf("\"x\"") + 1) + ")",
        x.reason());
  }

  @Test
  @DisplayName("an undeclared code of a nested record names the nested field")
  void undeclaredNestedCode() {
    String meeting =
        "{\"type\":\"community_meeting\",\"id\":\"m1\",\"date\":\"2020-02-12\"," + UNIT
            + ",\"counterparts\":[{\"id\":\"a1\",\"name\":\"A\",\"kind\":\"civil_association\"},{\"id\":\"a2\",\"name\":\"B\",\"kind\":\"civil_asociation\"}]}";
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> HasilaJson.create().activityFromJson(meeting));
    assertEquals("$.counterparts[1].kind", e.field().orElseThrow());
    assertEquals("\"civil_asociation\" (did you mean \"civil_association\"?)", e.found().orElseThrow());
  }

  @Test
  @DisplayName("a vocabulary document declares codes that readers then accept")
  void vocabularyDocument() throws IOException {
    String document =
        "{\"schemaVersion\": 1, \"vocabularies\": {\"platform\": [{\"code\": \"x\", \"labels\": {\"ar\": \"إكس\", \"fr\": \"X\", \"en\": \"X\"}}],"
            + " \"theme\": [{\"code\": \"road_safety\", \"labels\": {\"ar\": \"السلامة الطرقية\", \"fr\": \"sécurité routière\", \"en\": \"road safety\"}}]}}";
    Vocabularies v = HasilaJson.create().vocabulariesFromJson(document);
    assertEquals(Vocabularies.standard().with(X, Theme.of("road_safety", Labels.of("السلامة الطرقية", "sécurité routière", "road safety"))), v);
    Path file = dir.resolve("vocabularies.json");
    HasilaJson.create().writeVocabularies(file, v);
    assertEquals(grouped(v), HasilaJson.create().readVocabularies(file));
    assertTrue(Files.readString(file).startsWith("{\n  \"schemaVersion\": 1,\n  \"vocabularies\": {\n    \"theme\": ["), Files.readString(file));
    assertEquals(X, ((Tweet) HasilaJson.create().withVocabularies(v).activityFromJson(tweet("x"))).platform());
  }

  @Test
  @DisplayName("declared codes of any vocabulary survive a vocabulary document, labels included")
  void vocabularyDocumentsRoundTrip() {
    List<Vocabulary<?>> all = Vocabularies.all();
    Generator<Vocabularies> declarations =
        r -> {
          List<Term> terms = new ArrayList<>();
          int n = r.nextInt(6);
          for (int i = 0; i < n; i++) {
            Vocabulary<?> v = all.get(r.nextInt(all.size()));
            terms.add(v.term("c" + r.nextInt(30) + (r.nextBoolean() ? ".x" : "_y"), Labels.of("ت" + i, "f" + i, "e" + r.nextInt(5))));
          }
          return Vocabularies.standard().with(terms);
        };
    HasilaJson json = HasilaJson.create();
    qt().withExamples(500)
        .forAll(QuickTheoriesGens.of(declarations))
        .checkAssert(v -> assertEquals(grouped(v), json.vocabulariesFromJson(json.toJson(v))));
  }

  /** The same declarations in the order a document lists them: by vocabulary, each in declaration order. */
  private static Vocabularies grouped(Vocabularies v) {
    List<Term> terms = new ArrayList<>();
    for (Vocabulary<?> vocabulary : Vocabularies.all()) {
      for (Term t : v.declared()) {
        if (t.vocabulary() == vocabulary) {
          terms.add(t);
        }
      }
    }
    return Vocabularies.standard().with(terms);
  }

  @Test
  @DisplayName("a vocabulary document names unknown vocabularies, malformed codes and codes declared twice")
  void badVocabularyDocuments() {
    HasilaJson json = HasilaJson.create();
    String labels = "\"labels\": {\"ar\": \"ا\", \"fr\": \"b\", \"en\": \"c\"}";
    HasilaJsonException name =
        assertThrows(HasilaJsonException.class, () -> json.vocabulariesFromJson("{\"schemaVersion\": 1, \"vocabularies\": {\"platfrom\": []}}"));
    assertEquals("$.vocabularies.platfrom", name.field().orElseThrow());
    assertEquals("\"platfrom\" (did you mean \"platform\"?)", name.found().orElseThrow());
    HasilaJsonException code =
        assertThrows(
            HasilaJsonException.class,
            () -> json.vocabulariesFromJson("{\"schemaVersion\": 1, \"vocabularies\": {\"platform\": [{\"code\": \"X\", " + labels + "}]}}"));
    assertEquals("$.vocabularies.platform[0].code", code.field().orElseThrow());
    HasilaJsonException twice =
        assertThrows(
            HasilaJsonException.class,
            () -> json.vocabulariesFromJson(
                "{\"schemaVersion\": 1, \"vocabularies\": {\"platform\": [{\"code\": \"x\", " + labels + "}, {\"code\": \"x\", " + labels + "}]}}"));
    assertEquals("$.vocabularies.platform[1].code", twice.field().orElseThrow());
    assertEquals("each code of platform once", twice.expected());
    HasilaJsonException version =
        assertThrows(HasilaJsonException.class, () -> json.vocabulariesFromJson("{\"schemaVersion\": 2, \"vocabularies\": {}}"));
    assertEquals("$.schemaVersion", version.field().orElseThrow());
  }
}
