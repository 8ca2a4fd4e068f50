package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.Labels;
import io.hasila.model.MediaCoverage;
import io.hasila.tally.Category;
import io.hasila.tally.DateRange;
import io.hasila.tally.Measure;
import io.hasila.tally.Selector;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-definition and malformed-tally corpus: a small hand-written definition broken in
 * one place per case, and the exact message a person editing the file sees; the same for the forms
 * of schemaVersion 1, read through the migration.
 */
final class MalformedTallyTest {
  private static final HasilaJson JSON = HasilaJson.create();

  /** A valid definition, written the way a person would: line numbers matter to the messages below. */
  static final String DEFINITION =
      String.join(
          "\n",
          "{",
          "  \"schemaVersion\": 3,",
          "  \"id\": \"dgsn.communication.2020\",",
          "  \"labels\": {\"ar\": \"حصيلة التواصل\", \"fr\": \"bilan\", \"en\": \"tally\"},",
          "  \"categories\": [",
          "    {",
          "      \"id\": \"communication\",",
          "      \"labels\": {\"ar\": \"الأنشطة التواصلية\", \"fr\": \"communication\", \"en\": \"communication\"},",
          "      \"measure\": {\"kind\": \"sum_of_children\"},",
          "      \"children\": [",
          "        {",
          "          \"id\": \"communication.rebuttals\",",
          "          \"labels\": {\"ar\": \"بيانات حقيقة\", \"fr\": \"mises au point\", \"en\": \"rebuttals\"},",
          "          \"measure\": {\"kind\": \"count\", \"selector\": {\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}}",
          "        },",
          "        {",
          "          \"id\": \"communication.posts\",",
          "          \"labels\": {\"ar\": \"تغريدات\", \"fr\": \"publications\", \"en\": \"posts\"},",
          "          \"measure\": {\"kind\": \"count\", \"selector\": {\"and\": [{\"property\": \"tweet.platform\", \"in\": [\"twitter\"]}, {\"property\": \"themes\", \"in\": [\"health_emergency\"]}]}}",
          "        }",
          "      ]",
          "    },",
          "    {",
          "      \"id\": \"social\",",
          "      \"labels\": {\"ar\": \"الشبكات الاجتماعية\", \"fr\": \"réseaux sociaux\", \"en\": \"social media\"},",
          "      \"measure\": {\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"of\": \"followers\"}",
          "    }",
          "  ]",
          "}",
          "");

  /** The same definition in the forms of schemaVersion 1. */
  static final String DEFINITION_V1 =
      replace(
          DEFINITION,
          List.of(
              "\"schemaVersion\": 3", "\"schemaVersion\": 1",
              "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}", "{\"bulletinKind\": [\"rebuttal\"]}",
              "{\"property\": \"tweet.platform\", \"in\": [\"twitter\"]}", "{\"platform\": [\"twitter\"]}",
              "{\"property\": \"themes\", \"in\": [\"health_emergency\"]}", "{\"theme\": [\"health_emergency\"]}",
              "\"of\": \"followers\"", "\"field\": \"followers\""));

  /** The same definition in schemaVersion 2, which has the generic forms but none of those version 3 added. */
  static final String DEFINITION_V2 = replace(DEFINITION, List.of("\"schemaVersion\": 3", "\"schemaVersion\": 2"));

  private static final String REBUTTALS = "{\"kind\": \"count\", \"selector\": {\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}}";

