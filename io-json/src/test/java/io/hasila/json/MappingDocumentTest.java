package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.tally.Mapping;
import io.hasila.tally.TallyDefinition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mapping documents: the format, and the exact message for each fault a person editing one may make. */
@DisplayName("mapping documents between two definitions")
final class MappingDocumentTest {
  /** A mapping from the corpus's definition to itself renamed as its 2021 edition; line numbers matter to the messages below. */
  static final String MAPPING =
      String.join(
          "\n",
          "{",
          "  \"schemaVersion\": 1,",
          "  \"from\": \"dgsn.communication.2020\",",
          "  \"to\": \"dgsn.communication.2021\",",
          "  \"note\": \"2021 merged the rebuttals and the posts\",",
          "  \"lines\": [",
          "    {\"from\": [\"communication.rebuttals\", \"communication.posts\"], \"to\": [\"communication.rebuttals\"], \"note\": \"merged\"},",
          "    {\"from\": [\"social\"], \"to\": []}",
          "  ]",
          "}",
          "");

  private static final TallyDefinition Y2020 = HasilaJson.create().tallyDefinitionFromJson(MalformedTallyTest.DEFINITION);
  private static final TallyDefinition Y2021 = TallyDefinition.builder().from(Y2020).id("dgsn.communication.2021").build();
  private static final HasilaJson JSON = HasilaJson.create().withDefinitions(Y2020, Y2021);

  @Test
  @DisplayName("a mapping document reads as the mapping, and is written the same way")
  void readsAndWrites() {
    Mapping m = JSON.mappingFromJson(MAPPING);
    assertEquals(
        Mapping.builder()
            .from("dgsn.communication.2020")
            .to("dgsn.communication.2021")
            .note("2021 merged the rebuttals and the posts")
            .addLines(
                new Mapping.Line(List.of("communication.rebuttals", "communication.posts"), List.of("communication.rebuttals"), Optional.of("merged")),
                Mapping.Line.discontinued("social"))
            .build(),
        m);
    String written = JSON.toJson(m);
    assertEquals(
        String.join(
            "\n",
            "{",
            "  \"schemaVersion\": 1,",
            "  \"from\": \"dgsn.communication.2020\",",
            "  \"to\": \"dgsn.communication.2021\",",
            "  \"note\": \"2021 merged the rebuttals and the posts\",",
            "  \"lines\": [",
            "    {",
            "      \"from\": [\"communication.rebuttals\", \"communication.posts\"],",
            "      \"to\": [\"communication.rebuttals\"],",
            "      \"note\": \"merged\"",
            "    },",
            "    {\"from\": [\"social\"], \"to\": []}",
            "  ]",
            "}",
            ""),
        written);
    assertEquals(m, JSON.mappingFromJson(written));
    Schemas.assertValid(Schemas.MAPPING, written);
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(
            "a category the definition does not have",
            "document line 7, column 15, $.lines[0].from[0]: expected a category of the definition \"dgsn.communication.2020\" but"
                + " found \"communication.rebutals\" (did you mean \"communication.rebuttals\"?)",
            List.of("[\"communication.rebuttals\", \"communication.posts\"]", "[\"communication.rebutals\", \"communication.posts\"]")),
        Arguments.of(
            "a category of the later definition that it does not have",
            "document line 7, column 73, $.lines[0].to[0]: expected a category of the definition \"dgsn.communication.2021\" but"
                + " found \"communication.rebutals\" (did you mean \"communication.rebuttals\"?)",
            List.of("\"to\": [\"communication.rebuttals\"]", "\"to\": [\"communication.rebutals\"]")),
        Arguments.of(
            "a category named in two lines",
            "document line 8, column 15, $.lines[1].from[0]: expected each category of the \"from\" definition in one line only (it"
                + " is named on line 7) but found \"communication.posts\"",
            List.of("{\"from\": [\"social\"]", "{\"from\": [\"communication.posts\"]")),
        Arguments.of(
            "a line naming nothing",
            "document line 8, column 5, $.lines[1]: expected a line that names a category on at least one side but found \"from\":"
                + " [] and \"to\": []",
            List.of("{\"from\": [\"social\"]", "{\"from\": []")),
        Arguments.of(
            "a line without one of its sides",
            "document line 8, column 5, $.lines[1].to: expected the required property \"to\" (an empty array on the side that has"
                + " no category) but found none",
            List.of(", \"to\": []}", "}")),
        Arguments.of(
            "an unknown property of a line",
            "document line 8, column 26, $.lines[1].too: expected a property of a line (from, to, note) but found \"too\" (did you"
                + " mean \"to\"?)",
            List.of("\"to\": []}", "\"too\": []}")),
        Arguments.of(
            "a mapping without its later definition",
            "document line 1, column 1, $.to: expected the required property \"to\" but found none",
            List.of("  \"to\": \"dgsn.communication.2021\",\n", "")),
        Arguments.of(
            "another schema version",
            "document line 2, column 20, $.schemaVersion: expected schemaVersion 1 but found 2",
            List.of("\"schemaVersion\": 1", "\"schemaVersion\": 2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  @DisplayName("a broken mapping gives an exact, helpful message")
  void brokenMapping(String name, String message, List<String> replacements) {
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> JSON.mappingFromJson(MalformedTallyTest.replace(MAPPING, replacements)));
    assertEquals(message, e.getMessage());
  }

  @Test
  @DisplayName("without the definitions, only the shape is checked; a comparison checks the ids")
  void withoutDefinitions() {
    String typo = MAPPING.replace("[\"communication.rebuttals\", \"communication.posts\"]", "[\"communication.rebutals\"]");
    Mapping m = HasilaJson.create().mappingFromJson(typo);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.checkAgainst(Y2020, Y2021));
    assertEquals(
        "Mapping.lines[0].from must name categories of dgsn.communication.2020 (did you mean \"communication.rebuttals\"?) but"
            + " was: \"communication.rebutals\"",
        e.getMessage());
  }
}
