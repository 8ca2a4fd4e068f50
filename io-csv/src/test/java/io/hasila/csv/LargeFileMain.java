package io.hasila.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.hasila.model.Activity;
import io.hasila.testkit.Generator;
import io.hasila.testkit.HasilaGenerators;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a file of generated activities, then streams it back, printing rows per second and peak heap.
 *
 * <p>Run it in a small heap to show that reading takes constant memory, e.g.
 * {@code java -Xmx64m -cp <test classpath> io.hasila.csv.LargeFileMain 2000000 /tmp/big.csv};
 * {@link LargeFileTest} does exactly that. The file is deleted at the end. Not a benchmark: the
 * figures are indicative, for the README.
 */
final class LargeFileMain {
  private LargeFileMain() {}

  public static void main(String[] args) throws IOException {
    long rows = Long.parseLong(args[0]);
    Path file = Path.of(args[1]);
    try {
      Generator<Activity> activities = HasilaGenerators.activities();
      Random random = new Random(20_201_231L);
      long t0 = System.nanoTime();
      HasilaCsv format = HasilaCsv.create().withDialect(CsvDialect.EXCEL).withVocabularies(HasilaGenerators.VOCABULARIES);
      try (HasilaCsvWriter<Activity> writer = format.activityWriter(file)) {
        for (long i = 0; i < rows; i++) {
          writer.write(activities.next(random));
        }
        writer.commit();
      }
      long t1 = System.nanoTime();
      long bytes = Files.size(file);
      resetPeaks();

      long bare = 0;
      long t2 = System.nanoTime();
      try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
        for (CsvRecord r : csv) {
          bare += r.getFieldCount() > 0 ? 1 : 0;
        }
      }
      long t3 = System.nanoTime();

      long read = 0;
      long t4 = System.nanoTime();
      try (HasilaCsvReader<Activity> reader = format.activityReader().open(file)) {
        while (reader.hasNext()) {
          reader.next();
          read++;
        }
      }
      long t5 = System.nanoTime();

      System.out.printf(
          "file: %,d rows, %,d MB (Excel dialect)%n"
              + "write: %.1f s, %,.0f rows/s (generation included)%n"
              + "bare FastCSV parse: %,d records in %.1f s, %,.0f records/s%n"
              + "read activities: %,d in %.1f s, %,.0f rows/s (%.2fx the bare parse time)%n"
              + "max heap %d MB, peak heap used while reading %d MB%n",
          rows,
          bytes >> 20,
          seconds(t0, t1),
          rows / seconds(t0, t1),
          bare,
          seconds(t2, t3),
          bare / seconds(t2, t3),
          read,
          seconds(t4, t5),
          read / seconds(t4, t5),
          seconds(t4, t5) / seconds(t2, t3),
          Runtime.getRuntime().maxMemory() >> 20,
          peakHeap() >> 20);
      if (read != rows) {
        throw new IllegalStateException("read " + read + " activities but wrote " + rows);
      }
      System.out.println("read " + read);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
