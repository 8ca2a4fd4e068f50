package io.hasila.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.aggregate.Aggregator;
import io.hasila.model.Activity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the contract reports a broken aggregator with the law and a small case as JSON Lines")
final class BrokenAggregatorReportTest {

  /** Counts activities, but its merge forgets the right side whenever the left one is not empty. */
  private static final class ForgetfulCount extends ActivityAggregatorContract<Long> {
    @Override
    protected Aggregator<Activity, ?, Long> aggregator() {
      return Aggregator.<Activity, long[], Long>of(
          () -> new long[1],
          (acc, a) -> {
            acc[0]++;
            return acc;
          },
          (left, right) -> left[0] == 0 ? right : left,
          acc -> acc[0]);
    }
  }

  @Test
  @DisplayName("a merge that drops inputs breaks 'merging partial results', shrunk to a handful of activities")
  void forgetfulMergeIsReportedSmall() {
    AssertionError e = assertThrows(AssertionError.class, () -> new ForgetfulCount().mergeEqualsSequentialAdd());
    String message = causeMessages(e);
    assertTrue(message.contains("breaks the law \"merging partial results equals adding every input to one accumulator\""), message);
    List<String> records = new ArrayList<>();
    for (String line : message.split("\n")) {
      if (line.startsWith("  {\"type\":")) {
        records.add(line);
      }
    }
    assertTrue(!records.isEmpty() && records.size() <= 10, records.size() + " activities printed:\n" + message);
    for (String r : records) {
      assertTrue(r.contains("\"id\":") && r.contains("\"date\":") && r.endsWith("}"), r);
    }
  }

  private static String causeMessages(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append('\n');
    }
    return sb.toString();
  }
}
