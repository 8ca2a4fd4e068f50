package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.testkit.HasilaGenerators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ParallelAggregationTest {
  @TempDir Path dir;

  /** Collects the activities in order: merging in file order gives the sequential list. */
  private static final Aggregator<Activity, List<Activity>, List<Activity>> IN_ORDER =
      Aggregator.of(
          ArrayList::new,
          (list, a) -> {
            list.add(a);
            return list;
          },
          (left, right) -> {
            left.addAll(right);
            return left;
          },
          List::copyOf);

  private Path file(int count, long seed, List<String> extraLines) throws IOException {
    Random random = new Random(seed);
    HasilaJson json = HasilaJson.create();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(json.toJson(HasilaGenerators.activities().next(random)));
      if (i % 7 == 3) {
        lines.add("   ");
      }
    }
    for (int i = 0; i < extraLines.size(); i++) {
      lines.add((i + 1) * lines.size() / (extraLines.size() + 1), extraLines.get(i));
    }
    Path file = dir.resolve("activities-" + seed + ".jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  @DisplayName("a parallel read gives the activities of a sequential read, whatever the number of threads and pieces")
  void parallelEqualsSequential() throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      Path file = file(300, seed, List.of());
      HasilaJson json = HasilaJson.create();
      List<Activity> sequential = json.readActivities(file).accepted();
      for (int threads = 1; threads <= 3; threads++) {
        for (long piece : new long[] {1, 500, 1 << 20}) {
          Aggregated<List<Activity>> parallel = json.aggregateActivities(file, IN_ORDER, threads, r -> {}, piece);
          assertEquals(sequential, parallel.result(), "threads " + threads + ", pieces of " + piece);
          assertEquals(sequential.size(), parallel.read());
          assertEquals(0, parallel.rejected());
        }
      }
      assertEquals(sequential, json.aggregateActivities(file, IN_ORDER, 2).result());
    }
  }

  @Test
  @DisplayName("strict: the parallel read throws the first bad record in file order, at the same line and record")
  void strictFirstFaultInFileOrder() throws IOException {
    Path file = file(400, 11, List.of("{\"type\":\"campaign\",\"id\":\"x\",\"date\":\"31/12/2020\"}", "{\"type\":\"podcast\"}", "not json"));
    HasilaJson json = HasilaJson.create();
    HasilaJsonException sequential = assertThrows(HasilaJsonException.class, () -> json.readActivities(file));
    for (int threads = 1; threads <= 3; threads++) {
      int t = threads;
      HasilaJsonException parallel =
          assertThrows(HasilaJsonException.class, () -> json.aggregateActivities(file, IN_ORDER, t, r -> {}, 1));
      assertEquals(sequential.getMessage(), parallel.getMessage());
      assertEquals(sequential.line(), parallel.line());
      assertEquals(sequential.record(), parallel.record());
    }
  }

  @Test
  @DisplayName("lenient: every record is accounted for and rejections come in file order with absolute positions")
  void lenientAccountsForEveryRecord() throws IOException {
    Path file = file(400, 12, List.of("{\"type\":\"campaign\",\"id\":\"x\",\"date\":\"31/12/2020\"}", "{\"type\":\"podcast\"}", "not json"));
    HasilaJson json = HasilaJson.create().withMode(ReadMode.LENIENT);
    ReadResult<Activity> sequential = json.readActivities(file);
    for (int threads = 1; threads <= 3; threads++) {
      List<Rejection> rejections = new ArrayList<>();
      Aggregated<List<Activity>> parallel = json.aggregateActivities(file, IN_ORDER, threads, rejections::add, 1);
      assertEquals(sequential.accepted(), parallel.result());
      assertEquals(sequential.rejected(), rejections);
      assertEquals(sequential.read(), parallel.read());
      assertEquals(parallel.read(), parallel.accepted() + parallel.rejected());
      assertEquals(3, parallel.rejected());
    }
  }
}
