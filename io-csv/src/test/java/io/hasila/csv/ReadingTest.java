package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Labels;
import io.hasila.model.MediaCoverage;
import io.hasila.model.OrgUnit;
import io.hasila.model.OutletKind;
import io.hasila.model.Platform;
import io.hasila.model.Theme;
import io.hasila.model.Vocabularies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("reading what real files look like")
final class ReadingTest {
  private static final OrgUnit DGSN = OrgUnit.of("dgsn", "المديرية العامة للأمن الوطني");

  static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static ByteArrayInputStream bom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[body.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(body, 0, all, 3, body.length);
    return new ByteArrayInputStream(all);
  }

  static List<Activity> activities(ByteArrayInputStream in) {
    return HasilaCsv.create().activityReader().read(in, "test.csv").accepted();
  }

  private static final Bulletin REBUTTAL =
      Bulletin.builder()
          .id("r-1")
          .date(LocalDate.of(2020, 4, 2))
          .unit(DGSN)
          .addThemes(Theme.HEALTH_EMERGENCY, Theme.FAKE_NEWS)
          .kind(BulletinKind.REBUTTAL)
          .title("بيان حقيقة, \"كمامات\"\nsecond line")
          .build();

  @Test
  @DisplayName("only the required columns are needed, in any order; absent columns read as blank")
  void columnsInAnyOrderAndOptionalColumnsLeftOut() {
    String csv =
        "unit_name,kind,themes,date,id,type,unit_id,title\n"
            + "المديرية العامة للأمن الوطني,rebuttal,health_emergency|fake_news,2020-04-02,r-1,bulletin,dgsn,\"بيان حقيقة, \"\"كمامات\"\"\nsecond line\"\n";
    assertEquals(List.of(REBUTTAL), activities(bytes(csv)));
  }

  @Test
  @DisplayName("semicolons are detected from the header, with a BOM and CRLF line ends")
  void semicolonBomAndCrlf() {
    String csv =
        "type;id;date;unit_id;unit_name;themes;kind;title\r\n"
            + "bulletin;r-1;2020-04-02;dgsn;المديرية العامة للأمن الوطني;health_emergency|fake_news;rebuttal;\"بيان حقيقة, \"\"كمامات\"\"\r\nsecond line\"\r\n";
    List<Activity> read = activities(bom(csv));
    assertEquals(1, read.size());
    // the CRLF inside the quoted title is kept as written
    assertEquals("بيان حقيقة, \"كمامات\"\r\nsecond line", read.get(0).title().orElseThrow());
    try (HasilaCsvReader<Activity> reader = HasilaCsv.create().activityReader().open(bom(csv), "fr.csv")) {
      assertEquals(';', reader.delimiter());
    }
  }

  @Test
  @DisplayName("an explicit delimiter overrides detection")
  void explicitDelimiter() {
    String csv = "platform;account;date;followers\nfacebook;DGSN.Maroc;2020-12-31;191903\n";
    List<AudienceSnapshot> read =
        HasilaCsv.create().snapshotReader().withDelimiter(';').read(bytes(csv), "s.csv").accepted();
    assertEquals(List.of(AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", LocalDate.of(2020, 12, 31), 191_903)), read);
  }

  @Test
  @DisplayName("TRUE as a spreadsheet saves it is a boolean, and counterparts decode from id:kind:name")
  void spreadsheetBooleansAndCounterparts() {
    String csv =
        "type,id,date,unit_id,unit_name,outlet,outlet_kind,foreign,counterparts,topics\n"
            + "media_coverage,m-1,2020-05-01,dgsn,DGSN,AFP,foreign_press_agency,TRUE,,\n"
            + "community_meeting,c-1,2020-05-02,dgsn,DGSN,,,,cp\\:1:civil_association:Association: Nour|u-7:union_body:نقابة \\| الشرطة,سلامة|road\\|safety\n";
    List<Activity> read = activities(bytes(csv));
    MediaCoverage m = (MediaCoverage) read.get(0);
    assertTrue(m.foreign());
    assertEquals(OutletKind.FOREIGN_PRESS_AGENCY, m.outletKind());
    CommunityMeeting c = (CommunityMeeting) read.get(1);
    assertEquals(
        List.of(
            Counterpart.of("cp:1", "Association: Nour", CounterpartKind.CIVIL_ASSOCIATION),
            Counterpart.of("u-7", "نقابة | الشرطة", CounterpartKind.UNION_BODY)),
        new ArrayList<>(c.counterparts()));
    assertEquals(List.of("سلامة", "road|safety"), c.topics());
  }

  @Test
  @DisplayName("theme ids resolve against the vocabularies, declared themes with their labels; an undeclared id is an error")
  void themeVocabulary() {
    Theme roadSafety = Theme.of("road_safety", Labels.of("السلامة الطرقية", "sécurité routière", "road safety"));
    HasilaCsv csv = HasilaCsv.create().withVocabularies(Vocabularies.standard().with(roadSafety));
    String text = "type,id,date,unit_id,unit_name,themes,kind\nbulletin,b-1,2020-01-01,dgsn,DGSN,road_safety|fake_news,news\n";
    Activity a = csv.activityReader().read(bytes(text), "t.csv").accepted().get(0);
    List<Theme> themes = new ArrayList<>(a.themes());
    assertEquals("sécurité routière", themes.get(0).labels().fr());
    assertEquals(Theme.FAKE_NEWS.labels(), themes.get(1).labels());
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> csv.activityReader().read(bytes(text.replace("road_safety|", "road_safety|new.theme|")), "t.csv"));
    assertEquals(
        "t.csv line 2, column \"themes\": expected a known code of theme (health_emergency, fake_news, proximity_policing,"
            + " information_vigilance, road_safety) but found \"new.theme\"",
        e.getMessage());
  }

  @Test
  @DisplayName("a missing required column is named")
  void missingRequiredColumn() {
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> activities(bytes("type,id,unit_id,unit_name\nbulletin,b,dgsn,DGSN\n")));
    assertEquals(
        "test.csv line 1, column \"date\": expected the required columns type, id, date, unit_id, unit_name but found no column \"date\"",
        e.getMessage());
    assertEquals(0, e.record());
  }

