package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import io.hasila.model.Dataset;
import io.hasila.model.Labels;
import io.hasila.model.Theme;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class DatasetDocumentTest {
  private static final HasilaJson STRICT = HasilaJson.create();
  private static final HasilaJson LENIENT = STRICT.withMode(ReadMode.LENIENT);

  private static final String HEAD =
      "{\n  \"schemaVersion\": 2,\n  \"institution\": {\"id\": \"dgsn\", \"name\": \"DGSN\", \"zone\": \"Africa/Casablanca\"},\n";
  private static final String A1 =
      "{\"type\":\"outreach_initiative\",\"id\":\"a1\",\"date\":\"2020-06-01\",\"unit\":{\"id\":\"dgsn\",\"name\":\"DGSN\"},\"beneficiaries\":17}";
  private static final String A2 = A1.replace("\"a1\"", "\"a2\"");
  private static final String BAD_DATE = A1.replace("\"a1\"", "\"a3\"").replace("2020-06-01", "01/06/2020");
  private static final String S1 =
      "{\"type\":\"audience_snapshot\",\"platform\":\"facebook\",\"account\":\"DGSN.Maroc\",\"date\":\"2020-12-31\",\"followers\":191903}";
  private static final String ROAD_SAFETY =
      "{\"code\": \"road_safety\", \"labels\": {\"ar\": \"السلامة الطرقية\", \"fr\": \"sécurité routière\", \"en\": \"road safety\"}}";
  private static final String WITH_THEMES =
      A1.replace(",\"beneficiaries\"", ",\"themes\":[\"road_safety\",\"health_emergency\"],\"beneficiaries\"");

  private static String doc(String activities, String snapshots) {
    return HEAD + "  \"activities\": [\n    " + activities + "\n  ],\n  \"snapshots\": [\n    " + snapshots + "\n  ]\n}\n";
  }

  @Test
  @DisplayName("a bad activity in a document is reported with its path inside the document")
  void badActivityStrict() {
    HasilaJsonException e =
        assertThrows(HasilaJsonException.class, () -> STRICT.datasetFromJson(doc(A1 + ",\n    " + BAD_DATE, S1)));
    assertEquals(6, e.line(), e.getMessage());
    assertEquals(2, e.record());
    assertEquals("$.activities[1].date", e.field().orElseThrow());
    assertEquals(4 + BAD_DATE.indexOf("\"01/06") + 1, e.column(), e.getMessage());
  }

  @Test
  @DisplayName("lenient reading of a document keeps the good records and accounts for every one")
  void badActivityLenient() {
    DatasetReadResult r = LENIENT.datasetFromJson(doc(A1 + ",\n    " + BAD_DATE + ",\n    " + A2, S1 + ", {\"type\":\"tweet\"}"));
    assertEquals(5, r.read());
    assertEquals(2, r.dataset().activities().size());
    assertEquals(1, r.dataset().snapshots().size());
    assertEquals(2, r.rejected().size());
    Rejection bad = r.rejected().get(0);
    assertEquals(6, bad.line());
    assertEquals(2, bad.record());
    assertEquals("$.activities[1].date", bad.field().orElseThrow());
    assertEquals(BAD_DATE, bad.raw());
    assertEquals("$.snapshots[1].type", r.rejected().get(1).field().orElseThrow());
  }

  @Test
  @DisplayName("repeated activity ids in one dataset are reported")
  void duplicateIds() {
    String twice = doc(A1 + ",\n    " + A2 + ",\n    " + A1, S1);
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> STRICT.datasetFromJson(twice));
    assertEquals("$.activities[2].id", e.field().orElseThrow());
    assertEquals(7, e.line());
    assertTrue(e.expected().contains("line 5"), e.getMessage());
    DatasetReadResult r = LENIENT.datasetFromJson(twice);
    assertEquals(4, r.read());
    assertEquals(1, r.rejected().size());
    assertEquals(2, r.dataset().activities().size());
  }

  @Test
  @DisplayName("two snapshots of one account on one day are reported")
  void duplicateSnapshots() {
    DatasetReadResult r = LENIENT.datasetFromJson(doc(A1, S1 + ", " + S1));
    assertEquals(1, r.rejected().size());
    assertEquals("$.snapshots[1]", r.rejected().get(0).field().orElseThrow());
  }

  @Test
  @DisplayName("malformed JSON, a missing institution or an unknown schema version end the read even in lenient mode")
  void fatalInBothModes() {
    for (HasilaJson json : new HasilaJson[] {STRICT, LENIENT}) {
      HasilaJsonException broken = assertThrows(HasilaJsonException.class, () -> json.datasetFromJson(doc(A1 + ",", S1)));
      assertEquals(6, broken.line(), broken.getMessage());
      HasilaJsonException version =
          assertThrows(HasilaJsonException.class, () -> json.datasetFromJson(doc(A1, S1).replace("\"schemaVersion\": 2", "\"schemaVersion\": 3")));
      assertEquals("$.schemaVersion", version.field().orElseThrow());
      assertEquals("3", version.found().orElseThrow());
      assertEquals("schemaVersion 1 or 2", version.expected());
      HasilaJsonException noInstitution =
          assertThrows(HasilaJsonException.class, () -> json.datasetFromJson("{\"schemaVersion\": 2}"));
      assertEquals("$.institution", noInstitution.field().orElseThrow());
      HasilaJsonException zone =
          assertThrows(HasilaJsonException.class, () -> json.datasetFromJson(doc(A1, S1).replace("Africa/Casablanca", "Mars/Olympus")));
      assertEquals("$.institution.zone", zone.field().orElseThrow());
    }
  }

  @Test
  @DisplayName("deep nesting inside a rejected record hits the depth limit instead of exhausting the stack")
  void deepNestingInLenientSkip() {
    String deep = A1.replace("\"beneficiaries\":17", "\"beneficiaries\":" + "[".repeat(5_000) + "]".repeat(5_000));
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> LENIENT.datasetFromJson(doc(deep, S1)));
    assertTrue(e.found().orElseThrow().contains("nesting depth"), e.getMessage());
  }

  @Test
  @DisplayName("codes the document declares resolve its records, with their labels; they are the dataset's declared codes")
  void declaredCodes() {
    String document = HEAD + "  \"vocabularies\": {\"theme\": [" + ROAD_SAFETY + "]},\n  \"activities\": [" + WITH_THEMES + "]\n}";
    Dataset d = STRICT.datasetFromJson(document).dataset();
    Theme[] themes = d.activities().get(0).themes().toArray(new Theme[0]);
    assertEquals("road safety", themes[0].labels().en());
    assertEquals(Theme.HEALTH_EMERGENCY.labels(), themes[1].labels());
    assertEquals(List.of(Theme.of("road_safety", Labels.of("x", "x", "x"))), List.copyOf(d.declared()));
  }

  @Test
  @DisplayName("a theme neither well known nor declared is a bad record: an error in strict mode, a rejection in lenient mode")
  void undeclaredTheme() {
    String document = doc(WITH_THEMES + ",\n    " + A2, S1);
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> STRICT.datasetFromJson(document));
    assertEquals("$.activities[0].themes[0]", e.field().orElseThrow());
    assertEquals("\"road_safety\"", e.found().orElseThrow());
    DatasetReadResult r = LENIENT.datasetFromJson(document);
    assertEquals(1, r.rejected().size());
    assertEquals(1, r.dataset().activities().size());
    Theme declared = Theme.of("road_safety", Labels.of("ط", "r", "r"));
    assertEquals(2, STRICT.withVocabularies(STRICT.vocabularies().with(declared)).datasetFromJson(document).dataset().activities().size());
  }

  @Test
  @DisplayName("declarations after the records that use them are read first all the same")
  void declarationsAfterRecords() {
    String document = HEAD + "  \"activities\": [" + WITH_THEMES + "],\n  \"vocabularies\": {\"theme\": [" + ROAD_SAFETY + "]}\n}";
    Dataset d = LENIENT.datasetFromJson(document).dataset();
    assertEquals(1, d.activities().size());
    assertEquals("road safety", d.activities().get(0).themes().iterator().next().labels().en());
  }

  @Test
  @DisplayName("a version 1 document's themes array still declares themes")
  void versionOneThemes() {
    String document =
        HEAD.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1")
            + "  \"themes\": [" + ROAD_SAFETY.replace("\"code\"", "\"id\"") + "],\n  \"activities\": [" + WITH_THEMES + "]\n}";
    Dataset d = STRICT.datasetFromJson(document).dataset();
    assertEquals("road safety", d.activities().get(0).themes().iterator().next().labels().en());
    assertEquals(1, d.declared().size());
  }

  @Test
  @DisplayName("an unknown vocabulary name in the declarations is an error that names the closest one")
  void unknownVocabulary() {
    String document = HEAD + "  \"vocabularies\": {\"themes\": [" + ROAD_SAFETY + "]}\n}";
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> STRICT.datasetFromJson(document));
    assertEquals("$.vocabularies.themes", e.field().orElseThrow());
    assertEquals("\"themes\" (did you mean \"theme\"?)", e.found().orElseThrow());
    assertTrue(e.expected().startsWith("a vocabulary name (theme, "), e.getMessage());
  }
}
