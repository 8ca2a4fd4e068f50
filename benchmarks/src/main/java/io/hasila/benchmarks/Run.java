package io.hasila.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.hasila.aggregate.Aggregator;
import io.hasila.csv.HasilaCsv;
import io.hasila.io.RecordReader;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.Projection;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One measured run in a JVM of its own: {@code Run TOOL THREADS FILE}. It computes the {@link
 * Figures} of the file with one tool and prints one line, {@code RESULT} and tab-separated fields:
 * tool, threads, work milliseconds (from the JVM's start), records, peak heap MB, peak RSS MB,
 * digest, the figures' summary, and the process's CPU milliseconds.
 *
 * <p>Tools: {@code hasila-jsonl-figures}, {@code hasila-csv-figures} (the four figures through
 * aggregators, decoding only what they read), {@code hasila-jsonl-tally}, {@code hasila-csv-tally}
 * (full validated activities, the 2020 tally and the figures in one pass), each on the given number
 * of threads through {@code RecordReader.aggregate},
 * {@code jackson-floor} (a bare jackson-core token loop reading four fields), {@code fastcsv-floor}
 * (a bare FastCSV parse of every record), {@code duckdb-jsonl} and {@code duckdb-csv} (SQL).
 */
public final class Run {
  private Run() {}

  public static void main(String[] args) throws Exception {
    String tool = args[0];
    int threads = Integer.parseInt(args[1]);
    Path file = Path.of(args[2]);
    Figures figures;
    String extra = "";
    switch (tool) {
      case "hasila-jsonl-figures":
      case "hasila-csv-figures": {
        figures = hasila(tool.startsWith("hasila-jsonl"), file, threads, false).figures();
        break;
      }
      case "hasila-jsonl-tally":
      case "hasila-csv-tally": {
        HasilaFigures.Result r = hasila(tool.startsWith("hasila-jsonl"), file, threads, true);
        figures = r.figures();
        extra = " communication=" + r.tally().value("communication").orElse(-1)
            + " check=" + (r.tally().check().isEmpty() ? "ok" : "violations");
        break;
      }
      case "jackson-floor":
        figures = jacksonFloor(file);
        break;
      case "fastcsv-floor":
        figures = fastCsvFloor(file);
        break;
      case "duckdb-jsonl":
      case "duckdb-csv":
        figures = duckDb(tool.equals("duckdb-jsonl"), file);
        break;
      default:
        throw new IllegalArgumentException("unknown tool: " + tool);
    }
    long workMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println(
        String.join(
            "\t",
            "RESULT",
            tool,
            Integer.toString(threads),
            Long.toString(workMs),
            Long.toString(figures.records()),
            Long.toString(peakHeap() >> 20),
            Long.toString(peakRssKb() >> 10),
            figures.digest(),
            figures.summary() + extra,
            Long.toString(cpuMs())));
  }

  /**
   * Hasila through {@code RecordReader.aggregate}: the four figures only, decoding what they read
   * (the projection is {@code aggregate}'s default), or ({@code tally}) the 2020 tally and the
   * figures from fully decoded and validated activities ({@code withProjection(Projection.all())}).
   */
  static HasilaFigures.Result hasila(boolean json, Path file, int threads, boolean tally) {
    Aggregator<Activity, Object[], HasilaFigures.Result> aggregator = HasilaFigures.aggregator(tally);
    RecordReader<Activity> reader =
        (json ? HasilaJson.create().activityReader() : HasilaCsv.create().activityReader())
            .withVocabularies(DataGenerator.VOCABULARIES)
            .withParallelism(threads);
    if (tally) {
      reader = reader.withProjection(Projection.all());
    }
    return reader.aggregate(file, aggregator).result();
  }

  /** The floor for JSON Lines: a bare jackson-core token loop over the file, reading the four fields the figures need. */
  static Figures jacksonFloor(Path file) throws IOException {
    Map<String, long[]> byTypeMonth = new HashMap<>();
    Set<String> counterparts = new HashSet<>();
    long participants = 0;
    JsonFactory factory = JsonFactory.builder().build();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String type = null;
        String date = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "type":
              type = p.getString();
              break;
            case "date":
              date = p.getString();
              break;
            case "participants":
              participants += p.getLongValue();
              break;
            case "counterparts":
              while (p.nextToken() == JsonToken.START_OBJECT) {
                for (String n = p.nextName(); n != null; n = p.nextName()) {
                  p.nextToken();
                  if (n.equals("id")) {
                    counterparts.add(p.getString());
                  }
                }
              }
              break;
            default:
              p.skipChildren();
          }
        }
        byTypeMonth.computeIfAbsent(type, t -> new long[13])[month(date)]++;
      }
    }
    return figures(byTypeMonth, participants, counterparts.size());
  }

  /** The floor for CSV: a bare FastCSV parse of every record and field, computing the figures from the cells. */
  static Figures fastCsvFloor(Path file) throws IOException {
    Map<String, long[]> byTypeMonth = new HashMap<>();
    Set<String> counterparts = new HashSet<>();
    long participants = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      int type = -1;
      int date = -1;
      int part = -1;
      int cps = -1;
      boolean header = true;
      for (CsvRecord r : csv) {
        if (header) {
          List<String> names = r.getFields();
          type = names.indexOf("type");
          date = names.indexOf("date");
          part = names.indexOf("participants");
          cps = names.indexOf("counterparts");
          header = false;
          continue;
        }
        byTypeMonth.computeIfAbsent(r.getField(type), t -> new long[13])[month(r.getField(date))]++;
        String p = r.getField(part);
        if (!p.isEmpty()) {
          participants += Long.parseLong(p);
        }
        String c = r.getField(cps);
        if (!c.isEmpty()) {
          int start = 0;
          while (start < c.length()) {
            int bar = c.indexOf('|', start);
            int end = bar < 0 ? c.length() : bar;
            counterparts.add(c.substring(start, c.indexOf(':', start)));
            start = end + 1;
          }
        }
      }
    }
    return figures(byTypeMonth, participants, counterparts.size());
  }

  private static int month(String date) {
    return (date.charAt(5) - '0') * 10 + (date.charAt(6) - '0');
  }

  private static Figures figures(Map<String, long[]> byTypeMonth, long participants, long distinct) {
    Figures f = new Figures();
    byTypeMonth.forEach(
        (type, months) -> {
          for (int m = 1; m <= 12; m++) {
            if (months[m] > 0) {
              f.count(type, "2020-" + (m < 10 ? "0" : "") + m, months[m]);
            }
          }
        });
    return f.participants(participants).distinctCounterparts(distinct);
  }

  /** DuckDB, as a user would write it: load the four columns once, then three GROUP BY / aggregate queries. */
  static Figures duckDb(boolean json, Path file) throws SQLException {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    String load =
        json
            ? "CREATE TEMP TABLE t AS SELECT type, date, participants, counterparts FROM read_json('" + path + "',"
                + " format = 'newline_delimited', columns = {type: 'VARCHAR', date: 'VARCHAR', participants: 'BIGINT',"
                + " counterparts: 'STRUCT(id VARCHAR, name VARCHAR, kind VARCHAR)[]'})"
            : "CREATE TEMP TABLE t AS SELECT type, date, CAST(participants AS BIGINT) AS participants, counterparts"
                + " FROM read_csv('" + path + "', header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')";
    String distinct =
        json
            ? "SELECT count(DISTINCT c.id) FROM (SELECT unnest(counterparts) AS c FROM t)"
            : "SELECT count(DISTINCT split_part(c, ':', 1)) FROM (SELECT unnest(string_split(counterparts, '|')) AS c"
                + " FROM t WHERE counterparts IS NOT NULL)";
    Figures f = new Figures();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(load);
      try (ResultSet r = s.executeQuery("SELECT type, substr(date, 1, 7) AS month, count(*) FROM t GROUP BY ALL")) {
        while (r.next()) {
          f.count(r.getString(1), r.getString(2), r.getLong(3));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT coalesce(sum(participants), 0) FROM t")) {
        r.next();
        f.participants(r.getLong(1));
      }
      try (ResultSet r = s.executeQuery(distinct)) {
        r.next();
        f.distinctCounterparts(r.getLong(1));
      }
    }
    return f;
  }

  /** The CPU time of the whole process (all threads, JIT and GC included), in milliseconds; -1 if unknown. */
  static long cpuMs() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1_000_000
        : -1;
  }

  /** The sum of the heap pools' peak usage. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The process's peak resident set (VmHWM) in KiB, or 0 where /proc is not there. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not on Linux
    }
    return 0;
  }
}