  static Stream<Arguments> definitions() {
    return Stream.of(
        bad("unknown selector kind",
            "def.json line 14, column 53, $.categories[0].children[0].measure.selector.proprety: expected a "
            + "selector kind (one of all, type, property, between, and, or, not) but found \"proprety\" (did "
            + "you mean \"property\"?)",
            "\"property\": \"bulletin.kind\"", "\"proprety\": \"bulletin.kind\""),
        bad("unknown code",
            "def.json line 14, column 89, $.categories[0].children[0].measure.selector.in[0]: expected a "
            + "known code of bulletin_kind (communique, news, press_file, rebuttal) but found \"denial\"",
            "\"in\": [\"rebuttal\"]", "\"in\": [\"denial\"]"),
        bad("a misspelt code",
            "def.json line 14, column 89, $.categories[0].children[0].measure.selector.in[0]: expected a "
            + "known code of bulletin_kind (communique, news, press_file, rebuttal) but found \"rebutal\" (did "
            + "you mean \"rebuttal\"?)",
            "\"in\": [\"rebuttal\"]", "\"in\": [\"rebutal\"]"),
        bad("unknown property in a path",
            "def.json line 14, column 65, $.categories[0].children[0].measure.selector.property: expected a "
            + "property path that must name a property of bulletin but found \"kinds\" in \"bulletin.kinds\" "
            + "(did you mean \"kind\"?)",
            "\"bulletin.kind\"", "\"bulletin.kinds\""),
        bad("unknown activity type in a path",
            "def.json line 14, column 65, $.categories[0].children[0].measure.selector.property: expected a "
            + "property path that must name an activity type or a common property but found \"bulletins\" in "
            + "\"bulletins.kind\" (did you mean \"bulletin\"?)",
            "\"bulletin.kind\"", "\"bulletins.kind\""),
        bad("a path that reaches records",
            "def.json line 14, column 65, $.categories[0].children[0].measure.selector.property: expected a "
            + "property path that reaches values, not org_unit records (one of unit.id, unit.name) but found "
            + "\"unit\"",
            "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}", "{\"property\": \"unit\", \"in\": [\"dgsn\"]}"),
        bad("a range of codes",
            "def.json line 14, column 90, $.categories[0].children[0].measure.selector.from: expected a "
            + "property that holds numbers, to test a range (bulletin.kind holds code of bulletin_kind) but "
            + "found 1",
            "\"in\": [\"rebuttal\"]", "\"from\": 1, \"to\": 2"),
        bad("a range that ends before it starts",
            "def.json line 14, column 108, $.categories[0].children[0].measure.selector.to: expected a "
            + "number not less than from (10) but found 5",
            "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}", "{\"property\": \"campaign.participants\", \"from\": 10, \"to\": 5}"),
        bad("values and a range",
            "def.json line 14, column 110, $.categories[0].children[0].measure.selector.from: expected "
            + "either \"in\" or \"from\" and \"to\", not both but found both",
            "\"in\": [\"rebuttal\"]", "\"in\": [\"rebuttal\"], \"from\": 1"),
        bad("a selector on a property without values",
            "def.json line 14, column 52, $.categories[0].children[0].measure.selector.in: expected the "
            + "required property \"in\" (or \"from\" and \"to\") but found none",
            ", \"in\": [\"rebuttal\"]", ""),
        bad("a value of the wrong JSON type",
            "def.json line 14, column 89, $.categories[0].children[0].measure.selector.in[0]: expected a "
            + "known code of bulletin_kind (communique, news, press_file, rebuttal) but found 1",
            "\"in\": [\"rebuttal\"]", "\"in\": [1]"),
        bad("empty list of values",
            "def.json line 14, column 88, $.categories[0].children[0].measure.selector.in: expected at least "
            + "one value of bulletin.kind but found []",
            "\"in\": [\"rebuttal\"]", "\"in\": []"),
        bad("repeated value",
            "def.json line 14, column 101, $.categories[0].children[0].measure.selector.in[1]: expected each "
            + "value of bulletin.kind once but found \"rebuttal\" a second time",
            "\"in\": [\"rebuttal\"]", "\"in\": [\"rebuttal\", \"rebuttal\"]"),
        bad("unknown measure kind",
            "def.json line 9, column 27, $.categories[0].measure.kind: expected a measure kind (one of "
            + "count, distinct, sum, latest_snapshot, snapshot_at, sum_of_children, published_only, programme, none) but found \"total\"",
            "{\"kind\": \"sum_of_children\"}", "{\"kind\": \"total\"}"),
        bad("a measure kind of version 1",
            "def.json line 14, column 31, $.categories[0].children[0].measure.kind: expected a measure kind "
            + "(one of count, distinct, sum, latest_snapshot, snapshot_at, sum_of_children, published_only, programme, none) but found "
            + "\"distinct_counterparts\" (a kind of schemaVersion 1)", REBUTTALS, "{\"kind\": \"distinct_counterparts\", \"selector\": {\"all\": true}}"),
        bad("a selector key of version 1",
            "def.json line 14, column 53, $.categories[0].children[0].measure.selector.bulletinKind: "
            + "expected a selector kind (one of all, type, property, between, and, or, not) but found "
            + "\"bulletinKind\" (a key of schemaVersion 1)",
            "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}", "{\"bulletinKind\": [\"rebuttal\"]}"),
        bad("a sum of codes",
            "def.json line 14, column 44, $.categories[0].children[0].measure.of: expected a property path "
            + "that reaches numbers but found \"bulletin.kind\" (code of bulletin_kind)", REBUTTALS, "{\"kind\": \"sum\", \"of\": \"bulletin.kind\", \"selector\": {\"all\": true}}"),
        bad("a filter on an unknown property",
            "def.json line 14, column 108, $.categories[0].children[0].measure.where.property: expected a "
            + "property of counterpart (id, name, kind), the records community_meeting.counterparts reaches "
            + "but found \"kinds\" (did you mean \"kind\"?)", REBUTTALS,
            "{\"kind\": \"distinct\", \"of\": \"community_meeting.counterparts.id\", \"where\": {\"property\": \"kinds\", \"in\": [\"union_body\"]}, \"selector\": {\"all\": true}}"),
        bad("a filter with an unknown code",
            "def.json line 14, column 123, $.categories[0].children[0].measure.where.in[0]: expected a known "
            + "code of counterpart_kind (civil_association, union_body, local_authority, "
            + "educational_institution, other) but found \"union\"", REBUTTALS,
            "{\"kind\": \"distinct\", \"of\": \"community_meeting.counterparts.id\", \"where\": {\"property\": \"kind\", \"in\": [\"union\"]}, \"selector\": {\"all\": true}}"),
        bad("a filter on a path without nested records",
            "def.json line 14, column 66, $.categories[0].children[0].measure.where: expected no \"where\": "
            + "tweet.account reaches no nested records to filter (a filter needs a path through nested records, "
            + "such as unit.id) but found \"where\"",
            REBUTTALS,
            "{\"kind\": \"distinct\", \"of\": \"tweet.account\", \"where\": {\"property\": \"kind\", \"in\": [\"union_body\"]}, \"selector\": {\"all\": true}}"),
        bad("category id not under its parent",
            "def.json line 17, column 17, $.categories[0].children[1].id: expected an id of the form "
            + "\"communication.segment\" (a child of communication) but found \"social.posts\"",
            "\"communication.posts\"", "\"social.posts\""),
        bad("category id two levels under its parent",
            "def.json line 17, column 17, $.categories[0].children[1].id: expected an id of the form "
            + "\"communication.segment\" (a child of communication) but found \"communication.social.posts\"",
            "\"communication.posts\"", "\"communication.social.posts\""),
        bad("duplicate category id",
            "def.json line 17, column 17, $.categories[0].children[1].id: expected a category id not used "
            + "before (it is used on line 12) but found \"communication.rebuttals\"",
            "\"communication.posts\"", "\"communication.rebuttals\""),
        bad("malformed category id",
            "def.json line 7, column 13, $.categories[0].id: expected a category id: dot-separated segments "
            + "of lower case letters, digits and '_', such as communication.rebuttals but found "
            + "\"Communication\"",
            "\"id\": \"communication\",", "\"id\": \"Communication\","),
        bad("a total without children",
            "def.json line 26, column 18, $.categories[1].measure: expected a child category with a value, "
            + "since social is a total (sum_of_children) but found no children", "{\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"of\": \"followers\"}",
            "{\"kind\": \"sum_of_children\"}"),
        bad("a total whose children have no value",
            "def.json line 10, column 19, $.categories[0].children: expected a child category with a value, "
            + "since communication is a total (sum_of_children) but found only children whose measure is none or programme", REBUTTALS, "{\"kind\": \"none\"}",
            "{\"kind\": \"count\", \"selector\": {\"and\": [{\"property\": \"tweet.platform\", \"in\": [\"twitter\"]}, {\"property\": \"themes\", \"in\": [\"health_emergency\"]}]}}",
            "{\"kind\": \"none\"}"),
        bad("a checked total without children",
            "def.json line 26, column 131, $.categories[1].checkedTotal: expected a child category with a "
            + "value, since social is a total (checkedTotal) but found no children",
            "\"of\": \"followers\"}", "\"of\": \"followers\"}, \"checkedTotal\": true"),
        bad("a checked total without a value",
            "def.json line 26, column 52, $.categories[1].checkedTotal: expected checkedTotal only on a "
            + "category with a value (the measure is none) but found true", "{\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"of\": \"followers\"}",
            "{\"kind\": \"none\"}, \"checkedTotal\": true"),
        bad("unknown category property",
            "def.json line 24, column 23, $.categories[1].colour: expected a property of a category (id, "
            + "labels, synonyms, measure, role, checkedTotal, tolerance, note, children) but found \"colour\"",
            "\"id\": \"social\",", "\"id\": \"social\", \"colour\": \"blue\","),
        bad("property of another measure kind",
            "def.json line 14, column 40, $.categories[0].children[0].measure.platform: expected a property "
            + "of a count measure (kind, selector) but found \"platform\"", "{\"kind\": \"count\", \"selector\": {\"property\": \"bulletin.kind\"",
            "{\"kind\": \"count\", \"platform\": \"twitter\", \"selector\": {\"property\": \"bulletin.kind\""),
        bad("property of another measure kind, before the kind",
            "def.json line 26, column 19, $.categories[1].measure.selector: expected a property of a "
            + "latest_snapshot measure (kind, platform, account, of) but found \"selector\"",
            "{\"kind\": \"latest_snapshot\",", "{\"selector\": {\"all\": true}, \"kind\": \"latest_snapshot\","),
        bad("missing selector",
            "def.json line 14, column 22, $.categories[0].children[0].measure.selector: expected the "
            + "required property \"selector\" of a count measure but found none", REBUTTALS, "{\"kind\": \"count\"}"),
        bad("missing measure kind",
            "def.json line 9, column 18, $.categories[0].measure.kind: expected the required property "
            + "\"kind\" (one of count, distinct, sum, latest_snapshot, snapshot_at, sum_of_children, published_only, programme, none) but found none",
            "{\"kind\": \"sum_of_children\"}", "{}"),
        bad("two selector kinds in one object",
            "def.json line 14, column 102, $.categories[0].children[0].measure.selector.type: expected a "
            + "property of a selector on a property (property, in, from, to) but found \"type\"",
            "\"in\": [\"rebuttal\"]}", "\"in\": [\"rebuttal\"], \"type\": [\"bulletin\"]}"),
        bad("empty selector",
            "def.json line 14, column 53, $.categories[0].children[0].measure.selector: expected a selector: "
            + "an object with one of the properties all, type, property, between, and, or, not but found an "
            + "empty object",
            "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}", "{}"),
        bad("all that is not true",
            "def.json line 14, column 60, $.categories[0].children[0].measure.selector.all: expected true "
            + "(\"all\": true selects every activity) but found false",
            "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}", "{\"all\": false}"),
        bad("unknown activity type",
            "def.json line 14, column 62, $.categories[0].children[0].measure.selector.type[0]: expected an "
            + "activity type (one of {TYPES}) but found \"bulletins\" (did you mean "
            + "\"bulletin\"?)",
            "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}", "{\"type\": [\"bulletins\"]}"),
        bad("a date range that ends before it starts",
            "def.json line 14, column 93, $.categories[0].children[0].measure.selector.between.to: expected "
            + "a date not before from (2020-12-31) but found \"2020-01-01\"", "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}",
            "{\"between\": {\"from\": \"2020-12-31\", \"to\": \"2020-01-01\"}}"),
        bad("a date that is not ISO",
            "def.json line 14, column 73, $.categories[0].children[0].measure.selector.between.from: "
            + "expected an ISO date (yyyy-MM-dd) but found \"31/12/2020\"", "{\"property\": \"bulletin.kind\", \"in\": [\"rebuttal\"]}",
            "{\"between\": {\"from\": \"31/12/2020\", \"to\": \"2020-12-31\"}}"),
        bad("unknown platform",
            "def.json line 26, column 58, $.categories[1].measure.platform: expected a known code of "
            + "platform (twitter, facebook, instagram, youtube, tiktok, linkedin, other) but found \"twiter\" "
            + "(did you mean \"twitter\"?)",
            "\"platform\": \"twitter\", \"account\"", "\"platform\": \"twiter\", \"account\""),
        bad("unknown snapshot property",
            "def.json line 26, column 101, $.categories[1].measure.of: expected a numeric property of "
            + "audience_snapshot (followers, posts) but found \"fans\"",
            "\"followers\"}", "\"fans\"}"),
        bad("blank label (a model check, placed at the field)",
            "def.json line 13, column 77, $.categories[0].children[0].labels.en: expected a value that must "
            + "not be blank but found \" \"",
            "\"en\": \"rebuttals\"", "\"en\": \" \""),
        bad("missing label",
            "def.json line 4, column 50, $.labels.fr: expected the required property \"fr\" but found none",
            "\"fr\": \"bilan\", ", ""),
        bad("schema version 4",
            "def.json line 2, column 20, $.schemaVersion: expected schemaVersion 3 (or 2 or 1, read through the "
            + "migration described in the README) but found 4",
            "\"schemaVersion\": 3", "\"schemaVersion\": 4"),
        bad("missing schema version",
            "def.json line 1, column 1, $.schemaVersion: expected the required property \"schemaVersion\" "
            + "but found none",
            "\"schemaVersion\": 3,\n", ""),
        bad("unknown top-level property",
            "def.json line 3, column 3, $.colour: expected a property of a tally definition (schemaVersion, "
            + "id, version, labels, vocabularies, categories, rules) but found \"colour\"",
            "  \"id\"", "  \"colour\": \"blue\",\n  \"id\""),
        bad("a mistyped theme",
            "def.json line 19, column 142, $.categories[0].children[1].measure.selector.and[1].in[0]: expected a known code "
            + "of theme (health_emergency, fake_news, proximity_policing, information_vigilance) but found \"helth_emergency\" "
            + "(did you mean \"health_emergency\"?)",
            "[\"health_emergency\"]", "[\"helth_emergency\"]"),
        bad("a theme declared with a typo",
            "def.json line 19, column 142, $.categories[0].children[1].measure.selector.and[1].in[0]: expected a known code "
            + "of theme (health_emergency, fake_news, proximity_policing, information_vigilance, road_safety) but found "
            + "\"road_safty\" (did you mean \"road_safety\"?)",
            "[\"health_emergency\"]", "[\"road_safty\"]",
            "\n  ]\n}", "\n  ],\n  \"vocabularies\": {\"theme\": [{\"code\": \"road_safety\", \"labels\": "
                + "{\"ar\": \"السلامة الطرقية\", \"fr\": \"sécurité routière\", \"en\": \"road safety\"}}]}\n}"),
        bad("an unknown role",
            "def.json line 14, column 112, $.categories[0].children[0].role: expected a role under the parent (one of part, "
            + "at_most, display_only) but found \"atmost\" (did you mean \"at_most\"?)",
            "\"in\": [\"rebuttal\"]}}", "\"in\": [\"rebuttal\"]}}, \"role\": \"atmost\""),
        bad("an at-most child under a heading",
            "def.json line 26, column 48, $.categories[1].children[0].role: expected a role other than at_most under "
            + "social, which has no value (the measure is none) but found \"at_most\"",
            "{\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"of\": \"followers\"}",
            "{\"kind\": \"none\"}, \"children\": [{\"id\": \"social.x\", \"labels\": {\"ar\": \"س\", \"fr\": \"x\", \"en\": \"x\"}, "
                + "\"measure\": {\"kind\": \"published_only\"}, \"role\": \"at_most\"}]"),
        bad("a total whose parts are all display-only",
            "def.json line 10, column 19, $.categories[0].children: expected a child category with a value, since "
            + "communication is a total (sum_of_children) but found only children outside its sum (at_most or display_only)",
            "\"in\": [\"rebuttal\"]}}", "\"in\": [\"rebuttal\"]}}, \"role\": \"display_only\"",
            "[\"health_emergency\"]}]}}", "[\"health_emergency\"]}]}}, \"role\": \"display_only\""),
        bad("a snapshot at one date without its date",
            "def.json line 26, column 18, $.categories[1].measure.date: expected the required property \"date\" of a "
            + "snapshot_at measure but found none",
            "\"kind\": \"latest_snapshot\"", "\"kind\": \"snapshot_at\""),
        bad("a rule naming an unknown category",
            "def.json line 29, column 69, $.rules[0].parts[0]: expected a category of the definition "
            + "\"dgsn.communication.2020\" but found \"communication.rebutals\" (did you mean \"communication.rebuttals\"?)",
            "\n  ]\n}", "\n  ],\n  \"rules\": [{\"kind\": \"at_most\", \"total\": \"communication\", \"parts\": [\"communication.rebutals\"]}]\n}"),
        bad("a rule naming a category without a value",
            "def.json line 29, column 42, $.rules[0].total: expected a category with a value (the measure of social is "
            + "none) but found \"social\"",
            "{\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"of\": \"followers\"}",
            "{\"kind\": \"none\"}",
            "\n  ]\n}", "\n  ],\n  \"rules\": [{\"kind\": \"at_most\", \"total\": \"social\", \"parts\": [\"communication.rebuttals\"]}]\n}"),
        bad("an unknown kind of rule",
            "def.json line 29, column 22, $.rules[0].kind: expected a kind of rule (one of sum, at_most, sum_at_date) but "
            + "found \"atmost\"",
            "\n  ]\n}", "\n  ],\n  \"rules\": [{\"kind\": \"atmost\", \"total\": \"communication\", \"parts\": [\"communication.rebuttals\"]}]\n}"),
        bad("a rule the model refuses, reported at the rule",
            "def.json line 29, column 13, $.rules[0]: expected a rule that must not add up running totals (a sum_at_date rule "
            + "adds up running totals of one date) but found \"social\"",
            "\n  ]\n}", "\n  ],\n  \"rules\": [{\"kind\": \"sum\", \"total\": \"communication\", \"parts\": [\"social\"]}]\n}"),
        bad("missing comma",
            "def.json line 13, column 11, $.categories[0].children[0].id: expected well-formed JSON but "
            + "found Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
            "\"communication.rebuttals\",", "\"communication.rebuttals\""));
  }

