package io.hasila.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.tally.Category;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("tally generators")
final class TallyGeneratorsTest {
  @Test
  @DisplayName("generated definitions and tallies validate and rebuild equal")
  void definitionsAndTalliesRebuildEqual() {
    qt().withFixedSeed(7L)
        .withExamples(1_000)
        .forAll(QuickTheoriesGens.of(TallyGenerators.tallies()))
        .checkAssert(
            t -> {
              TallyDefinition d = TallyDefinition.builder().from(t.definition()).build();
              assertEquals(t.definition(), d);
              assertEquals(t, Tally.builder().from(t).build());
              for (Category c : d.allCategories()) {
                assertEquals(c, Category.builder().from(c).build());
              }
            });
  }

  @Test
  @DisplayName("tallies over a reference-shaped definition, reproducibly from a seed")
  void talliesOverReferenceDefinition() {
    Generator<Tally> g = TallyGenerators.tallyFor(ReferenceShapedDefinition.definition());
    assertEquals(g.list(new Random(3), 50), g.list(new Random(3), 50));
  }
}
