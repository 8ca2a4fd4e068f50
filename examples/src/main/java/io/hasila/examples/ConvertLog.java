package io.hasila.examples;

import io.hasila.csv.CsvDialect;
import io.hasila.csv.HasilaCsv;
import io.hasila.io.ReadMode;
import io.hasila.io.RecordReader;
import io.hasila.io.RecordStream;
import io.hasila.io.RecordWriter;
import io.hasila.io.Rejection;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Converts an activity log (or a snapshots file) between CSV and JSON Lines, streaming in constant
 * memory, and reports every rejected record.
 *
 * <p>Run with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.hasila.examples.ConvertLog -Dexec.args="IN OUT [--snapshots] [--strict] [--excel]"}.
 * The formats follow the file extensions ({@code .csv}, {@code .jsonl}). Lenient by default: bad
 * records are set aside with their line and reason, and the program prints how many were read,
 * written and rejected (read = written + rejected). {@code --strict} stops at the first bad record.
 * The output file appears only when the conversion finished. Exit status: 0 if nothing was
 * rejected, 1 if some records were, 2 on a usage or read error.
 */
public final class ConvertLog {
  private ConvertLog() {}

  /** Runs the conversion; see the class comment for the arguments. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status;
    try {
      status = run(args, out);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println("usage: ConvertLog IN OUT [--snapshots] [--strict] [--excel]");
      status = 2;
    } catch (RuntimeException e) {
      out.println(e.getMessage());
      status = 2;
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Converts and returns the exit status; the summary and rejections go to {@code out}. */
  static int run(String[] args, PrintStream out) {
    Path in = null;
    Path to = null;
    boolean snapshots = false;
    boolean strict = false;
    boolean excel = false;
    for (String a : args) {
      switch (a) {
        case "--snapshots" -> snapshots = true;
        case "--strict" -> strict = true;
        case "--excel" -> excel = true;
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option: " + a);
          } else if (in == null) {
            in = Path.of(a);
          } else if (to == null) {
            to = Path.of(a);
          } else {
            throw new IllegalArgumentException("too many arguments: " + a);
          }
        }
      }
    }
    if (in == null || to == null) {
      throw new IllegalArgumentException("ConvertLog needs an input and an output file");
    }
    ReadMode mode = strict ? ReadMode.STRICT : ReadMode.LENIENT;
    Counter counter = new Counter(out);
    Formats formats = new Formats(mode, excel);
    long written =
        snapshots
            ? convert(formats.snapshotReader(in).withRejectionHandler(counter), in, formats.snapshotWriter(to))
            : convert(formats.activityReader(in).withRejectionHandler(counter), in, formats.activityWriter(to));
    out.printf("%s -> %s: %d read, %d written, %d rejected%n", in, to, written + counter.rejected, written, counter.rejected);
    return counter.rejected == 0 ? 0 : 1;
  }

  /**
   * Streams every record of {@code in} into {@code sink}: one loop for every pair of formats, since
   * both formats implement the same reading and writing contract.
   */
  private static <T> long convert(RecordReader<T> reader, Path in, RecordWriter<T> sink) {
    try (RecordStream<T> records = reader.open(in); sink) {
      while (records.hasNext()) {
        sink.write(records.next());
      }
      sink.commit();
      return sink.written();
    }
  }

  /** The two formats, chosen by file extension. */
  private static final class Formats {
    private final HasilaJson json;
    private final HasilaCsv csv;

    Formats(ReadMode mode, boolean excel) {
      this.json = HasilaJson.create().withMode(mode);
      this.csv = HasilaCsv.create().withMode(mode).withDialect(excel ? CsvDialect.EXCEL : CsvDialect.PLAIN);
    }

    RecordReader<Activity> activityReader(Path in) {
      return isCsv(in) ? csv.activityReader() : json.activityReader();
    }

    RecordReader<AudienceSnapshot> snapshotReader(Path in) {
      return isCsv(in) ? csv.snapshotReader() : json.snapshotReader();
    }

    RecordWriter<Activity> activityWriter(Path to) {
      return isCsv(to) ? csv.activityWriter(to) : json.activityWriter(to);
    }

    RecordWriter<AudienceSnapshot> snapshotWriter(Path to) {
      return isCsv(to) ? csv.snapshotWriter(to) : json.snapshotWriter(to);
    }
  }

  private static boolean isCsv(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return true;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return false;
    }
    throw new IllegalArgumentException("file names must end in .csv or .jsonl but was: " + p);
  }

  /** Prints each rejection and counts them. */
  private static final class Counter implements Consumer<Rejection> {
    private final PrintStream out;
    long rejected;

    Counter(PrintStream out) {
      this.out = out;
    }

    @Override
    public void accept(Rejection r) {
      rejected++;
      out.println("rejected: " + r.describe());
    }
  }
}