  static Stream<Arguments> version2Definitions() {
    return Stream.of(
        bad("a form of version 3 in a version 2 document",
            "def.json line 14, column 112, $.categories[0].children[0].role: expected the forms of schemaVersion 2, the "
            + "document's version (the README lists the forms of each version) but found the property \"role\" of a "
            + "category, a form of schemaVersion 3",
            "\"in\": [\"rebuttal\"]}}", "\"in\": [\"rebuttal\"]}}, \"role\": \"display_only\""),
        bad("a measure kind of version 3 in a version 2 document",
            "def.json line 26, column 27, $.categories[1].measure.kind: expected the forms of schemaVersion 2, the "
            + "document's version (the README lists the forms of each version) but found the measure kind "
            + "\"published_only\", a form of schemaVersion 3",
            "{\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"of\": \"followers\"}",
            "{\"kind\": \"published_only\"}"),
        bad("a version of the definition in a version 2 document",
            "def.json line 3, column 14, $.version: expected the forms of schemaVersion 2, the document's version (the "
            + "README lists the forms of each version) but found the property \"version\" of a definition, a form of "
            + "schemaVersion 3",
            "  \"id\"", "  \"version\": \"2\",\n  \"id\""));
  }

  static Stream<Arguments> legacyDefinitions() {
    return Stream.of(
        bad("unknown key of version 1",
            "def.json line 14, column 53, $.categories[0].children[0].measure.selector.bulletinKinds: "
            + "expected a selector kind (one of all, type, between, and, or, not, {LEGACY_KEYS}) but found \"bulletinKinds\" (did you mean \"bulletinKind\"?)",
            "\"bulletinKind\"", "\"bulletinKinds\""),
        bad("unknown code in a key of version 1",
            "def.json line 19, column 99, $.categories[0].children[1].measure.selector.and[1].theme[0]: "
            + "expected a known code of theme (health_emergency, fake_news, proximity_policing, "
            + "information_vigilance) but found \"road_safety\"",
            "\"theme\": [\"health_emergency\"]", "\"theme\": [\"road_safety\"]"),
        bad("a form of version 2 in a version 1 document",
            "def.json line 19, column 61, $.categories[0].children[1].measure.selector.and[0]: expected the "
            + "forms of schemaVersion 1, the document's version (the README lists the forms of each version) "
            + "but found a selector on a \"property\", a form of schemaVersion 2",
            "{\"platform\": [\"twitter\"]}", "{\"property\": \"tweet.platform\", \"in\": [\"twitter\"]}"),
        bad("unknown quantity of version 1",
            "def.json line 14, column 50, $.categories[0].children[0].measure.quantity: expected a quantity "
            + "of schemaVersion 1 ({QUANTITIES}) but found "
            + "\"participant\" (did you mean \"participants\"?)", "{\"kind\": \"count\", \"selector\": {\"bulletinKind\"",
            "{\"kind\": \"sum\", \"quantity\": \"participant\", \"selector\": {\"bulletinKind\""),
        bad("unknown field of version 1",
            "def.json line 26, column 104, $.categories[1].measure.field: expected a numeric property of "
            + "audience_snapshot (followers, posts) but found \"fans\"",
            "\"field\": \"followers\"", "\"field\": \"fans\""),
        bad("unknown counterpart kind of version 1",
            "def.json line 14, column 75, $.categories[0].children[0].measure.counterpartKind: expected a "
            + "known code of counterpart_kind (civil_association, union_body, local_authority, "
            + "educational_institution, other) but found \"union\"", "{\"kind\": \"count\", \"selector\": {\"bulletinKind\": [\"rebuttal\"]}}",
            "{\"kind\": \"distinct_counterparts\", \"counterpartKind\": \"union\", \"selector\": {\"all\": true}}"),
        bad("forms of version 1 in a document that says version 3 at its end",
            "def.json line 13, column 53, $.categories[0].children[0].measure.selector.bulletinKind: "
            + "expected the forms of schemaVersion 3, the document's version (the README lists the forms of "
            + "each version) but found the selector key \"bulletinKind\", a form of schemaVersion 1", "  \"schemaVersion\": 1,\n", "",
            "\n  ]\n}", "\n  ],\n  \"schemaVersion\": 3\n}"));
  }