  @Test
  @DisplayName("an unknown column is named, after a BOM too")
  void unknownColumn() {
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> activities(bom("type,id,date,unit_id,unit_name,Date\n")));
    assertEquals("Date", e.field().orElseThrow());
    assertTrue(e.getMessage().endsWith("but found unknown column \"Date\""), e.getMessage());
  }

  @Test
  @DisplayName("a column named twice is refused")
  void duplicateColumn() {
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> HasilaCsv.create().snapshotReader().read(bytes("platform,account,date,followers,date\n"), "s.csv"));
    assertEquals("date", e.field().orElseThrow());
  }

  @Test
  @DisplayName("an empty file and a UTF-16 file are refused with a clear message")
  void emptyAndUtf16() {
    HasilaCsvException empty = assertThrows(HasilaCsvException.class, () -> activities(bytes("")));
    assertEquals("test.csv line 1: expected a header line naming the columns but found an empty file", empty.getMessage());
    byte[] utf16 = "type,id".getBytes(StandardCharsets.UTF_16);
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> HasilaCsv.create().activityReader().read(new ByteArrayInputStream(utf16), "u.csv"));
    assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  @DisplayName("the streaming reader goes through a Stream and counts records; blank lines are not records")
  void streaming() {
    String csv = "platform,account,date,followers,posts\n\ntwitter,@DGSN_MAROC,2020-12-31,225191,771\n\nfacebook,DGSN.Maroc,2020-12-31,191903,\n";
    List<Rejection> rejections = new ArrayList<>();
    try (HasilaCsvReader<AudienceSnapshot> reader =
        HasilaCsv.create().withMode(ReadMode.LENIENT).snapshotReader().withRejectionHandler(rejections::add).open(bytes(csv), "s.csv")) {
      assertEquals(
          List.of(225_191L, 191_903L),
          reader.stream().map(AudienceSnapshot::followers).collect(Collectors.toList()));
      assertEquals(2, reader.read());
      assertEquals(0, reader.rejected());
    }
    assertTrue(rejections.isEmpty());
  }

  @Test
  @DisplayName("read in lenient mode accounts for every record")
  void readAllAccounts() {
    String csv = "platform,account,date,followers\ntwitter,@DGSN_MAROC,2020-12-31,225191\ntwitter,@DGSN_MAROC,31/12/2020,225191\n";
    ReadResult<AudienceSnapshot> r = HasilaCsv.create().withMode(ReadMode.LENIENT).snapshotReader().read(bytes(csv), "s.csv");
    assertEquals(1, r.accepted().size());
    assertEquals(1, r.rejected().size());
    assertEquals(2, r.read());
    Rejection rej = r.rejected().get(0);
    assertEquals(3, rej.line());
    assertEquals(2, rej.record());
    assertEquals("date", rej.field().orElseThrow());
    assertEquals("twitter,@DGSN_MAROC,31/12/2020,225191", rej.raw());
    assertEquals("expected an ISO date (yyyy-MM-dd) but found \"31/12/2020\"", rej.reason());
  }

  @Test
  @DisplayName("a nested record's columns filled without its required one name that column")
  void nestedRecordWithoutItsRequiredValue() {
    String csv =
        "type,id,date,unit_id,unit_name,kind,claim_text,claim_circulated_on\n"
            + "bulletin,r-1,2020-04-02,dgsn,DGSN,rebuttal, ,Facebook\n";
    HasilaCsvException e = assertThrows(HasilaCsvException.class, () -> activities(bytes(csv)));
    assertEquals(
        "test.csv line 2, column \"claim_text\": expected the claim's text when other claim columns are filled but found \" \"",
        e.getMessage());
  }

  @Test
  @DisplayName("a required many-valued property left blank is named like any required value")
  void requiredListLeftBlank() {
    String csv =
        "type,id,date,unit_id,unit_name,publication,number,formats\n"
            + "publication_issue,p-1,2020-12-01,dgsn,DGSN,Police,4,\n";
    HasilaCsvException e = assertThrows(HasilaCsvException.class, () -> activities(bytes(csv)));
    assertEquals(
        "test.csv line 2, column \"formats\": expected a value (required for publication_issue rows) but found \"\"",
        e.getMessage());
  }

  @Test
  @DisplayName("a reader's settings are kept by each with-method, which returns a new reader")
  void readerSettings() {
    CsvRecordReader<AudienceSnapshot> reader = HasilaCsv.create().withMode(ReadMode.LENIENT).snapshotReader();
    CsvRecordReader<AudienceSnapshot> semicolons = reader.withDelimiter(';').withParallelism(3);
    assertEquals(ReadMode.LENIENT, semicolons.mode());
    assertEquals(java.util.Optional.of(';'), semicolons.delimiter());
    assertEquals(3, semicolons.parallelism());
    assertEquals(java.util.Optional.empty(), reader.delimiter());
    assertEquals(1, reader.parallelism());
    assertEquals(java.util.Optional.empty(), semicolons.withDetectedDelimiter().delimiter());
    assertThrows(IllegalArgumentException.class, () -> reader.withParallelism(0));
    assertThrows(IllegalArgumentException.class, () -> reader.withDelimiter('"'));
    assertThrows(IllegalArgumentException.class, () -> HasilaCsv.create().withDelimiter('\t'));
  }
}
