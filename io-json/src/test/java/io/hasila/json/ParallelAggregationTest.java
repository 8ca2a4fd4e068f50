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
  private static final JsonRecordReader<Activity> READER =
      HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader();

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
    HasilaJson json = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);
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
      JsonRecordReader<Activity> reader = READER;
      List<Activity> sequential = reader.read(file).accepted();
      for (int threads = 1; threads <= 3; threads++) {
        for (long piece : new long[] {1, 500, 1 << 20}) {
          Aggregated<List<Activity>> parallel = reader.withParallelism(threads).withMinPieceBytes(piece).aggregate(file, IN_ORDER);
          assertEquals(sequential, parallel.result(), "threads " + threads + ", pieces of " + piece);
          assertEquals(sequential.size(), parallel.read());
          assertEquals(0, parallel.rejected());
        }
      }
      assertEquals(sequential, reader.withParallelism(2).aggregate(file, IN_ORDER).result());
    }
  }

  @Test
  @DisplayName("strict: the parallel read throws the first bad record in file order, at the same line and record")
  void strictFirstFaultInFileOrder() throws IOException {
    Path file = file(400, 11, List.of("{\"type\":\"campaign\",\"id\":\"x\",\"date\":\"31/12/2020\"}", "{\"type\":\"podcast\"}", "not json"));
    HasilaJsonException sequential = assertThrows(HasilaJsonException.class, () -> READER.read(file));
    for (int threads = 1; threads <= 3; threads++) {
      JsonRecordReader<Activity> parallelReader = READER.withParallelism(threads).withMinPieceBytes(1);
      HasilaJsonException parallel = assertThrows(HasilaJsonException.class, () -> parallelReader.aggregate(file, IN_ORDER));
      assertEquals(sequential.getMessage(), parallel.getMessage());
      assertEquals(sequential.line(), parallel.line());
      assertEquals(sequential.record(), parallel.record());
    }
  }

  @Test
  @DisplayName("lenient: every record is accounted for and rejections come in file order with absolute positions")
  void lenientAccountsForEveryRecord() throws IOException {
    Path file = file(400, 12, List.of("{\"type\":\"campaign\",\"id\":\"x\",\"date\":\"31/12/2020\"}", "{\"type\":\"podcast\"}", "not json"));
    JsonRecordReader<Activity> lenient = READER.withMode(ReadMode.LENIENT);
    ReadResult<Activity> sequential = lenient.read(file);
    for (int threads = 1; threads <= 3; threads++) {
      List<Rejection> rejections = new ArrayList<>();
      Aggregated<List<Activity>> parallel =
          lenient.withRejectionHandler(rejections::add).withParallelism(threads).withMinPieceBytes(1).aggregate(file, IN_ORDER);
      assertEquals(sequential.accepted(), parallel.result());
      assertEquals(sequential.rejected(), rejections);
      assertEquals(sequential.read(), parallel.read());
      assertEquals(parallel.read(), parallel.accepted() + parallel.rejected());
      assertEquals(3, parallel.rejected());
    }
  }
}
