package io.hasila.benchmarks.jmh;

import io.hasila.benchmarks.DataGenerator;
import io.hasila.csv.HasilaCsv;
import io.hasila.csv.HasilaCsvReader;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deserialising activities: one JSON Lines record ({@link HasilaJson#activityFromJson}, a parser
 * per record), and a CSV file of 1,000 rows read by {@link HasilaCsvReader} (per row: the time
 * divided by 1,000 includes the header once). Both from the harness's generator, so the mix is the
 * harness's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeBenchmark {
  private final HasilaJson json = HasilaJson.create().withVocabularies(DataGenerator.VOCABULARIES);
  private final List<String> lines = new ArrayList<>();
  private byte[] csv;
  private int next;

  @Setup
  public void setUp() throws IOException {
    DataGenerator generator = new DataGenerator(7);
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      Activity a = generator.next();
      activities.add(a);
      lines.add(json.toJson(a));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HasilaCsv.create().writeActivities(out, activities);
    csv = out.toByteArray();
  }

  /** One JSON Lines record to a validated activity. */
  @Benchmark
  public Activity jsonRecord() {
    next = (next + 1) % lines.size();
    return json.activityFromJson(lines.get(next));
  }

  /** 1,000 CSV rows to validated activities (divide by 1,000 for one row). */
  @Benchmark
  public long csvThousandRows() throws IOException {
    long n = 0;
    try (HasilaCsvReader<Activity> in =
        HasilaCsv.create().withVocabularies(DataGenerator.VOCABULARIES).activityReader().open(new ByteArrayInputStream(csv), "bench.csv")) {
      while (in.hasNext()) {
        n += in.next().id().length();
      }
    }
    return n;
  }

}
