package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.ReadCancelledException;
import io.hasila.model.Activity;
import io.hasila.testkit.HasilaGenerators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/** The reader's progress listener, cancellation signal and caller's executor. */
final class ReadHooksTest {
  private static final JsonRecordReader<Activity> READER =
      HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader();
  private static final Aggregator<Activity, long[], Long> COUNT =
      Aggregator.of(() -> new long[1], (n, a) -> { n[0]++; return n; }, (l, r) -> { l[0] += r[0]; return l; }, n -> n[0]);

  @TempDir Path dir;

  private Path file(int count) throws IOException {
    Random random = new Random(13);
    HasilaJson json = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(json.toJson(HasilaGenerators.activities().next(random)));
    }
    Path file = dir.resolve("activities.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  @DisplayName("progress grows and reaches the file's size and every record, read whole or aggregated on two threads")
  void progressReachesTheTotal() throws IOException {
    Path file = file(3_000);
    long size = Files.size(file);
    for (boolean parallel : new boolean[] {false, true}) {
      List<long[]> reports = new ArrayList<>();
      JsonRecordReader<Activity> reader = READER.withProgress((bytes, total, records) -> reports.add(new long[] {bytes, total, records}));
      if (parallel) {
        assertEquals(3_000L, reader.withParallelism(2).withMinPieceBytes(10_000).aggregate(file, COUNT).result());
      } else {
        assertEquals(3_000, reader.read(file).accepted().size());
      }
      assertTrue(reports.size() >= 3, "reports: " + reports.size());
      long[] last = reports.get(reports.size() - 1);
      assertEquals(List.of(size, size, 3_000L), List.of(last[0], last[1], last[2]));
      for (int i = 1; i < reports.size(); i++) {
        assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0] && reports.get(i)[2] >= reports.get(i - 1)[2]);
      }
    }
  }

  @Test
  @DisplayName("a stream of unknown size reports -1 as its total")
  void unknownTotal() throws IOException {
    Path file = file(10);
    AtomicLong total = new AtomicLong();
    READER.withProgress((bytes, t, records) -> total.set(t)).read(Files.newInputStream(file), "in");
    assertEquals(-1, total.get());
  }

  @Test
  @DisplayName("a cancellation signal stops a read between records, sequential or parallel, naming the source")
  void cancellationStops() throws IOException {
    Path file = file(3_000);
    AtomicLong seen = new AtomicLong();
    JsonRecordReader<Activity> reader =
        READER.withProgress((bytes, total, records) -> seen.set(records)).withCancellation(() -> seen.get() >= 1_024);
    ReadCancelledException e = assertThrows(ReadCancelledException.class, () -> reader.read(file));
    assertEquals("activities.jsonl", e.source());
    assertTrue(e.records() >= 1_024 && e.records() < 3_000, "stopped after " + e.records());
    assertThrows(
        ReadCancelledException.class,
        () -> READER.withCancellation(() -> true).withParallelism(2).withMinPieceBytes(10_000).aggregate(file, COUNT));
  }

  @Test
  @DisplayName("a parallel read runs its pieces on the caller's executor")
  void callersExecutor() throws IOException {
    Path file = file(2_000);
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      long n =
          READER.withExecutor(r -> { tasks.incrementAndGet(); pool.execute(r); })
              .withParallelism(2).withMinPieceBytes(10_000).aggregate(file, COUNT).result();
      assertEquals(2_000, n);
      assertEquals(2, tasks.get());
    } finally {
      pool.shutdown();
    }
  }
}
