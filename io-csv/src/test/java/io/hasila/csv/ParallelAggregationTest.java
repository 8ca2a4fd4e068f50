package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.testkit.HasilaGenerators;
import java.io.ByteArrayOutputStream;
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

@DisplayName("parallel aggregation")
final class ParallelAggregationTest {
  @TempDir Path dir;

  /** Generated activities carry declared themes: the reader must know them. */
  private static CsvRecordReader<Activity> reader() {
    return HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader();
  }

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

  private static final String BAD_DATE = "campaign,c-bad,31/12/2020" + ",".repeat(HasilaCsv.activityColumns().size() - 3);
  private static final String SHORT = "tweet,t-short";

  /** Generated activities (quotes and line breaks in cells included), with {@code bad} rows spread among them. */
  private Path file(int count, long seed, CsvDialect dialect, List<String> bad) throws IOException {
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int parts = bad.size() + 1;
    for (int p = 0; p < parts; p++) {
      List<Activity> values = new ArrayList<>();
      for (int i = 0; i < count / parts; i++) {
        values.add(HasilaGenerators.activities().next(random));
      }
      ByteArrayOutputStream part = new ByteArrayOutputStream();
      HasilaCsv.create().withDialect(dialect).writeActivities(part, values);
      byte[] bytes = part.toByteArray();
      int from = 0;
      if (p > 0) {
        while (bytes[from] != '\n') {
          from++;
        }
        from++; // no header nor byte order mark after the first part
        out.write((bad.get(p - 1) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write(bytes, from, bytes.length - from);
    }
    Path file = dir.resolve("activities-" + seed + "-" + dialect + ".csv");
    Files.write(file, out.toByteArray());
    return file;
  }

  @Test
  @DisplayName("a parallel read gives the activities of a sequential read, even when cuts fall inside quoted cells")
  void parallelEqualsSequential() throws IOException {
    for (CsvDialect dialect : CsvDialect.values()) {
      for (long seed = 1; seed <= 4; seed++) {
        Path file = file(300, seed, dialect, List.of());
        List<Activity> sequential = reader().read(file).accepted();
        for (int threads = 1; threads <= 3; threads++) {
          for (long piece : new long[] {1, 700, 1 << 20}) {
            Aggregated<List<Activity>> parallel = reader().withParallelism(threads).aggregate(file, IN_ORDER, piece);
            assertEquals(sequential, parallel.result(), dialect + ", threads " + threads + ", pieces of " + piece);
            assertEquals(sequential.size(), parallel.read());
          }
        }
        assertEquals(sequential, reader().withParallelism(2).aggregate(file, IN_ORDER).result());
      }
    }
  }

  @Test
  @DisplayName("strict: the parallel read throws the first bad record in file order, at the same line and record")
  void strictFirstFaultInFileOrder() throws IOException {
    Path file = file(400, 21, CsvDialect.EXCEL, List.of(BAD_DATE, SHORT, BAD_DATE));
    HasilaCsvException sequential =
        assertThrows(HasilaCsvException.class, () -> reader().read(file));
    for (int threads = 1; threads <= 3; threads++) {
      int t = threads;
      HasilaCsvException parallel =
          assertThrows(HasilaCsvException.class, () -> reader().withParallelism(t).aggregate(file, IN_ORDER, 1));
      assertEquals(sequential.getMessage(), parallel.getMessage());
      assertEquals(sequential.line(), parallel.line());
      assertEquals(sequential.record(), parallel.record());
      assertEquals(sequential.field(), parallel.field());
    }
  }

  @Test
  @DisplayName("lenient: every record is accounted for and rejections come in file order with absolute positions")
  void lenientAccountsForEveryRecord() throws IOException {
    Path file = file(400, 22, CsvDialect.PLAIN, List.of(BAD_DATE, SHORT, BAD_DATE));
    ReadResult<Activity> sequential = reader().withMode(ReadMode.LENIENT).read(file);
    for (int threads = 1; threads <= 3; threads++) {
      List<Rejection> rejections = new ArrayList<>();
      Aggregated<List<Activity>> parallel =
          reader()
              .withMode(ReadMode.LENIENT)
              .withRejectionHandler(rejections::add)
              .withParallelism(threads)
              .aggregate(file, IN_ORDER, 1);
      assertEquals(sequential.accepted(), parallel.result());
      assertEquals(sequential.rejected(), rejections);
      assertEquals(sequential.read(), parallel.read());
      assertEquals(3, parallel.rejected());
      assertEquals(parallel.read(), parallel.accepted() + parallel.rejected());
    }
  }
}
