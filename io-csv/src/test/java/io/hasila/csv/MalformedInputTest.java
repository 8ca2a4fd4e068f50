package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.model.ActivityType;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("malformed input")
final class MalformedInputTest {
  private static final String CORPUS = "/malformed/activities.csv";

  /** Every bad record of the corpus: line it starts on, record number, column, reason. */
  /** The codes of every activity type, as messages list them; computed, so that a new type changes no test. */
  private static final String TYPES = ActivityType.all().stream().map(ActivityType::code).collect(Collectors.joining(", "));

  private static final String EXPECTED_REJECTIONS = String.join("\n",
      "5 | 3 | views | expected a whole number from 0 to 9223372036854775807 (digits only) but found \"12k\"",
      "6 | 4 | views | expected a whole number from 0 to 9223372036854775807 (digits only) but found \"-3\"",
      "7 | 5 | date | expected an ISO date (yyyy-MM-dd) but found \"31/12/2020\"",
      "8 | 6 | time | expected an ISO zoned date-time (e.g. 2020-03-20T10:15:30+01:00[Africa/Casablanca]) but found \"2020-06-01 10:00\"",
      "9 | 7 | type | expected an activity type (one of {TYPES}) but found \"tweeet\" (did you mean \"tweet\"?)",
      "10 | 8 | type | expected an activity type (one of {TYPES}) but found \"\"",
      "11 | 9 | outlet | expected a blank cell in a tweet row (the column is for media_coverage) but found \"Hespress\"",
      "12 | 10 | account | expected a value (required for tweet rows) but found \"\"",
      "13 | 11 | time | expected a valid activity (Tweet.time must fall on the activity's date 2020-06-01) but found 2020-06-02T10:00+01:00[Africa/Casablanca]",
      "14 | 12 | platforms | expected a valid activity (PublicationIssue.platforms must be empty unless formats include electronic) but found [ios]",
      "15 | 13 | claim_text | expected a valid activity (Bulletin.claim must be empty unless kind is rebuttal, kind is news) but found \"إشاعة\"",
      "16 | 14 | claim_first_seen | expected a valid activity (Bulletin.claim.firstSeen must not be after the rebuttal's date 2020-04-02) but found 2020-04-05",
      "17 | 15 | counterparts | expected a valid activity (CommunityMeeting.counterparts must not list two different counterparts with the same id) but found \"cp-1\"",
      "18 | 16 | counterparts | expected counterparts as id:kind:name separated by '|' (escape \\, | and : in ids with \\) but found \"cp-1:civil_association\"",
      "19 | 17 | language | expected a valid activity (Tweet.language must be a BCP 47 language tag such as \"ar\" or \"fr-MA\") but found \"arabic language\"",
      "20 | 18 | outlet_kind | expected a known code of outlet_kind (national_press, tv_channel, radio, online_outlet, foreign_press_agency, film_production_company, other) but found \"tv\"",
      "21 | 19 | foreign | expected true or false (or vrai or faux) but found \"oui\"",
      "22 | 20 | themes | expected a known code of theme (health_emergency, fake_news, proximity_policing, information_vigilance) but found \"Health Emergency\" (did you mean \"health_emergency\"?)",
      "23 | 21 | number | expected a valid activity (PublicationIssue.number must be at least 1) but found 0",
      "24 | 22 | url | expected a URI (Illegal character in authority) but found \"http://exa mple.com\"",
      "25 | 23 | - | expected 24 fields (as in the header) but found 3 fields",
      "26 | 24 | - | expected 24 fields (as in the header) but found 25 fields",
      "28 | 26 | id | expected a value (required for every activity) but found \"\"",
      "29 | 27 | participants | expected a whole number from 0 to 9223372036854775807 (digits only) but found \"99999999999999999999\"")
      .replace("{TYPES}", TYPES);

  private static InputStream corpus() {
    return MalformedInputTest.class.getResourceAsStream(CORPUS);
  }

