package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.model.Labels;
import io.hasila.tally.Category;
import io.hasila.tally.Measure;
import io.hasila.tally.ReferenceDefinitions;
import io.hasila.tally.Selector;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-definition and malformed-tally corpus: a small hand-written definition broken in
 * one place per case, and the exact message a person editing the file sees.
 */
final class MalformedTallyTest {
  private static final HasilaJson JSON = HasilaJson.create();

  /** A valid definition, written the way a person would: line numbers matter to the messages below. */
  static final String DEFINITION =
      String.join(
          "\n",
          "{",
          "  \"schemaVersion\": 1,",
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
          "          \"measure\": {\"kind\": \"count\", \"selector\": {\"bulletinKind\": [\"rebuttal\"]}}",
          "        },",
          "        {",
          "          \"id\": \"communication.posts\",",
          "          \"labels\": {\"ar\": \"تغريدات\", \"fr\": \"publications\", \"en\": \"posts\"},",
          "          \"measure\": {\"kind\": \"count\", \"selector\": {\"and\": [{\"platform\": [\"twitter\"]}, {\"theme\": [\"health_emergency\"]}]}}",
          "        }",
          "      ]",
          "    },",
          "    {",
          "      \"id\": \"social\",",
          "      \"labels\": {\"ar\": \"الشبكات الاجتماعية\", \"fr\": \"réseaux sociaux\", \"en\": \"social media\"},",
          "      \"measure\": {\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"field\": \"followers\"}",
          "    }",
          "  ]",
          "}",
          "");