  /**
   * A broken document and its message; lists that grow with the model ({TYPES}, {QUANTITIES},
   * {LEGACY_KEYS}) are filled in from the descriptions, so adding an activity type changes no test.
   */
  private static Arguments bad(String name, String message, String... replacements) {
    String filled =
        message
            .replace("{TYPES}", ActivityType.all().stream().map(ActivityType::code).collect(Collectors.joining(", ")))
            .replace("{QUANTITIES}", String.join(", ", LegacyForms.quantities()))
            .replace("{LEGACY_KEYS}", String.join(", ", LegacyForms.selectorKeys()));
    return Arguments.of(name, filled, List.of(replacements));
  }

  static String replace(String base, List<String> replacements) {
    String s = base;
    for (int i = 0; i < replacements.size(); i += 2) {
      int at = s.indexOf(replacements.get(i));
      if (at < 0) {
        throw new AssertionError("not in the document: " + replacements.get(i));
      }
      s = s.substring(0, at) + replacements.get(i + 1) + s.substring(at + replacements.get(i).length());
    }
    return s;
  }

  private static HasilaJsonException broken(String document) {
    return assertThrows(
        HasilaJsonException.class,
        () -> JSON.readTallyDefinition(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "def.json"));
  }

  @Test
  @DisplayName("the corpus's base definitions are valid, and those of versions 1 and 2 read as the version 3 one")
  void baseIsValid() {
    TallyDefinition d = JSON.tallyDefinitionFromJson(DEFINITION);
    assertEquals(List.of("communication", "communication.rebuttals", "communication.posts", "social"),
        d.allCategories().stream().map(Category::id).collect(Collectors.toList()));
    assertEquals(d, JSON.tallyDefinitionFromJson(DEFINITION_V1));
    assertEquals(d, JSON.tallyDefinitionFromJson(DEFINITION_V2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("version2Definitions")
  @DisplayName("a definition of version 2 with a form of version 3 gives an exact, helpful message")
  void brokenVersion2Definition(String name, String message, List<String> replacements) {
    HasilaJsonException e = broken(replace(DEFINITION_V2, replacements));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  @DisplayName("a broken definition gives an exact, helpful message")
  void brokenDefinition(String name, String message, List<String> replacements) {
    HasilaJsonException e = broken(replace(DEFINITION, replacements));
    assertEquals(message, e.getMessage());
    assertEquals("def.json", e.source());
    assertEquals(0, e.record());
    assertEquals(message, "def.json line " + e.line() + ", column " + e.column() + ", " + e.field().orElseThrow() + ": " + e.reason());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legacyDefinitions")
  @DisplayName("a broken definition of version 1 gives an exact, helpful message")
  void brokenLegacyDefinition(String name, String message, List<String> replacements) {
    HasilaJsonException e = broken(replace(DEFINITION_V1, replacements));
    assertEquals(message, e.getMessage());
  }

  // --- tallies --------------------------------------------------------------------------------

  /** A tally over the base definition, by reference; line numbers matter to the messages below. */
  static final String TALLY =
      String.join(
          "\n",
          "{",
          "  \"schemaVersion\": 3,",
          "  \"definitionRef\": \"dgsn.communication.2020\",",
          "  \"institution\": {\"id\": \"dgsn\", \"name\": \"DGSN\", \"zone\": \"Africa/Casablanca\"},",
          "  \"period\": {\"from\": \"2020-01-01\", \"to\": \"2020-12-31\"},",
          "  \"sources\": [",
          "    {\"id\": \"annual-report\", \"title\": \"Annual report\", \"language\": \"ar\"}",
          "  ],",
          "  \"figures\": [",
          "    {\"category\": \"communication\", \"value\": 241, \"provenance\": {\"kind\": \"computed\", \"inputs\": 241}},",
          "    {\"category\": \"communication.rebuttals\", \"value\": 152, \"provenance\": {\"kind\": \"published\", \"source\": \"annual-report\"}},",
          "    {\"category\": \"communication.posts\", \"value\": 89, \"provenance\": {\"kind\": \"derived\", \"formula\": \"241 - 152\", \"from\": [\"communication\", \"communication.rebuttals\"]}}",
          "  ]",
          "}",
          "");

  /** The same tally in schemaVersion 2: its source written inline in the figure. */
  static final String TALLY_V2 =
      String.join(
          "\n",
          "{",
          "  \"schemaVersion\": 2,",
          "  \"definitionRef\": \"dgsn.communication.2020\",",
          "  \"institution\": {\"id\": \"dgsn\", \"name\": \"DGSN\", \"zone\": \"Africa/Casablanca\"},",
          "  \"period\": {\"from\": \"2020-01-01\", \"to\": \"2020-12-31\"},",
          "  \"figures\": [",
          "    {\"category\": \"communication\", \"value\": 241, \"provenance\": {\"kind\": \"computed\", \"inputs\": 241}},",
          "    {\"category\": \"communication.rebuttals\", \"value\": 152, \"provenance\": {\"kind\": \"published\", \"source\": {\"title\": \"Annual report\"}}},",
          "    {\"category\": \"communication.posts\", \"value\": 89, \"provenance\": {\"kind\": \"derived\", \"formula\": \"241 - 152\", \"from\": [\"communication\", \"communication.rebuttals\"]}}",
          "  ]",
          "}",
          "");

  static Stream<Arguments> tallies() {
    return Stream.of(
        bad("figure of an unknown category",
            "tally.json line 11, column 18, $.figures[1].category: expected a category of the definition "
            + "\"dgsn.communication.2020\" but found \"communication.rebutals\" (did you mean "
            + "\"communication.rebuttals\"?)",
            "\"communication.rebuttals\", \"value\"", "\"communication.rebutals\", \"value\""),
        bad("figure of a category without a value",
            "tally.json line 10, column 18, $.figures[0].category: expected a category with a value (the "
            + "measure of communication is none) but found \"communication\"",
            "{\"kind\": \"sum_of_children\"}", "{\"kind\": \"none\"}"),
        bad("two figures for one category",
            "tally.json line 12, column 18, $.figures[2].category: expected one figure per category "
            + "(communication.rebuttals has a figure on line 11) but found a second figure for "
            + "\"communication.rebuttals\"",
            "\"communication.posts\", \"value\"", "\"communication.rebuttals\", \"value\""),
        bad("a reference to another definition",
            "tally.json line 3, column 20, $.definitionRef: expected the id of the definition passed by the "
            + "caller (\"dgsn.communication.2020\") but found \"dgsn.communication.2019\"",
            "\"dgsn.communication.2020\"", "\"dgsn.communication.2019\""),
        bad("unknown provenance kind",
            "tally.json line 10, column 72, $.figures[0].provenance.kind: expected a provenance kind (one of "
            + "computed, published, derived) but found \"estimated\"",
            "\"computed\"", "\"estimated\""),
        bad("a published figure without a source",
            "tally.json line 11, column 73, $.figures[1].provenance.source: expected the required property "
            + "\"source\" of a published provenance but found none",
            ", \"source\": \"annual-report\"", ""),
        bad("a derived figure from nothing",
            "tally.json line 12, column 120, $.figures[2].provenance.from: expected at least one figure the "
            + "value is derived from but found []",
            "[\"communication\", \"communication.rebuttals\"]", "[]"),
        bad("negative inputs",
            "tally.json line 10, column 94, $.figures[0].provenance.inputs: expected a number of input "
            + "records, not negative but found -241",
            "\"inputs\": 241", "\"inputs\": -241"),
        bad("a fractional value",
            "tally.json line 10, column 44, $.figures[0].value: expected a whole number but found 241.5",
            "\"value\": 241", "\"value\": 241.5"),
        bad("a period that ends before it starts",
            "tally.json line 5, column 42, $.period.to: expected a date not before from (2020-01-01) but "
            + "found \"2019-12-31\"",
            "\"to\": \"2020-12-31\"", "\"to\": \"2019-12-31\""),
        bad("both an inline definition and a reference",
            "tally.json line 4, column 17, $.definition: expected either \"definition\" or "
            + "\"definitionRef\", not both but found both",
            "  \"institution\"", "  \"definition\": {},\n  \"institution\""),
        bad("a figure naming an unknown source",
            "tally.json line 11, column 105, $.figures[1].provenance.source: expected the id of a source listed in "
            + "\"sources\" but found \"annual-reprot\" (did you mean \"annual-report\"?)",
            "\"source\": \"annual-report\"", "\"source\": \"annual-reprot\""),
        bad("a source no figure cites",
            "tally.json line 8, column 5, $.sources[1].id: expected a source a figure cites (list each source once, for the "
            + "figures that cite it) but found \"press\", which no figure cites",
            "\"language\": \"ar\"}", "\"language\": \"ar\"},\n    {\"id\": \"press\", \"title\": \"La presse\"}"),
        bad("a source listed twice",
            "tally.json line 8, column 5, $.sources[1].id: expected a source id not used before (it is used on line 7) but "
            + "found \"annual-report\"",
            "\"language\": \"ar\"}", "\"language\": \"ar\"},\n    {\"id\": \"annual-report\", \"title\": \"Annual report, 2nd ed.\"}"),
        bad("a listed source without an id",
            "tally.json line 7, column 5, $.sources[0].id: expected the required property \"id\" but found none",
            "\"id\": \"annual-report\", ", ""),
        bad("a source written inline in a version 3 tally",
            "tally.json line 8, column 105, $.figures[1].provenance.source: expected the forms of schemaVersion 3, the "
            + "document's version (the README lists the forms of each version) but found a source written inline (version 3 "
            + "lists the sources once, in \"sources\", and names them by id), a form of schemaVersions 1 and 2",
            "\"source\": \"annual-report\"", "\"source\": {\"title\": \"Annual report\"}",
            "  \"sources\": [\n    {\"id\": \"annual-report\", \"title\": \"Annual report\", \"language\": \"ar\"}\n  ],\n", ""),
        bad("a version other than the caller's definition's",
            "tally.json line 3, column 68, $.definitionVersion: expected the version of the definition passed by the caller "
            + "(none) but found \"2\"",
            "\"dgsn.communication.2020\",", "\"dgsn.communication.2020\", \"definitionVersion\": \"2\","),
        bad("no definition at all",
            "tally.json line 1, column 1, $.definition: expected the required property \"definition\" (or "
            + "\"definitionRef\") but found none",
            "  \"definitionRef\": \"dgsn.communication.2020\",\n", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tallies")
  @DisplayName("a broken tally gives an exact, helpful message")
  void brokenTally(String name, String message, List<String> replacements) {
    // A replacement that targets the definition applies to the definition; the others to the tally.
    boolean inDefinition = replacements.get(0).contains("sum_of_children");
    TallyDefinition definition =
        JSON.tallyDefinitionFromJson(inDefinition ? replace(DEFINITION, replacements) : DEFINITION);
    String tally = inDefinition ? TALLY : replace(TALLY, replacements);
    HasilaJsonException e =
        assertThrows(
            HasilaJsonException.class,
            () -> JSON.readTally(new ByteArrayInputStream(tally.getBytes(StandardCharsets.UTF_8)), "tally.json", definition));
    assertEquals(message, e.getMessage());
  }

  @Test
  @DisplayName("a tally that refers to its definition cannot be read without it, and says how")
  void referenceWithoutDefinition() {
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> JSON.tallyFromJson(TALLY));
    assertEquals(
        "document line 3, column 20, $.definitionRef: expected an inline \"definition\", or the id of a definition the"
            + " reader knows (pass the definition: readTally(file, definition), or register it with withDefinitions) but"
            + " found a reference to \"dgsn.communication.2020\"",
        e.getMessage());
    Tally t = JSON.tallyFromJson(TALLY, JSON.tallyDefinitionFromJson(DEFINITION));
    assertEquals(List.of(), t.check());
  }

  @Test
  @DisplayName("a tally of version 2 is still read: its inline source gets an id made from its title, and it is written as version 3")
  void version2Tally() {
    TallyDefinition definition = JSON.tallyDefinitionFromJson(DEFINITION);
    Tally old = JSON.tallyFromJson(TALLY_V2, definition);
    assertEquals("annual-report", old.sources().get(0).id());
    Tally current = JSON.tallyFromJson(TALLY, definition);
    assertEquals(Source.builder().from(current.sources().get(0)).language(java.util.Optional.empty()).build(), old.sources().get(0));
    String written = JSON.toJson(old);
    assertTrue(written.contains("\"source\": \"annual-report\""), written);
    assertEquals(old, JSON.tallyFromJson(written));
    HasilaJsonException e =
        assertThrows(HasilaJsonException.class, () -> JSON.tallyFromJson(TALLY.replace("\"schemaVersion\": 3", "\"schemaVersion\": 2"), definition));
    assertEquals(
        "document line 6, column 14, $.sources: expected the forms of schemaVersion 2, the document's version (the README"
            + " lists the forms of each version) but found the property \"sources\" of a tally, a form of schemaVersion 3",
        e.getMessage());
  }

  @Test
  @DisplayName("codes a definition declares resolve its selectors wherever the declarations are; through the module, before them")
  void declaredCodes() {
    String declarations =
        "  \"vocabularies\": {\"theme\": [{\"code\": \"road_safety\", \"labels\": {\"ar\": \"السلامة الطرقية\", \"fr\": \"sécurité"
            + " routière\", \"en\": \"road safety\"}}]}";
    String after = replace(DEFINITION, List.of("[\"health_emergency\"]", "[\"road_safety\"]", "\n  ]\n}", "\n  ],\n" + declarations + "\n}"));
    String before = replace(DEFINITION, List.of("[\"health_emergency\"]", "[\"road_safety\"]", "  \"categories\"", declarations + ",\n  \"categories\""));
    TallyDefinition d = JSON.tallyDefinitionFromJson(after);
    assertEquals(List.of("road_safety"), d.declared().stream().map(io.hasila.model.Term::code).collect(Collectors.toList()));
    assertEquals(d, JSON.tallyDefinitionFromJson(before));
    assertEquals(d, JSON.tallyDefinitionFromJson(JSON.toJson(d)));
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().addModule(new HasilaModule()).build();
    assertEquals(d, mapper.readValue(before, TallyDefinition.class));
    RuntimeException e = assertThrows(RuntimeException.class, () -> mapper.readValue(after, TallyDefinition.class));
    assertTrue(String.valueOf(e.getMessage()).contains("found \"road_safety\""), e.getMessage());
  }

  @Test
  @DisplayName("a reader given definitions resolves definitionRef against them; one id and version is one definition")
  void registeredDefinitions() {
    TallyDefinition d = JSON.tallyDefinitionFromJson(DEFINITION);
    TallyDefinition corrected = TallyDefinition.builder().from(d).version("2").build();
    TallyDefinition other = TallyDefinition.builder().from(d).labels(Labels.of("حصيلة", "bilan corrigé", "corrected tally")).build();
    HasilaJson json = JSON.withDefinitions(d, corrected);
    assertEquals(List.of(d, corrected), json.definitions());

    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> json.withDefinitions(other));
    assertEquals(
        "HasilaJson.definitions must hold one definition per id and version but was: two different definitions"
            + " \"dgsn.communication.2020\" without a version",
        twice.getMessage());
    assertEquals(json.definitions(), json.withDefinitions(d).definitions());

    HasilaJsonException ambiguous = assertThrows(HasilaJsonException.class, () -> json.tallyFromJson(TALLY));
    assertEquals(
        "document line 3, column 20, $.definitionVersion: expected \"definitionVersion\": the reader knows several versions"
            + " of \"dgsn.communication.2020\" (without a version, \"2\") but found none",
        ambiguous.getMessage());
    String version2 = TALLY.replace("\"dgsn.communication.2020\",", "\"dgsn.communication.2020\", \"definitionVersion\": \"2\",");
    assertEquals(corrected, json.tallyFromJson(version2).definition());
    assertEquals(d, JSON.withDefinitions(d).tallyFromJson(TALLY).definition());
    HasilaJsonException unknownVersion =
        assertThrows(HasilaJsonException.class, () -> json.tallyFromJson(version2.replace("\"2\",", "\"3\",")));
    assertEquals(
        "document line 3, column 68, $.definitionVersion: expected a version of \"dgsn.communication.2020\" the reader knows"
            + " (without a version, \"2\") but found \"3\"",
        unknownVersion.getMessage());
    HasilaJsonException misspelt =
        assertThrows(HasilaJsonException.class, () -> json.tallyFromJson(TALLY.replace("communication.2020\",", "comunication.2020\",")));
    assertEquals(
        "document line 3, column 20, $.definitionRef: expected an inline \"definition\", or the id of a definition the reader"
            + " knows (pass the definition: readTally(file, definition), or register it with withDefinitions) but found a"
            + " reference to \"dgsn.comunication.2020\" (did you mean \"dgsn.communication.2020\"?)",
        misspelt.getMessage());

    HasilaJsonException definition = assertThrows(HasilaJsonException.class, () -> json.tallyDefinitionFromJson(JSON.toJson(other)));
    assertEquals(
        "document line 3, column 9, $.id: expected an id and version the reader does not know for another definition (it was"
            + " given a different definition \"dgsn.communication.2020\" without a version) but found a different definition"
            + " with the same id and version",
        definition.getMessage());
    Tally inline = Tally.builder().definition(other).institution(Samples2020.INSTITUTION).period(DateRange.ofYear(2020)).build();
    HasilaJsonException inlined = assertThrows(HasilaJsonException.class, () -> json.tallyFromJson(JSON.toJson(inline)));
    assertEquals(
        "document line 3, column 17, $.definition: expected the definition registered as \"dgsn.communication.2020\" without a"
            + " version (one id and version, one definition) but found a different definition with the same id and version",
        inlined.getMessage());
  }

  @Test
  @DisplayName("an inline definition must be the one the caller passes")
  void inlineDefinitionDiffersFromTheCallers() {
    Tally published = Samples2020.published("published-2020-tally.json");
    String self = JSON.toJson(published);
    HasilaJsonException e =
        assertThrows(HasilaJsonException.class, () -> JSON.tallyFromJson(self, JSON.tallyDefinitionFromJson(DEFINITION)));
    assertEquals(
        "document line 3, column 17, $.definition: expected the definition passed by the caller"
            + " (\"dgsn.communication.2020\") but found a different inline definition with the same id",
        e.getMessage());
    assertEquals(published, JSON.tallyFromJson(self, Samples2020.definition()));
  }

  @Test
  @DisplayName("random truncations and corrupted bytes of a tally give a tally or a HasilaJsonException, nothing else")
  void noOtherExceptionType() {
    byte[] doc = JSON.toJson(Samples2020.published("published-2019-tally.json")).getBytes(StandardCharsets.UTF_8);
    org.quicktheories.QuickTheory.qt()
        .withFixedSeed(20_201_231L)
        .withExamples(1_000)
        .forAll(
            org.quicktheories.generators.SourceDSL.integers().between(0, doc.length - 1),
            org.quicktheories.generators.SourceDSL.integers().between(0, 255))
        .checkAssert(
            (cut, value) -> {
              byte[] corrupted = doc.clone();
              corrupted[cut] = (byte) value.intValue();
              for (byte[] bytes : List.of(corrupted, Arrays.copyOf(doc, cut))) {
                try {
                  JSON.readTally(new ByteArrayInputStream(bytes), "fuzz.json");
                } catch (HasilaJsonException expected) {
                  org.junit.jupiter.api.Assertions.assertTrue(expected.line() >= 1, expected.getMessage());
                }
              }
            });
  }

  // --- writing what cannot be written ---------------------------------------------------------

  @TempDir Path dir;

  private static final Labels LABELS = Labels.of("مخصص", "personnalisé", "custom");

  /** A definition with a custom selector at $.categories[1].measure.selector.or[0].and[1]. */
  private static TallyDefinition withCustomSelector(Selector custom) {
    return TallyDefinition.builder()
        .id("dgsn.communication.2020")
        .labels(LABELS)
        .addCategories(
            Category.of("meetings", LABELS, Measure.none()),
            Category.of(
                "communication",
                LABELS,
                Measure.count(
                    Selector.or(Selector.and(Selector.ofType(MediaCoverage.TYPE), custom), Selector.ofType(ActivityType.all().get(1))))))
        .build();
  }

  @Test
  @DisplayName("writing a definition with a custom selector fails before writing, naming the category and the selector")
  void customSelector() throws IOException {
    Selector securityMedia = Selector.custom("security-media units", (Activity a) -> a.unit().id().endsWith(".media"));
    TallyDefinition d = withCustomSelector(securityMedia);
    Path file = dir.resolve("definition.json");
    JSON.writeTallyDefinition(file, Samples2020.definition());
    byte[] before = Files.readAllBytes(file);

    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> JSON.writeTallyDefinition(file, d));
    assertEquals(
        "definition.json, $.categories[1].measure.selector.or[0].and[1]: expected a standard selector (custom selectors"
            + " exist only in code; a tally over such a definition can be written with writeTallyWithDefinitionRef) but"
            + " found the custom selector \"security-media units\" of category \"communication\"",
        e.getMessage());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.collect(Collectors.toList()), "no temporary file left");
    }
    assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(file)), "the previous file is intact");

    Tally t = Tally.builder().definition(d).institution(Samples2020.INSTITUTION).period(DateRange.ofYear(2020)).build();
    HasilaJsonException inTally = assertThrows(HasilaJsonException.class, () -> JSON.toJson(t));
    assertEquals("$.definition.categories[1].measure.selector.or[0].and[1]", inTally.field().orElseThrow());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeTallyWithDefinitionRef(out, t);
    assertEquals(t, JSON.readTally(new ByteArrayInputStream(out.toByteArray()), "tally.json", d));
  }

  @Test
  @DisplayName("a custom selector written alone through the module names the selector")
  void customSelectorThroughTheModule() {
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder().addModule(new HasilaModule()).build();
    Category c = Category.of("custom", LABELS, Measure.count(Selector.not(Selector.custom("weekends", a -> true))));
    RuntimeException e = assertThrows(RuntimeException.class, () -> mapper.writeValueAsString(c));
    Throwable cause = e;
    while (!(cause instanceof HasilaJsonException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertEquals(
        "JSON output, $.measure.selector.not: expected a standard selector (custom selectors exist only in code; a tally"
            + " over such a definition can be written with writeTallyWithDefinitionRef) but found the custom selector"
            + " \"weekends\" of category \"custom\"",
        cause.getMessage());
  }
}
