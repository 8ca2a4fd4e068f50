package io.hasila.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-to-end benchmark: generates the data files if missing, then, for each size and
 * repetition, runs every tool on the same files, each in a JVM of its own with identical flags,
 * checks that all of them computed the same figures, and prints a Markdown table of medians.
 *
 * <p>{@code Harness [--sizes 1000000,5000000] [--reps 3] [--data benchmarks/target/data]
 * [--xmx 2g] [--small-heap 256m] [--tools a,b] [--profile true|false|SIZE]}; see {@code BENCHMARKS.md}.
 */
public final class Harness {
  /** Tool and threads, in the order they run within a repetition. */
  private static final String[][] TOOLS = {
    {"jackson-floor", "1", "jsonl"},
    {"hasila-jsonl-figures", "1", "jsonl"},
    {"hasila-jsonl-figures", "2", "jsonl"},
    {"hasila-jsonl-tally", "1", "jsonl"},
    {"hasila-jsonl-tally", "2", "jsonl"},
    {"duckdb-jsonl", "2", "jsonl"},
    {"fastcsv-floor", "1", "csv"},
    {"hasila-csv-figures", "1", "csv"},
    {"hasila-csv-figures", "2", "csv"},
    {"hasila-csv-tally", "1", "csv"},
    {"hasila-csv-tally", "2", "csv"},
    {"duckdb-csv", "2", "csv"},
  };

  private Harness() {}

  /** One child run's outcome. */
  record Result(
      String tool, int threads, double wallSeconds, double workSeconds, long records, long heapMb, long rssMb, String digest, double cpuSeconds) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    opt.put("sizes", "1000000,5000000");
    opt.put("reps", "3");
    opt.put("data", "benchmarks/target/data");
    opt.put("xmx", "2g");
    opt.put("small-heap", "256m");
    opt.put("tools", "");
    opt.put("profile", "true");
    for (int i = 0; i + 1 < args.length; i += 2) {
      String key = args[i].replaceFirst("^--", "");
      if (!opt.containsKey(key)) {
        throw new IllegalArgumentException("unknown option: " + args[i]);
      }
      opt.put(key, args[i + 1]);
    }
    long[] sizes = Arrays.stream(opt.get("sizes").split(",")).mapToLong(Long::parseLong).toArray();
    int reps = Integer.parseInt(opt.get("reps"));
    Path data = Path.of(opt.get("data"));
    List<String> only = opt.get("tools").isEmpty() ? List.of() : List.of(opt.get("tools").split(","));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    List<String> flags = List.of("-Xmx" + opt.get("xmx"), "-Xms64m", "-XX:+UseG1GC");

    System.out.printf(Locale.ROOT, "# Hasila read + tally benchmark, %s%n", LocalDate.now());
    System.out.printf(
        Locale.ROOT,
        "JVM: %s %s (%s); %d processors; child flags: %s%n%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        java,
        Runtime.getRuntime().availableProcessors(),
        String.join(" ", flags));

    StringBuilder report = new StringBuilder();
    for (long size : sizes) {
      Path jsonl = data.resolve("activities-" + size + ".jsonl");
      Path csv = data.resolve("activities-" + size + ".csv");
      if (!Files.exists(jsonl) || !Files.exists(csv)) {
        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "generating %,d activities into %s ...%n", size, data);
        DataGenerator.write(2020L, size, jsonl, csv);
        System.out.printf(Locale.ROOT, "  done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
      System.out.printf(
          Locale.ROOT, "%,d activities: JSONL %,d MB, CSV %,d MB%n", size, Files.size(jsonl) >> 20, Files.size(csv) >> 20);
      Map<String, List<Result>> runs = new LinkedHashMap<>();
      for (int rep = 1; rep <= reps; rep++) {
        for (String[] t : TOOLS) {
          if (!only.isEmpty() && !only.contains(t[0])) {
            continue;
          }
          Path file = t[2].equals("jsonl") ? jsonl : csv;
          Result r = run(java, classpath, flags, t[0], Integer.parseInt(t[1]), file);
          System.out.printf(
              Locale.ROOT,
              "  rep %d %-20s x%s %7.2f s wall (%.2f s in JVM, %.2f CPU-s), heap %4d MB, rss %5d MB, %s%n",
              rep, t[0], t[1], r.wallSeconds(), r.workSeconds(), r.cpuSeconds(), r.heapMb(), r.rssMb(), r.digest());
          runs.computeIfAbsent(t[0] + " x" + t[1], k -> new ArrayList<>()).add(r);
        }
      }
      report.append(table(size, runs));
      if (!opt.get("small-heap").isEmpty() && size == sizes[sizes.length - 1]) {
        List<String> small = List.of("-Xmx" + opt.get("small-heap"), "-Xms64m", "-XX:+UseG1GC");
        report.append(String.format(Locale.ROOT, "%nHasila at -Xmx%s, %,d activities (one run each):%n%n", opt.get("small-heap"), size));
        report.append("| run | wall s | peak heap MB | peak RSS MB | figures |\n|---|---:|---:|---:|---|\n");
        for (String[] t : TOOLS) {
          if (!t[0].startsWith("hasila") || (!only.isEmpty() && !only.contains(t[0]))) {
            continue;
          }
          Result r = run(java, classpath, small, t[0], Integer.parseInt(t[1]), t[2].equals("jsonl") ? jsonl : csv);
          report.append(
              String.format(
                  Locale.ROOT, "| %s x%s | %.2f | %d | %d | %s |%n", t[0], t[1], r.wallSeconds(), r.heapMb(), r.rssMb(), r.digest()));
        }
      }
      String profile = opt.get("profile");
      if (profile.equals("true") ? size == sizes[sizes.length - 1] : profile.equals(Long.toString(size))) {
        report.append(String.format(Locale.ROOT, "%nProfiles, %,d activities (one run each with JFR's profile settings; self time):%n%n", size));
        for (String[] t : TOOLS) {
          if (!t[0].startsWith("hasila") || (!only.isEmpty() && !only.contains(t[0]))) {
            continue;
          }
          Path jfr = Files.createTempFile("hasila-" + t[0] + "-x" + t[1] + "-", ".jfr");
          List<String> profiled = new ArrayList<>(flags);
          profiled.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
          Result r = run(java, classpath, profiled, t[0], Integer.parseInt(t[1]), t[2].equals("jsonl") ? jsonl : csv);
          report.append(String.format(Locale.ROOT, "- **%s x%s** (%.2f s with JFR): %s%n", t[0], t[1], r.wallSeconds(), Profile.summary(jfr)));
          Files.deleteIfExists(jfr);
        }
      }
      report.append('\n');
    }
    System.out.println();
    System.out.println(report);
  }