  private static String describe(Rejection r) {
    return r.line() + " | " + r.record() + " | " + r.field().orElse("-") + " | " + r.reason();
  }

  @Test
  @DisplayName("lenient mode rejects exactly the bad records, with their lines, columns and reasons")
  void lenientAccounting() {
    ReadResult<Activity> result = HasilaCsv.create().withMode(ReadMode.LENIENT).activityReader().read(corpus(), "activities.csv");
    assertEquals(EXPECTED_REJECTIONS, result.rejected().stream().map(MalformedInputTest::describe).collect(Collectors.joining("\n")));
    assertEquals(List.of("ok-1", "ok-2", "ok-3", "=formula-id-ok"), result.accepted().stream().map(Activity::id).collect(Collectors.toList()));
    assertEquals(28, result.read());
    assertEquals(result.read(), result.accepted().size() + result.rejected().size());
  }

  @Test
  @DisplayName("strict mode stops at the first bad record, naming the line it starts on and the column")
  void strictStopsAtTheFirstBadRecord() {
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> HasilaCsv.create().activityReader().read(corpus(), "activities.csv"));
    assertEquals(
        "activities.csv line 5, column \"views\": expected a whole number from 0 to 9223372036854775807 (digits only) but found \"12k\"",
        e.getMessage());
    assertEquals(5, e.line());
    assertEquals(3, e.record());
    assertEquals("views", e.field().orElseThrow());
    assertEquals("\"12k\"", e.found().orElseThrow());
  }

  @Test
  @DisplayName("strict mode reports every bad record of the corpus at its exact line when it comes first")
  void strictReportsEachBadRecord() throws IOException {
    List<String> lines = List.of(new String(corpus().readAllBytes(), StandardCharsets.UTF_8).split("\r\n"));
    String header = lines.get(0);
    String good = lines.get(1); // ok-1: one record spread over two physical lines (its claim holds an LF)
    List<String> expected = List.of(EXPECTED_REJECTIONS.split("\n"));
    int checked = 0;
    for (String expectation : expected) {
      int line = Integer.parseInt(expectation.substring(0, expectation.indexOf(' ')));
      String text = header + "\r\n" + good + "\r\n" + lines.get(line - 2) + "\r\n"; // the list is one entry per record
      HasilaCsvException e =
          assertThrows(
              HasilaCsvException.class,
              () -> HasilaCsv.create().activityReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "one.csv"));
      String rest = expectation.substring(expectation.indexOf('|', expectation.indexOf('|') + 1) + 2);
      String column = rest.substring(0, rest.indexOf(" | "));
      String reason = rest.substring(rest.indexOf(" | ") + 3);
      assertEquals(4, e.line(), expectation);
      assertEquals(2, e.record(), expectation);
      assertEquals(column.equals("-") ? null : column, e.field().orElse(null), expectation);
      assertEquals(
          "one.csv line 4" + (column.equals("-") ? "" : ", column \"" + column + "\"") + ": " + reason, e.getMessage());
      checked++;
    }
    assertEquals(24, checked);
  }

  @Test
  @DisplayName("broken quoting ends the read in both modes, at the line the record starts on")
  void brokenQuoting() {
    String text =
        "platform,account,date,followers\n"
            + "twitter,\"@DGSN\nMAROC\",2020-12-31,225191\n"
            + "facebook,\"DGSN\"Maroc,2020-12-31,191903\n"
            + "twitter,@police_ma,2020-12-31,1\n";
    for (ReadMode mode : ReadMode.values()) {
      HasilaCsvException e =
          assertThrows(
              HasilaCsvException.class,
              () -> HasilaCsv.create().withMode(mode).snapshotReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv"));
      assertEquals(4, e.line(), mode.name());
      assertEquals(2, e.record(), mode.name());
      assertEquals("s.csv line 4: expected a well-formed CSV record but found Unexpected character after closing quote: 'M' (0x4d)", e.getMessage());
    }
  }
}
