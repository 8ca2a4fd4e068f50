package io.hasila.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.model.Institution;
import io.hasila.tally.Change;
import io.hasila.tally.Comparison;
import io.hasila.tally.DateRange;
import io.hasila.tally.Mapping;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a comparison through a mapping and through its inverse agree")
final class ComparisonThroughMappingPropertiesTest {
  private static final int CASES = 500;
  private static final Institution INSTITUTION = Institution.of("example", "an invented institution", ZoneId.of("Africa/Casablanca"));

  /** Two tallies of one institution, a year apart, under two generated definitions, and a mapping between the definitions. */
  private static final class Case {
    final Tally earlier;
    final Tally later;
    final Mapping mapping;

    Case(Tally earlier, Tally later, Mapping mapping) {
      this.earlier = earlier;
      this.later = later;
      this.mapping = mapping;
    }

    @Override
    public String toString() {
      return mapping + "\n" + earlier.figures() + "\n" + later.figures();
    }
  }

  private static final Generator<Case> CASES_GENERATOR =
      r -> {
        TallyDefinition a = TallyGenerators.tallyDefinitions().next(r);
        TallyDefinition b = TallyGenerators.tallyDefinitions().next(r);
        Tally earlier = Tally.builder().from(TallyGenerators.tallyFor(a).next(r)).institution(INSTITUTION).period(DateRange.ofYear(2021)).build();
        Tally later = Tally.builder().from(TallyGenerators.tallyFor(b).next(r)).institution(INSTITUTION).period(DateRange.ofYear(2022)).build();
        return new Case(earlier, later, TallyGenerators.mappings(a, b).next(r));
      };

  /** The row a comparison in the other direction states for {@code row}: sides, values and outcome turned around. */
  private static Change mirror(Change row) {
    List<String> previousPaths = row.currentPaths();
    List<String> currentPaths = row.previousPaths();
    OptionalLong previous = row.current();
    OptionalLong current = row.previous();
    Change.Outcome outcome;
    if (row.outcome() == Change.Outcome.NOT_DEFINED) {
      outcome = Change.Outcome.NOT_DEFINED;
    } else if (currentPaths.isEmpty()) {
      outcome = Change.Outcome.DISCONTINUED;
    } else if (current.isEmpty()) {
      outcome = Change.Outcome.NOT_PUBLISHED;
    } else if (previousPaths.isEmpty()) {
      outcome = Change.Outcome.NEW;
    } else if (previous.isEmpty()) {
      outcome = Change.Outcome.NOT_PUBLISHED;
    } else if (previous.getAsLong() > 0) {
      outcome = Change.Outcome.GROWTH;
    } else {
      outcome = current.getAsLong() > 0 ? Change.Outcome.NEW : Change.Outcome.UNCHANGED_ZERO;
    }
    return Change.builder()
        .path(String.join(" + ", currentPaths.isEmpty() ? previousPaths : currentPaths))
        .previousPaths(previousPaths)
        .currentPaths(currentPaths)
        .previous(previous)
        .current(current)
        .runningTotal(row.runningTotal())
        .outcome(outcome)
        .build();
  }

  private static Map<List<List<String>>, Change> bySides(List<Change> rows) {
    Map<List<List<String>>, Change> out = new HashMap<>();
    for (Change c : rows) {
      out.put(List.of(c.previousPaths(), c.currentPaths()), c);
    }
    return out;
  }

  @Test
  @DisplayName("the mapping given either way round gives the same rows; its inverse's inverse is itself")
  void eitherWayRound() {
    qt().withFixedSeed(12L)
        .withExamples(CASES)
        .forAll(QuickTheoriesGens.of(CASES_GENERATOR))
        .checkAssert(
            c -> {
              assertEquals(c.mapping, c.mapping.inverse().inverse());
              Comparison forward = Comparison.of(c.earlier, c.later, c.mapping);
              assertEquals(forward.changes(), Comparison.of(c.earlier, c.later, c.mapping.inverse()).changes());
              assertEquals(forward.changes(), Comparison.of(c.later, c.earlier, c.mapping.inverse()).changes());
            });
  }

  @Test
  @DisplayName("compared the other way, through the inverse, every row comes back turned around, and no other")
  void inverseComparisonMirrors() {
    qt().withFixedSeed(13L)
        .withExamples(CASES)
        .forAll(QuickTheoriesGens.of(CASES_GENERATOR))
        .checkAssert(
            c -> {
              List<Change> forward = Comparison.of(c.earlier, c.later, c.mapping).changes();
              List<Change> backward =
                  Comparison.options().inGivenOrder().mapping(c.mapping.inverse()).compare(c.later, c.earlier).changes();
              Map<List<List<String>>, Change> expected = new HashMap<>();
              for (Change row : forward) {
                Change m = mirror(row);
                expected.put(List.of(m.previousPaths(), m.currentPaths()), m);
              }
              assertEquals(expected, bySides(backward));
              assertEquals(forward.size(), backward.size());
            });
  }
}
