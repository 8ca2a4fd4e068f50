package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import io.hasila.model.Dataset;
import io.hasila.model.Theme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class DatasetDocumentTest {
  private static final HasilaJson STRICT = HasilaJson.create();
  private static final HasilaJson LENIENT = STRICT.withMode(ReadMode.LENIENT);

  private static final String HEAD =
      "{\n  \"schemaVersion\": 1,\n  \"institution\": {\"id\": \"dgsn\", \"name\": \"DGSN\", \"zone\": \"Africa/Casablanca\"},\n";
  private static final String A1 =
      "{\"type\":\"outreach_initiative\",\"id\":\"a1\",\"date\":\"2020-06-01\",\"unit\":{\"id\":\"dgsn\",\"name\":\"DGSN\"},\"beneficiaries\":17}";
  private static final String A2 = A1.replace("\"a1\"", "\"a2\"");
  private static final String BAD_DATE = A1.replace("\"a1\"", "\"a3\"").replace("2020-06-01", "01/06/2020");
  private static final String S1 =
      "{\"type\":\"audience_snapshot\",\"platform\":\"facebook\",\"account\":\"DGSN.Maroc\",\"date\":\"2020-12-31\",\"followers\":191903}";

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
    assertEquals("$.activities[1].date", e.path());
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
    assertEquals("$.activities[2].id", e.path());
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
  @DisplayName("malformed JSON, a missing institution or another schema version end the read even in lenient mode")
  void fatalInBothModes() {
    for (HasilaJson json : new HasilaJson[] {STRICT, LENIENT}) {
      HasilaJsonException broken = assertThrows(HasilaJsonException.class, () -> json.datasetFromJson(doc(A1 + ",", S1)));
      assertEquals(6, broken.line(), broken.getMessage());
      HasilaJsonException version =
          assertThrows(HasilaJsonException.class, () -> json.datasetFromJson(doc(A1, S1).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")));
      assertEquals("$.schemaVersion", version.path());
      assertEquals("2", version.found());
      HasilaJsonException noInstitution =
          assertThrows(HasilaJsonException.class, () -> json.datasetFromJson("{\"schemaVersion\": 1}"));
      assertEquals("$.institution", noInstitution.path());
      HasilaJsonException zone =
          assertThrows(HasilaJsonException.class, () -> json.datasetFromJson(doc(A1, S1).replace("Africa/Casablanca", "Mars/Olympus")));
      assertEquals("$.institution.zone", zone.path());
    }
  }

  @Test
  @DisplayName("deep nesting inside a rejected record hits the depth limit instead of exhausting the stack")
  void deepNestingInLenientSkip() {
    String deep = A1.replace("\"beneficiaries\":17", "\"beneficiaries\":" + "[".repeat(5_000) + "]".repeat(5_000));
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> LENIENT.datasetFromJson(doc(deep, S1)));
    assertTrue(e.found().contains("nesting depth"), e.getMessage());
  }

  @Test
  @DisplayName("theme ids resolve to declared, well-known or placeholder themes, all equal by id")
  void themes() {
    String doc =
        HEAD
            + "  \"themes\": [{\"id\": \"road_safety\", \"labels\": {\"ar\": \"السلامة الطرقية\", \"fr\": \"sécurité routière\", \"en\": \"road safety\"}}],\n"
            + "  \"activities\": ["
            + A1.replace(",\"beneficiaries\"", ",\"themes\":[\"road_safety\",\"health_emergency\",\"local.fair\"],\"beneficiaries\"")
            + "]\n}";
    Dataset d = STRICT.datasetFromJson(doc).dataset();
    var themes = d.activities().get(0).themes().toArray(new Theme[0]);
    assertEquals("road safety", themes[0].labels().en());
    assertEquals(Theme.HEALTH_EMERGENCY.labels(), themes[1].labels());
    assertEquals("local.fair", themes[2].labels().en());
    assertEquals(1, d.themes().size());
  }
}
