package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Labels;
import io.hasila.model.Platform;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import io.hasila.model.Vocabularies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("codes read against open vocabularies")
final class OpenVocabulariesTest {
  private static final Platform X = Platform.of("x", Labels.of("إكس", "X", "X"));
  private static final HasilaCsv DECLARED = HasilaCsv.create().withVocabularies(Vocabularies.standard().with(X));
  private static final String HEADER = "type,id,date,unit_id,unit_name,themes,platform,account\n";
  private static final String PLATFORMS = "twitter, facebook, instagram, youtube, tiktok, linkedin, other";

  private static String tweet(String id, String platform) {
    return "tweet," + id + ",2020-06-01,dgsn,DGSN,fake_news," + platform + ",@DGSN_MAROC\n";
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String file(String platform) {
    return HEADER + tweet("t-1", "twitter") + tweet("t-2", platform) + tweet("t-3", "facebook");
  }

  @Test
  @DisplayName("a platform the caller declared is read, with its labels, and written back by its code")
  void declaredPlatformIsRead() {
    List<Activity> read = DECLARED.activityReader().read(bytes(file("x")), "x.csv").accepted();
    Tweet tweet = (Tweet) read.get(1);
    assertEquals(X, tweet.platform());
    assertEquals("إكس", tweet.platform().labels().ar());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DECLARED.writeActivities(out, read);
    assertEquals(read, DECLARED.activityReader().read(bytes(out.toString(StandardCharsets.UTF_8)), "again.csv").accepted());
    List<AudienceSnapshot> snapshots =
        DECLARED.snapshotReader().read(bytes("platform,account,date,followers\n x ,@DGSN_X,2020-12-31,12\n"), "s.csv").accepted();
    assertEquals(X, snapshots.get(0).platform());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      value = {"x|\"x\"", "twiter|\"twiter\" (did you mean \"twitter\"?)", "Face Book|\"Face Book\" (did you mean \"facebook\"?)"},
      delimiter = '|',
      quoteCharacter = '\'')
  @DisplayName("an undeclared platform stops a strict read at its line, record and column, naming the closest code")
  void undeclaredPlatformStrict(String code, String found) {
    HasilaCsvException e =
        assertThrows(HasilaCsvException.class, () -> HasilaCsv.create().activityReader().read(bytes(file(code)), "a.csv"));
    assertEquals(
        "a.csv line 3, column \"platform\": expected a known code of platform (" + PLATFORMS + ") but found " + found,
        e.getMessage());
    assertEquals(3, e.line());
    assertEquals(2, e.record());
    assertEquals("platform", e.field().orElseThrow());
    assertEquals("a known code of platform (" + PLATFORMS + ")", e.expected());
    assertEquals(found, e.found().orElseThrow());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      value = {"x|\"x\"", "twiter|\"twiter\" (did you mean \"twitter\"?)"},
      delimiter = '|',
      quoteCharacter = '\'')
  @DisplayName("an undeclared platform is rejected in a lenient read, the other rows accepted")
  void undeclaredPlatformLenient(String code, String found) {
    ReadResult<Activity> result =
        HasilaCsv.create().withMode(ReadMode.LENIENT).activityReader().read(bytes(file(code)), "a.csv");
    assertEquals(List.of("t-1", "t-3"), result.accepted().stream().map(Activity::id).collect(Collectors.toList()));
    assertEquals(3, result.read());
    assertEquals(result.read(), result.accepted().size() + result.rejected().size());
    Rejection r = result.rejected().get(0);
    assertEquals(
        "a.csv line 3, platform: expected a known code of platform (" + PLATFORMS + ") but found " + found,
        r.describe());
    assertEquals(2, r.record());
    assertEquals(tweet("t-2", code).strip(), r.raw());
  }

  @Test
  @DisplayName("an undeclared theme is an error too, with the closest theme, even among several")
  void undeclaredTheme() {
    String text = HEADER + tweet("t-1", "twitter").replace("fake_news", "health_emergency|fake-news");
    HasilaCsvException e =
        assertThrows(HasilaCsvException.class, () -> HasilaCsv.create().activityReader().read(bytes(text), "t.csv"));
    assertEquals(
        "t.csv line 2, column \"themes\": expected a known code of theme (health_emergency, fake_news, proximity_policing,"
            + " information_vigilance) but found \"fake-news\" (did you mean \"fake_news\"?)",
        e.getMessage());
    Theme declared = Theme.of("fake-news", Labels.of("أخبار", "infox", "fake news (local)"));
    Activity read =
        HasilaCsv.create()
            .withVocabularies(Vocabularies.standard().with(declared))
            .activityReader()
            .read(bytes(text), "t.csv")
            .accepted()
            .get(0);
    assertEquals(List.of(Theme.HEALTH_EMERGENCY, declared), List.copyOf(read.themes()));
  }
}
