package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.tally.Category;
import io.hasila.tally.Figure;
import io.hasila.tally.Mapping;
import io.hasila.tally.Measure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Rule;
import io.hasila.tally.Selector;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import io.hasila.testkit.TallyGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("read(write(x)) equals x for tally definitions, tallies and mappings")
final class TallyRoundTripPropertiesTest {
  private static final long SEED = 20_201_231L;
  private static final int EXAMPLES = 1_000;
  private static final HasilaJson JSON = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new HasilaModule(HasilaGenerators.VOCABULARIES)).build();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Test
  @DisplayName("tally definitions, every selector and measure included, survive the definition document")
  void definitions() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(gen(TallyGenerators.tallyDefinitions()))
        .checkAssert(d -> assertEquals(d, JSON.tallyDefinitionFromJson(JSON.toJson(d))));
  }

  @Test
  @DisplayName("tallies, with every kind of provenance, survive the self-contained tally document")
  void tallies() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(gen(TallyGenerators.tallies()))
        .checkAssert(t -> assertEquals(t, JSON.tallyFromJson(JSON.toJson(t))));
  }

  @Test
  @DisplayName("tallies over the 2020 reference definition survive a document that names the definition by id")
  void talliesByDefinitionRef() {
    TallyDefinition reference = Samples2020.definition();
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(gen(TallyGenerators.tallyFor(reference)))
        .checkAssert(
            t -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              JSON.writeTallyWithDefinitionRef(out, t);
              assertEquals(t, JSON.readTally(new ByteArrayInputStream(out.toByteArray()), "memory", reference));
            });
  }

  @Test
  @DisplayName("definitions, tallies and their parts survive a mapper with HasilaModule")
  void throughTheJacksonModule() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(gen(TallyGenerators.tallyDefinitions()))
        .checkAssert(
            d -> {
              assertEquals(d, MAPPER.readValue(MAPPER.writeValueAsString(d), TallyDefinition.class));
              for (Category c : d.categories()) {
                assertEquals(c, MAPPER.readValue(MAPPER.writeValueAsString(c), Category.class));
              }
            });
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(gen(TallyGenerators.tallies()))
        .checkAssert(t -> assertEquals(t, MAPPER.readValue(MAPPER.writeValueAsString(t), Tally.class)));
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(gen(TallyGenerators.selectors()))
        .checkAssert(s -> assertEquals(s, MAPPER.readValue(MAPPER.writeValueAsString(s), Selector.class)));
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(gen(TallyGenerators.measures()))
        .checkAssert(m -> assertEquals(m, MAPPER.readValue(MAPPER.writeValueAsString(m), Measure.class)));
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(gen(TallyGenerators.provenances()))
        .checkAssert(
            p -> {
              assertEquals(p, MAPPER.readValue(MAPPER.writeValueAsString(p), Provenance.class));
              Figure f = Figure.of(42, p);
              assertEquals(f, MAPPER.readValue(MAPPER.writeValueAsString(f), Figure.class));
            });
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(gen(TallyGenerators.sources()))
        .checkAssert(s -> assertEquals(s, MAPPER.readValue(MAPPER.writeValueAsString(s), Source.class)));
  }

  @Test
  @DisplayName("mappings between generated definitions survive their document and a mapper with HasilaModule, as do rules")
  void mappingsAndRules() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(gen(r -> TallyGenerators.mappings(TallyGenerators.tallyDefinitions().next(r), TallyGenerators.tallyDefinitions().next(r)).next(r)))
        .checkAssert(
            m -> {
              assertEquals(m, JSON.mappingFromJson(JSON.toJson(m)));
              assertEquals(m, MAPPER.readValue(MAPPER.writeValueAsString(m), Mapping.class));
              assertEquals(compact(JSON.toJson(m)), compact(MAPPER.writeValueAsString(m)));
            });
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(gen(TallyGenerators.tallyDefinitions()))
        .checkAssert(d -> d.allRules().forEach(rule -> assertEquals(rule, MAPPER.readValue(MAPPER.writeValueAsString(rule), Rule.class))));
  }

  @Test
  @DisplayName("the module writes the same properties, in the same order, as the facade")
  void moduleAndFacadeAgree() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(gen(TallyGenerators.tallies()))
        .checkAssert(
            t -> {
              assertEquals(compact(JSON.toJson(t)), compact(MAPPER.writeValueAsString(t)));
              assertEquals(compact(JSON.toJson(t.definition())), compact(MAPPER.writeValueAsString(t.definition())));
            });
  }

  @Test
  @DisplayName("a document read with a byte order mark and CRLF line ends gives the same definition")
  void bomAndCrlf() {
    TallyDefinition d = Samples2020.definition();
    String crlf = "\uFEFF" + JSON.toJson(d).replace("\n", "\r\n");
    assertEquals(d, JSON.readTallyDefinition(new ByteArrayInputStream(crlf.getBytes(StandardCharsets.UTF_8)), "crlf.json"));
  }

  /** The same JSON without insignificant white space, property order kept. */
  private static String compact(String json) {
    return PLAIN.writeValueAsString(PLAIN.readTree(json));
  }

  private static <T> Gen<T> gen(io.hasila.testkit.Generator<T> generator) {
    return QuickTheoriesGens.of(generator);
  }
}
