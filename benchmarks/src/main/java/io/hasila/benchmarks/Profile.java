package io.hasila.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of a run goes, from its JFR recording: execution samples by the area of their top
 * frame (the library or JDK part the self time is spent in) and the top methods, the total of GC
 * pauses, and the bytes allocated (estimated from JFR's allocation samples).
 */
final class Profile {
  private Profile() {}

  /** The areas self time is grouped into, by package or class prefix, first match wins. */
  private static final String[][] AREAS = {
    {"tools.jackson", "Jackson"},
    {"de.siegmar.fastcsv", "FastCSV"},
    {"io.hasila.json", "Hasila JSON reader"},
    {"io.hasila.csv", "Hasila CSV reader"},
    {"io.hasila.tally", "tally"},
    {"io.hasila.aggregate", "aggregators"},
    {"io.hasila.model.Immutable", "building values"},
    {"io.hasila.model", "model and checks"},
    {"io.hasila.internal", "Hasila internals (dates, parallel read)"},
    {"io.hasila.benchmarks", "harness figures"},
    {"sun.nio.cs", "charset decoding"},
    {"java.util.HashMap", "HashMap / HashSet"},
    {"java.util.HashSet", "HashMap / HashSet"},
    {"java.lang.String", "String"},
    {"java.net.URI", "URI"},
    {"java.time", "java.time"},
    {"com.google.common", "Guava collections"},
    {"java.", "other JDK"},
    {"jdk.", "other JDK"},
    {"sun.", "other JDK"},
  };

  /** One line: samples, areas over 3%, top five methods, GC pauses, allocation. */
  static String summary(Path jfr) throws IOException {
    Map<String, Integer> areas = new HashMap<>();
    Map<String, Integer> methods = new HashMap<>();
    int samples = 0;
    Duration gc = Duration.ZERO;
    int gcs = 0;
    long allocated = 0;
    try (RecordingFile f = new RecordingFile(jfr)) {
      while (f.hasMoreEvents()) {
        RecordedEvent e = f.readEvent();
        switch (e.getEventType().getName()) {
          case "jdk.ExecutionSample": {
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
              break;
            }
            RecordedFrame top = st.getFrames().get(0);
            String type = top.getMethod().getType().getName();
            samples++;
            areas.merge(area(type), 1, Integer::sum);
            methods.merge(type.substring(type.lastIndexOf('.') + 1) + "." + top.getMethod().getName(), 1, Integer::sum);
            break;
          }
          case "jdk.GarbageCollection":
            gc = gc.plus(e.getDuration());
            gcs++;
            break;
          case "jdk.ObjectAllocationSample":
            allocated += e.getLong("weight");
            break;
          default:
            break;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(samples).append(" samples; ").append(top(areas, samples, 8, 3)).append("; top methods: ").append(top(methods, samples, 5, 0));
    sb.append(String.format(Locale.ROOT, "; GC %d pauses, %d ms in all; ~%.1f GB allocated", gcs, gc.toMillis(), allocated / 1e9));
    return sb.toString();
  }

  private static String area(String type) {
    for (String[] a : AREAS) {
      if (type.startsWith(a[0])) {
        return a[1];
      }
    }
    return "other";
  }

  private static String top(Map<String, Integer> counts, int total, int n, int minPercent) {
    List<Map.Entry<String, Integer>> es = new ArrayList<>(counts.entrySet());
    es.sort((a, b) -> b.getValue() - a.getValue());
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : es) {
      int pct = Math.round(100f * e.getValue() / Math.max(1, total));
      if (out.size() == n || pct < minPercent) {
        break;
      }
      out.add(e.getKey() + " " + pct + "%");
    }
    return String.join(", ", out);
  }
}