  static Stream<Arguments> definitions() {
    return Stream.of(
        bad("unknown selector kind",
            "$.categories[0].children[0].measure.selector.bulletinKinds", 14, 53,
            "def.json line 14, column 53, $.categories[0].children[0].measure.selector.bulletinKinds: expected a selector kind"
                + " (one of all, type, bulletinKind, platform, account, outletKind, productionKind, campaignKind, theme, unit,"
                + " between, and, or, not) but found \"bulletinKinds\"",
            "\"bulletinKind\"", "\"bulletinKinds\""),
        bad("unknown bulletin kind",
            "$.categories[0].children[0].measure.selector.bulletinKind[0]", 14, 70,
            "def.json line 14, column 70, $.categories[0].children[0].measure.selector.bulletinKind[0]: expected a bulletin kind"
                + " (one of communique, news, press_file, rebuttal) but found \"denial\"",
            "\"rebuttal\"", "\"denial\""),
        bad("unknown measure kind",
            "$.categories[0].measure.kind", 9, 27,
            "def.json line 9, column 27, $.categories[0].measure.kind: expected a measure kind (one of count,"
                + " distinct_counterparts, sum, latest_snapshot, sum_of_children, none) but found \"total\"",
            "\"sum_of_children\"", "\"total\""),
        bad("category id not under its parent",
            "$.categories[0].children[1].id", 17, 17,
            "def.json line 17, column 17, $.categories[0].children[1].id: expected an id of the form"
                + " \"communication.segment\" (a child of communication) but found \"social.posts\"",
            "\"communication.posts\"", "\"social.posts\""),
        bad("category id two levels under its parent",
            "$.categories[0].children[1].id", 17, 17,
            "def.json line 17, column 17, $.categories[0].children[1].id: expected an id of the form"
                + " \"communication.segment\" (a child of communication) but found \"communication.social.posts\"",
            "\"communication.posts\"", "\"communication.social.posts\""),
        bad("duplicate category id",
            "$.categories[0].children[1].id", 17, 17,
            "def.json line 17, column 17, $.categories[0].children[1].id: expected a category id not used before (it is"
                + " used on line 12) but found \"communication.rebuttals\"",
            "\"communication.posts\"", "\"communication.rebuttals\""),
        bad("malformed category id",
            "$.categories[0].id", 7, 13,
            "def.json line 7, column 13, $.categories[0].id: expected a category id: dot-separated segments of lower case"
                + " letters, digits and '_', such as communication.rebuttals but found \"Communication\"",
            "\"id\": \"communication\",", "\"id\": \"Communication\","),
        bad("a total without children",
            "$.categories[1].measure", 26, 18,
            "def.json line 26, column 18, $.categories[1].measure: expected a child category with a value, since social is"
                + " a total (sum_of_children) but found no children",
            "{\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"field\": \"followers\"}",
            "{\"kind\": \"sum_of_children\"}"),
        bad("a total whose children have no value",
            "$.categories[0].children", 10, 19,
            "def.json line 10, column 19, $.categories[0].children: expected a child category with a value, since"
                + " communication is a total (sum_of_children) but found only children whose measure is none",
            "{\"kind\": \"count\", \"selector\": {\"bulletinKind\": [\"rebuttal\"]}}", "{\"kind\": \"none\"}",
            "{\"kind\": \"count\", \"selector\": {\"and\": [{\"platform\": [\"twitter\"]}, {\"theme\": [\"health_emergency\"]}]}}",
            "{\"kind\": \"none\"}"),
        bad("a checked total without children",
            "$.categories[1].checkedTotal", 26, 134,
            "def.json line 26, column 134, $.categories[1].checkedTotal: expected a child category with a value, since"
                + " social is a total (checkedTotal) but found no children",
            "\"field\": \"followers\"}", "\"field\": \"followers\"}, \"checkedTotal\": true"),
        bad("a checked total without a value",
            "$.categories[1].checkedTotal", 26, 52,
            "def.json line 26, column 52, $.categories[1].checkedTotal: expected checkedTotal only on a category with a"
                + " value (the measure is none) but found true",
            "{\"kind\": \"latest_snapshot\", \"platform\": \"twitter\", \"account\": \"@DGSN_MAROC\", \"field\": \"followers\"}",
            "{\"kind\": \"none\"}, \"checkedTotal\": true"),
        bad("unknown category property",
            "$.categories[1].colour", 24, 23,
            "def.json line 24, column 23, $.categories[1].colour: expected a property of a category (id, labels, measure,"
                + " checkedTotal, note, children) but found \"colour\"",
            "\"id\": \"social\",", "\"id\": \"social\", \"colour\": \"blue\","),
        bad("property of another measure kind",
            "$.categories[0].children[0].measure.platform", 14, 40,
            "def.json line 14, column 40, $.categories[0].children[0].measure.platform: expected a property of a count"
                + " measure (kind, selector) but found \"platform\"",
            "{\"kind\": \"count\", \"selector\": {\"bulletinKind\"", "{\"kind\": \"count\", \"platform\": \"twitter\", \"selector\": {\"bulletinKind\""),
        bad("property of another measure kind, before the kind",
            "$.categories[1].measure.selector", 26, 19,
            "def.json line 26, column 19, $.categories[1].measure.selector: expected a property of a latest_snapshot"
                + " measure (kind, platform, account, field) but found \"selector\"",
            "{\"kind\": \"latest_snapshot\",", "{\"selector\": {\"all\": true}, \"kind\": \"latest_snapshot\","),
        bad("missing selector",
            "$.categories[0].children[0].measure.selector", 14, 22,
            "def.json line 14, column 22, $.categories[0].children[0].measure.selector: expected the required property"
                + " \"selector\" of a count measure but found none",
            "{\"kind\": \"count\", \"selector\": {\"bulletinKind\": [\"rebuttal\"]}}", "{\"kind\": \"count\"}"),
        bad("missing measure kind",
            "$.categories[0].measure.kind", 9, 18,
            "def.json line 9, column 18, $.categories[0].measure.kind: expected the required property \"kind\" (one of"
                + " count, distinct_counterparts, sum, latest_snapshot, sum_of_children, none) but found none",
            "{\"kind\": \"sum_of_children\"}", "{}"),
        bad("two selector kinds in one object",
            "$.categories[0].children[0].measure.selector.type", 14, 83,
            "def.json line 14, column 83, $.categories[0].children[0].measure.selector.type: expected one property per"
                + " selector (combine selectors with \"and\", \"or\" and \"not\") but found a second property \"type\" after"
                + " \"bulletinKind\"",
            "[\"rebuttal\"]}", "[\"rebuttal\"], \"type\": [\"bulletin\"]}"),
        bad("empty selector",
            "$.categories[0].children[0].measure.selector", 14, 53,
            "def.json line 14, column 53, $.categories[0].children[0].measure.selector: expected a selector: an object with"
                + " one of the properties all, type, bulletinKind, platform, account, outletKind, productionKind, campaignKind,"
                + " theme, unit, between, and, or, not but found an empty object",
            "{\"bulletinKind\": [\"rebuttal\"]}", "{}"),
        bad("empty list of codes",
            "$.categories[0].children[0].measure.selector.bulletinKind", 14, 69,
            "def.json line 14, column 69, $.categories[0].children[0].measure.selector.bulletinKind: expected at least one"
                + " bulletin kind but found []",
            "[\"rebuttal\"]", "[]"),
        bad("repeated code",
            "$.categories[0].children[0].measure.selector.bulletinKind[1]", 14, 82,
            "def.json line 14, column 82, $.categories[0].children[0].measure.selector.bulletinKind[1]: expected each"
                + " bulletin kind once but found \"rebuttal\" a second time",
            "[\"rebuttal\"]", "[\"rebuttal\", \"rebuttal\"]"),
        bad("malformed theme id",
            "$.categories[0].children[1].measure.selector.and[1].theme[0]", 19, 99,
            "def.json line 19, column 99, $.categories[0].children[1].measure.selector.and[1].theme[0]: expected a theme"
                + " id: lower case letters and digits joined by '_', '-' or '.' but found \"Health Emergency\"",
            "\"health_emergency\"", "\"Health Emergency\""),
        bad("empty and",
            "$.categories[0].children[1].measure.selector.and", 19, 60,
            "def.json line 19, column 60, $.categories[0].children[1].measure.selector.and: expected at least one selector"
                + " but found []",
            "[{\"platform\": [\"twitter\"]}, {\"theme\": [\"health_emergency\"]}]", "[]"),
        bad("all that is not true",
            "$.categories[0].children[0].measure.selector.all", 14, 60,
            "def.json line 14, column 60, $.categories[0].children[0].measure.selector.all: expected true (\"all\": true"
                + " selects every activity) but found false",
            "{\"bulletinKind\": [\"rebuttal\"]}", "{\"all\": false}"),
        bad("a date range that ends before it starts",
            "$.categories[0].children[0].measure.selector.between.to", 14, 93,
            "def.json line 14, column 93, $.categories[0].children[0].measure.selector.between.to: expected a date not"
                + " before from (2020-12-31) but found \"2020-01-01\"",
            "{\"bulletinKind\": [\"rebuttal\"]}", "{\"between\": {\"from\": \"2020-12-31\", \"to\": \"2020-01-01\"}}"),
        bad("a date that is not ISO",
            "$.categories[0].children[0].measure.selector.between.from", 14, 73,
            "def.json line 14, column 73, $.categories[0].children[0].measure.selector.between.from: expected an ISO date"
                + " (yyyy-MM-dd) but found \"31/12/2020\"",
            "{\"bulletinKind\": [\"rebuttal\"]}", "{\"between\": {\"from\": \"31/12/2020\", \"to\": \"2020-12-31\"}}"),
        bad("unknown platform",
            "$.categories[1].measure.platform", 26, 58,
            "def.json line 26, column 58, $.categories[1].measure.platform: expected a platform (one of twitter, facebook,"
                + " instagram, youtube, tiktok, linkedin, other) but found \"myspace\"",
            "\"platform\": \"twitter\", \"account\"", "\"platform\": \"myspace\", \"account\""),
        bad("unknown snapshot field",
            "$.categories[1].measure.field", 26, 104,
            "def.json line 26, column 104, $.categories[1].measure.field: expected a snapshot field (one of followers,"
                + " posts) but found \"fans\"",
            "\"followers\"}", "\"fans\"}"),
        bad("blank label (a model check, placed at the field)",
            "$.categories[0].children[0].labels.en", 13, 77,
            "def.json line 13, column 77, $.categories[0].children[0].labels.en: expected a value that must not be blank"
                + " but found \" \"",
            "\"en\": \"rebuttals\"", "\"en\": \" \""),
        bad("missing label",
            "$.labels.fr", 4, 50,
            "def.json line 4, column 50, $.labels.fr: expected the required property \"fr\" but found none",
            "\"fr\": \"bilan\", ", ""),
        bad("schema version 2",
            "$.schemaVersion", 2, 20,
            "def.json line 2, column 20, $.schemaVersion: expected schemaVersion 1 but found 2",
            "\"schemaVersion\": 1", "\"schemaVersion\": 2"),
        bad("missing schema version",
            "$.schemaVersion", 1, 1,
            "def.json line 1, column 1, $.schemaVersion: expected the required property \"schemaVersion\" but found none",
            "\"schemaVersion\": 1,\n", ""),
        bad("unknown top-level property",
            "$.version", 3, 3,
            "def.json line 3, column 3, $.version: expected a property of a tally definition (schemaVersion, id, labels,"
                + " categories) but found \"version\"",
            "  \"id\"", "  \"version\": \"2020\",\n  \"id\""),
        bad("missing comma",
            "$.categories[0].children[0].id", 13, 11,
            "def.json line 13, column 11, $.categories[0].children[0].id: expected well-formed JSON but found Unexpected"
                + " character ('\"' (code 34)): was expecting comma to separate Object entries",
            "\"communication.rebuttals\",", "\"communication.rebuttals\""));
  }