  private static Result run(String java, String classpath, List<String> flags, String tool, int threads, Path file)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(flags);
    command.addAll(List.of("-cp", classpath, Run.class.getName(), tool, Integer.toString(threads), file.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    long t0 = System.nanoTime();
    Process p = pb.start();
    String result = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("RESULT\t")) {
          result = line;
        } else {
          output.append(line).append('\n');
        }
      }
    }
    int exit = p.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    if (exit != 0 || result == null) {
      throw new IllegalStateException(tool + " failed (exit " + exit + "):\n" + output);
    }
    String[] f = result.split("\t");
    return new Result(
        f[1], Integer.parseInt(f[2]), wall, Long.parseLong(f[3]) / 1000.0, Long.parseLong(f[4]), Long.parseLong(f[5]),
        Long.parseLong(f[6]), f[7], f.length > 9 ? Long.parseLong(f[9]) / 1000.0 : -1);
  }

  private static double median(List<Result> rs, java.util.function.ToDoubleFunction<Result> value) {
    double[] v = rs.stream().mapToDouble(value).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String table(long size, Map<String, List<Result>> runs) {
    StringBuilder sb = new StringBuilder();
    String digest = null;
    boolean same = true;
    for (List<Result> rs : runs.values()) {
      for (Result r : rs) {
        same &= digest == null || digest.equals(r.digest());
        digest = digest == null ? r.digest() : digest;
      }
    }
    Map<String, Double> wall = new LinkedHashMap<>();
    runs.forEach((k, rs) -> wall.put(k, median(rs, Result::wallSeconds)));
    sb.append(String.format(Locale.ROOT, "### %,d activities — figures %s (digest %s)%n%n", size, same ? "identical across tools" : "DIFFER", digest));
    sb.append("| tool | threads | wall s (median) | min–max | CPU s (median) | records/s | peak heap MB | peak RSS MB | × floor | × DuckDB |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    runs.forEach(
        (k, rs) -> {
          Result first = rs.get(0);
          double w = wall.get(k);
          boolean json = first.tool().contains("json") || first.tool().startsWith("jackson");
          Double floor = wall.get(json ? "jackson-floor x1" : "fastcsv-floor x1");
          Double duck = wall.get(json ? "duckdb-jsonl x2" : "duckdb-csv x2");
          sb.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %.2f | %.2f–%.2f | %.2f | %,.0f | %.0f | %.0f | %s | %s |%n",
                  first.tool(),
                  first.threads(),
                  w,
                  rs.stream().mapToDouble(Result::wallSeconds).min().orElse(0),
                  rs.stream().mapToDouble(Result::wallSeconds).max().orElse(0),
                  median(rs, Result::cpuSeconds),
                  first.records() / w,
                  median(rs, r -> r.heapMb()),
                  median(rs, r -> r.rssMb()),
                  floor == null ? "–" : String.format(Locale.ROOT, "%.2f", w / floor),
                  duck == null ? "–" : String.format(Locale.ROOT, "%.2f", w / duck)));
        });
    if (!same) {
      sb.append("\n**The tools' figures differ:**\n");
      runs.forEach((k, rs) -> rs.forEach(r -> sb.append("- ").append(k).append(": ").append(r.digest()).append('\n')));
    }
    return sb.toString();
  }
}
