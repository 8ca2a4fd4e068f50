package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hasila.model.Activity;
import io.hasila.testkit.Generator;
import io.hasila.testkit.HasilaGenerators;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams a multi-million-line JSON Lines file through the writer and the reader in a small heap.
 *
 * <p>Not part of the default test run: {@code ./mvnw -pl io-json -am verify -Plarge} runs it with
 * {@code -Xmx64m}; {@code -Dhasila.large.lines=5000000} changes the size. It prints what it
 * measured; it asserts only the counts, never timings.
 */
@Tag("large")
final class LargeFileMemoryTest {
  @TempDir Path dir;

  @Test
  @DisplayName("millions of lines are written and read back in a fixed small heap")
  void streamsInConstantMemory() throws IOException {
    long lines = Long.getLong("hasila.large.lines", 2_000_000L);
    HasilaJson json = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);
    Path file = dir.resolve("activities.jsonl");
    Random random = new Random(2020);
    Generator<Activity> activities = HasilaGenerators.activities();
    List<Activity> pool = activities.list(random, 10_000);

    long t0 = System.nanoTime();
    try (JsonLinesWriter<Activity> out = json.activityWriter(file)) {
      for (long i = 0; i < lines; i++) {
        out.write(pool.get((int) (i % pool.size())));
      }
      out.commit();
    }
    long t1 = System.nanoTime();
    resetPeaks();
    long read = 0;
    long checksum = 0;
    try (JsonLinesReader<Activity> in = json.activityReader().open(file)) {
      while (in.hasNext()) {
        checksum += in.next().date().getDayOfMonth();
        read++;
      }
    }
    long t2 = System.nanoTime();
    assertEquals(lines, read);

    long bytes = Files.size(file);
    double writeS = (t1 - t0) / 1e9;
    double readS = (t2 - t1) / 1e9;
    System.out.printf(
        "%nLargeFileMemoryTest: %,d lines, %,d MB, max heap %,d MB%n"
            + "  write: %.1f s (%,.0f records/s, %.0f MB/s)%n"
            + "  read:  %.1f s (%,.0f records/s, %.0f MB/s), peak heap used while reading %,d MB (checksum %d)%n",
        lines,
        bytes >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        writeS,
        lines / writeS,
        (bytes >> 20) / writeS,
        readS,
        lines / readS,
        (bytes >> 20) / readS,
        peakHeapUsed() >> 20,
        checksum);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapUsed() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        total += pool.getPeakUsage().getUsed();
      }
    }
    return total;
  }
}