  private static Arguments bad(String name, String path, int line, int column, String message, String... replacements) {
    return Arguments.of(name, path, line, column, message, List.of(replacements));
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

  @Test
  @DisplayName("the corpus's base definition is valid")
  void baseIsValid() {
    TallyDefinition d = JSON.tallyDefinitionFromJson(DEFINITION);
    assertEquals(List.of("communication", "communication.rebuttals", "communication.posts", "social"),
        d.allCategories().stream().map(Category::id).collect(java.util.stream.Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  @DisplayName("a broken definition gives an exact, helpful message")
  void brokenDefinition(String name, String path, int line, int column, String message, List<String> replacements) {
    String broken = replace(DEFINITION, replacements);
    HasilaJsonException e =
        assertThrows(
            HasilaJsonException.class,
            () -> JSON.readTallyDefinition(new java.io.ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "def.json"));
    assertEquals(message, e.getMessage());
    assertEquals("def.json", e.source());
    assertEquals(path, e.path());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
    assertEquals(0, e.record());
  }

  // --- tallies --------------------------------------------------------------------------------

  /** A tally over the base definition, by reference; line numbers matter to the messages below. */
  static final String TALLY =
      String.join(
          "\n",
          "{",
          "  \"schemaVersion\": 1,",
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
            "$.figures[1].category", 8, 18,
            "tally.json line 8, column 18, $.figures[1].category: expected a category of the definition"
                + " \"dgsn.communication.2020\" but found \"communication.statements\"",
            "\"communication.rebuttals\", \"value\"", "\"communication.statements\", \"value\""),
        bad("figure of a category without a value",
            "$.figures[0].category", 7, 18,
            "tally.json line 7, column 18, $.figures[0].category: expected a category with a value (the measure of"
                + " communication is none) but found \"communication\"",
            "{\"kind\": \"sum_of_children\"}", "{\"kind\": \"none\"}"),
        bad("two figures for one category",
            "$.figures[2].category", 9, 18,
            "tally.json line 9, column 18, $.figures[2].category: expected one figure per category"
                + " (communication.rebuttals has a figure on line 8) but found a second figure for \"communication.rebuttals\"",
            "\"communication.posts\", \"value\"", "\"communication.rebuttals\", \"value\""),
        bad("a reference to another definition",
            "$.definitionRef", 3, 20,
            "tally.json line 3, column 20, $.definitionRef: expected the id of the definition passed by the caller"
                + " (\"dgsn.communication.2020\") but found \"dgsn.communication.2019\"",
            "\"dgsn.communication.2020\"", "\"dgsn.communication.2019\""),
        bad("unknown provenance kind",
            "$.figures[0].provenance.kind", 7, 72,
            "tally.json line 7, column 72, $.figures[0].provenance.kind: expected a provenance kind (one of computed,"
                + " published, derived) but found \"estimated\"",
            "\"computed\"", "\"estimated\""),
        bad("a published figure without a source",
            "$.figures[1].provenance.source", 8, 73,
            "tally.json line 8, column 73, $.figures[1].provenance.source: expected the required property \"source\" of a"
                + " published provenance but found none",
            ", \"source\": {\"title\": \"Annual report\"}", ""),
        bad("a derived figure from nothing",
            "$.figures[2].provenance.from", 9, 120,
            "tally.json line 9, column 120, $.figures[2].provenance.from: expected at least one figure the value is"
                + " derived from but found []",
            "[\"communication\", \"communication.rebuttals\"]", "[]"),
        bad("negative inputs",
            "$.figures[0].provenance.inputs", 7, 94,
            "tally.json line 7, column 94, $.figures[0].provenance.inputs: expected a number of input records, not"
                + " negative but found -241",
            "\"inputs\": 241", "\"inputs\": -241"),
        bad("a fractional value",
            "$.figures[0].value", 7, 44,
            "tally.json line 7, column 44, $.figures[0].value: expected a whole number but found 241.5",
            "\"value\": 241", "\"value\": 241.5"),
        bad("a period that ends before it starts",
            "$.period.to", 5, 42,
            "tally.json line 5, column 42, $.period.to: expected a date not before from (2020-01-01) but found"
                + " \"2019-12-31\"",
            "\"to\": \"2020-12-31\"", "\"to\": \"2019-12-31\""),
        bad("both an inline definition and a reference",
            "$.definition", 4, 17,
            "tally.json line 4, column 17, $.definition: expected either \"definition\" or \"definitionRef\", not both but"
                + " found both",
            "  \"institution\"", "  \"definition\": {},\n  \"institution\""),
        bad("no definition at all",
            "$.definition", 1, 1,
            "tally.json line 1, column 1, $.definition: expected the required property \"definition\" (or"
                + " \"definitionRef\") but found none",
            "  \"definitionRef\": \"dgsn.communication.2020\",\n", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tallies")
  @DisplayName("a broken tally gives an exact, helpful message")
  void brokenTally(String name, String path, int line, int column, String message, List<String> replacements) {
    // A replacement that targets the definition applies to the definition; the others to the tally.
    boolean inDefinition = replacements.get(0).contains("sum_of_children");
    TallyDefinition definition =
        JSON.tallyDefinitionFromJson(inDefinition ? replace(DEFINITION, replacements) : DEFINITION);
    String tally = inDefinition ? TALLY : replace(TALLY, replacements);
    HasilaJsonException e =
        assertThrows(
            HasilaJsonException.class,
            () -> JSON.readTally(new java.io.ByteArrayInputStream(tally.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "tally.json", definition));
    assertEquals(message, e.getMessage());
    assertEquals(path, e.path());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
  }

  @Test
  @DisplayName("a tally that refers to its definition cannot be read without it, and says how")
  void referenceWithoutDefinition() {
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> JSON.tallyFromJson(TALLY));
    assertEquals(
        "document line 3, column 20, $.definitionRef: expected an inline \"definition\" (to read a tally that refers"
            + " to its definition, pass the definition: readTally(file, definition)) but found a reference to"
            + " \"dgsn.communication.2020\"",
        e.getMessage());
    Tally t = JSON.tallyFromJson(TALLY, JSON.tallyDefinitionFromJson(DEFINITION));
    assertEquals(List.of(), t.check());
  }

  @Test
  @DisplayName("an inline definition must be the one the caller passes")
  void inlineDefinitionDiffersFromTheCallers() {
    String self = JSON.toJson(ReferenceDefinitions.published2020());
    HasilaJsonException e =
        assertThrows(HasilaJsonException.class, () -> JSON.tallyFromJson(self, JSON.tallyDefinitionFromJson(DEFINITION)));
    assertEquals(
        "document line 3, column 17, $.definition: expected the definition passed by the caller"
            + " (\"dgsn.communication.2020\") but found a different inline definition with the same id",
        e.getMessage());
    assertEquals(ReferenceDefinitions.published2020(), JSON.tallyFromJson(self, ReferenceDefinitions.police2020()));
  }

  @Test
  @DisplayName("random truncations and corrupted bytes of a tally give a tally or a HasilaJsonException, nothing else")
  void noOtherExceptionType() {
    byte[] doc = JSON.toJson(ReferenceDefinitions.published2019()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
              for (byte[] bytes : List.of(corrupted, java.util.Arrays.copyOf(doc, cut))) {
                try {
                  JSON.readTally(new java.io.ByteArrayInputStream(bytes), "fuzz.json");
                } catch (HasilaJsonException expected) {
                  org.junit.jupiter.api.Assertions.assertTrue(expected.line() >= 1, expected.getMessage());
                }
              }
            });
  }

  // --- writing what cannot be written ---------------------------------------------------------

  @TempDir Path dir;

  @Test
  @DisplayName("writing a definition with a custom selector fails before writing, naming the category and the selector")
  void customSelector() throws IOException {
    Selector securityMedia = Selector.custom("security-media units", a -> a.unit().id().endsWith(".media"));
    TallyDefinition d = ReferenceDefinitions.police2020(securityMedia);
    Path file = dir.resolve("definition.json");
    JSON.writeTallyDefinition(file, ReferenceDefinitions.police2020());
    byte[] before = Files.readAllBytes(file);

    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> JSON.writeTallyDefinition(file, d));
    assertEquals(
        "definition.json, $.categories[1].measure.selector.or[0].and[1]: expected a standard selector (custom selectors"
            + " exist only in code; a tally over such a definition can be written with writeTallyWithDefinitionRef) but"
            + " found the custom selector \"security-media units\" of category \"communication\"",
        e.getMessage());
    assertEquals(List.of(file), Files.list(dir).collect(java.util.stream.Collectors.toList()), "no temporary file left");
    assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(file)), "the previous file is intact");

    Tally t = Tally.builder().definition(d).institution(ReferenceDefinitions.police()).period(io.hasila.tally.DateRange.ofYear(2020)).build();
    HasilaJsonException inTally = assertThrows(HasilaJsonException.class, () -> JSON.toJson(t));
    assertEquals("$.definition.categories[1].measure.selector.or[0].and[1]", inTally.path());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    JSON.writeTallyWithDefinitionRef(out, t);
    assertEquals(t, JSON.readTally(new java.io.ByteArrayInputStream(out.toByteArray()), "tally.json", d));
  }

  @Test
  @DisplayName("a custom selector written alone through the module names the selector")
  void customSelectorThroughTheModule() {
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder().addModule(new HasilaModule()).build();
    Category c =
        Category.of("custom", Labels.of("مخصص", "personnalisé", "custom"), Measure.count(Selector.not(Selector.custom("weekends", a -> true))));
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
