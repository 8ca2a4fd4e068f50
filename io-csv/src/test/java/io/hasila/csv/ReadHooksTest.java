package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.ReadCancelledException;
import io.hasila.model.Activity;
import io.hasila.testkit.HasilaGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the CSV reader's progress listener, cancellation signal and caller's executor")
final class ReadHooksTest {
  private static final CsvRecordReader<Activity> READER =
      HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader();
  private static final Aggregator<Activity, long[], Long> COUNT =
      Aggregator.of(() -> new long[1], (n, a) -> { n[0]++; return n; }, (l, r) -> { l[0] += r[0]; return l; }, n -> n[0]);

  @TempDir Path dir;

  private Path file(int count) {
    Random random = new Random(13);
    List<Activity> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(HasilaGenerators.activities().next(random));
    }
    Path file = dir.resolve("activities.csv");
    HasilaCsv.create().withDialect(CsvDialect.EXCEL).writeActivities(file, values);
    return file;
  }

  @Test
  @DisplayName("progress grows and reaches the file's size and every record, read whole or aggregated on two threads")
  void progressReachesTheTotal() throws IOException {
    Path file = file(3_000);
    long size = Files.size(file);
    for (boolean parallel : new boolean[] {false, true}) {
      List<long[]> reports = new ArrayList<>();
      CsvRecordReader<Activity> reader = READER.withProgress((bytes, total, records) -> reports.add(new long[] {bytes, total, records}));
      if (parallel) {
        assertEquals(3_000L, reader.withParallelism(2).aggregate(file, COUNT, 10_000).result());
      } else {
        assertEquals(3_000, reader.read(file).accepted().size());
      }
      assertTrue(reports.size() >= 3, "reports: " + reports.size());
      long[] last = reports.get(reports.size() - 1);
      assertEquals(List.of(size, size, 3_000L), List.of(last[0], last[1], last[2]));
      // The last report of a parallel read is exact and may step back once: generated texts hold
      // line breaks, so a cut can fall inside a record and the rest of the file is read again.
      for (int i = 1; i < reports.size() - (parallel ? 1 : 0); i++) {
        assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0] && reports.get(i)[2] >= reports.get(i - 1)[2]);
      }
    }
  }

  @Test
  @DisplayName("a cancellation signal stops a read between records, sequential or parallel, naming the source")
  void cancellationStops() {
    Path file = file(3_000);
    AtomicLong seen = new AtomicLong();
    CsvRecordReader<Activity> reader =
        READER.withProgress((bytes, total, records) -> seen.set(records)).withCancellation(() -> seen.get() >= 1_024);
    ReadCancelledException e = assertThrows(ReadCancelledException.class, () -> reader.read(file));
    assertEquals("activities.csv", e.source());
    assertTrue(e.records() >= 1_024 && e.records() < 3_000, "stopped after " + e.records());
    assertThrows(
        ReadCancelledException.class,
        () -> READER.withCancellation(() -> true).withParallelism(2).aggregate(file, COUNT, 10_000));
  }

  @Test
  @DisplayName("a parallel read runs its pieces on the caller's executor")
  void callersExecutor() {
    Path file = file(2_000);
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      long n = READER.withExecutor(r -> { tasks.incrementAndGet(); pool.execute(r); }).withParallelism(2).aggregate(file, COUNT, 10_000).result();
      assertEquals(2_000, n);
      assertEquals(2, tasks.get());
    } finally {
      pool.shutdown();
    }
  }
}
