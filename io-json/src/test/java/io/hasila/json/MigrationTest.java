package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.Theme;
import io.hasila.tally.Category;
import io.hasila.tally.Measure;
import io.hasila.tally.Selector;
import io.hasila.tally.TallyDefinition;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Definitions of schemaVersion 1 read through the generic migration rules of the README. */
final class MigrationTest {
  private static final HasilaJson JSON = HasilaJson.create();

  /** A one-category definition document of {@code version} whose measure is {@code measure}. */
  private static String definition(int version, String measure) {
    return "{\"schemaVersion\": " + version + ", \"id\": \"d\", \"labels\": {\"ar\": \"ح\", \"fr\": \"b\", \"en\": \"t\"},"
        + " \"categories\": [{\"id\": \"c\", \"labels\": {\"ar\": \"ح\", \"fr\": \"b\", \"en\": \"t\"}, \"measure\": " + measure + "}]}";
  }

  private static Measure measure(int version, String measure) {
    return JSON.tallyDefinitionFromJson(definition(version, measure)).categories().get(0).measure();
  }

  private static String count(String selector) {
    return "{\"kind\": \"count\", \"selector\": " + selector + "}";
  }

  static Stream<Arguments> selectors() {
    return Stream.of(
        Arguments.of("{\"bulletinKind\": [\"rebuttal\"]}", "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}"),
        Arguments.of("{\"platform\": [\"twitter\", \"facebook\"]}", "{\"property\": \"tweet.platform\", \"in\": [\"twitter\", \"facebook\"]}"),
        Arguments.of("{\"account\": [\"@DGSN_MAROC\"]}", "{\"property\": \"tweet.account\", \"in\": [\"@DGSN_MAROC\"]}"),
        Arguments.of("{\"outletKind\": [\"tv_channel\"]}", "{\"property\": \"media_coverage.outletKind\", \"in\": [\"tv_channel\"]}"),
        Arguments.of("{\"productionKind\": [\"reportage\"]}", "{\"property\": \"media_production.kind\", \"in\": [\"reportage\"]}"),
        Arguments.of("{\"campaignKind\": [\"blood_donation\"]}", "{\"property\": \"campaign.kind\", \"in\": [\"blood_donation\"]}"),
        Arguments.of("{\"theme\": [\"fake_news\"]}", "{\"property\": \"themes\", \"in\": [\"fake_news\"]}"),
        Arguments.of("{\"unit\": [\"dgsn\", \"casablanca.media\"]}", "{\"property\": \"unit.id\", \"in\": [\"dgsn\", \"casablanca.media\"]}"),
        Arguments.of(
            "{\"and\": [{\"type\": [\"bulletin\"]}, {\"not\": {\"theme\": [\"fake_news\"]}}]}",
            "{\"and\": [{\"type\": [\"bulletin\"]}, {\"not\": {\"property\": \"themes\", \"in\": [\"fake_news\"]}}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  @DisplayName("a selector of version 1 migrates to the generic selector of version 2")
  void selector(String legacy, String current) {
    assertEquals(measure(2, count(current)), measure(1, count(legacy)));
  }

  static Stream<Arguments> measures() {
    String all = "{\"all\": true}";
    return Stream.of(
        Arguments.of(
            "{\"kind\": \"distinct_counterparts\", \"counterpartKind\": \"civil_association\", \"selector\": " + all + "}",
            "{\"kind\": \"distinct\", \"of\": \"community_meeting.counterparts.id\", \"where\": {\"property\": \"kind\", \"in\":"
                + " [\"civil_association\"]}, \"selector\": " + all + "}"),
        Arguments.of(
            "{\"kind\": \"distinct_counterparts\", \"selector\": " + all + "}",
            "{\"kind\": \"distinct\", \"of\": \"community_meeting.counterparts.id\", \"selector\": " + all + "}"),
        Arguments.of(
            "{\"kind\": \"sum\", \"quantity\": \"participants\", \"selector\": " + all + "}",
            "{\"kind\": \"sum\", \"of\": \"campaign.participants\", \"selector\": " + all + "}"),
        Arguments.of(
            "{\"kind\": \"sum\", \"quantity\": \"beneficiaries\", \"selector\": " + all + "}",
            "{\"kind\": \"sum\", \"of\": \"outreach_initiative.beneficiaries\", \"selector\": " + all + "}"),
        Arguments.of(
            "{\"kind\": \"sum\", \"quantity\": \"views\", \"selector\": " + all + "}",
            "{\"kind\": \"sum\", \"of\": \"tweet.views\", \"selector\": " + all + "}"),
        Arguments.of(
            "{\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"field\": \"posts\"}",
            "{\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"of\": \"posts\"}"),
        Arguments.of("{\"kind\": \"none\"}", "{\"kind\": \"none\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("measures")
  @DisplayName("a measure of version 1 migrates to the generic measure of version 2")
  void measure(String legacy, String current) {
    assertEquals(measure(2, current), measure(1, legacy));
  }

  @Test
  @DisplayName("the 2020 reference definition of version 1 is the same definition as its version 2 form, and survives v1 -> model -> v2 -> model")
  void goldenDefinition() {
    TallyDefinition v1 = Samples2020.definition();
    TallyDefinition v2 = JSON.readTallyDefinition(Samples2020.golden("police-2020-definition-v2.json"), "police-2020-definition-v2.json");
    assertEquals(v2, v1);
    assertEquals(v1, JSON.tallyDefinitionFromJson(JSON.toJson(v1)));
    assertTrue(JSON.toJson(v1).startsWith("{\n  \"schemaVersion\": 3,"));
  }

  @Test
  @DisplayName("the theme and unit selectors of the model are written in the property form")
  void themeAndUnitSelectors() {
    Measure m = Measure.count(Selector.and(Selector.theme(Theme.FAKE_NEWS), Selector.unit("dgsn")));
    TallyDefinition d =
        TallyDefinition.builder().id("d").labels(Samples2020.definition().labels()).addCategories(Category.of("c", Samples2020.definition().labels(), m)).build();
    String text = JSON.toJson(d);
    assertTrue(text.contains("{\"property\": \"themes\", \"in\": [\"fake_news\"]}"), text);
    assertTrue(text.contains("{\"property\": \"unit.id\", \"in\": [\"dgsn\"]}"), text);
    assertEquals(d, JSON.tallyDefinitionFromJson(text));
  }
}
