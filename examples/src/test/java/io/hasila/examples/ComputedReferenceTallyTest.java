package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hasila.model.Dataset;
import io.hasila.tally.Comparison;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the 2020 tally computed from the synthetic log")
final class ComputedReferenceTallyTest {

  @Test
  @DisplayName("equals the published tally in every category, and passes the check")
  void computedEqualsPublished() {
    Dataset log = SyntheticLog2020.generate(SyntheticLog2020.DEFAULT_SEED);
    Tally computed =
        Tally.compute(
            Reference2020.definition(),
            log.institution(),
            DateRange.ofYear(2020),
            log.activities().parallelStream(),
            log.snapshots().stream());

    List<String> differences =
        Comparison.options().inGivenOrder().compare(Reference2020.published2020(), computed).changes().stream()
            .filter(c -> !c.previous().equals(c.current()))
            .map(Object::toString)
            .collect(Collectors.toList());
    assertEquals(List.of(), differences);
    assertEquals(List.of(), computed.check());
  }
}
