package io.hasila.examples;

import io.hasila.csv.CsvDialect;
import io.hasila.csv.HasilaCsv;
import io.hasila.csv.HasilaCsvReader;
import io.hasila.csv.HasilaCsvWriter;
import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import io.hasila.json.HasilaJson;
import io.hasila.json.JsonLinesReader;
import io.hasila.json.JsonLinesWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
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
    long written =
        snapshots
            ? convert(in, to, mode, excel, counter, HasilaCsv.snapshotReader().mode(mode).onRejection(counter), HasilaCsv.snapshotWriter(), false)
            : convert(in, to, mode, excel, counter, HasilaCsv.activityReader().mode(mode).onRejection(counter), HasilaCsv.activityWriter(), true);
    out.printf("%s -> %s: %d read, %d written, %d rejected%n", in, to, written + counter.rejected, written, counter.rejected);
    return counter.rejected == 0 ? 0 : 1;
  }

  private static <T> long convert(
      Path in,
      Path to,
      ReadMode mode,
      boolean excel,
      Counter counter,
      io.hasila.csv.CsvReaderBuilder<T> csvReader,
      io.hasila.csv.CsvWriterBuilder<T> csvWriter,
      boolean activities) {
    HasilaJson json = HasilaJson.create().withMode(mode);
    try (Source<T> source = open(in, json, csvReader, counter, activities);
        Sink<T> sink = create(to, json, csvWriter.dialect(excel ? CsvDialect.EXCEL : CsvDialect.PLAIN), activities)) {
      long n = 0;
      while (source.records().hasNext()) {
        sink.write(source.records().next());
        n++;
      }
      sink.commit();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /** Records read from a file of either format. */
  private interface Source<T> extends AutoCloseable {
    Iterator<T> records();

    @Override
    void close() throws IOException;
  }

  /** A writer to a file of either format; the file appears on commit. */
  private interface Sink<T> extends AutoCloseable {
    void write(T value) throws IOException;

    void commit() throws IOException;

    @Override
    void close() throws IOException;
  }

  @SuppressWarnings("unchecked")
  private static <T> Source<T> open(Path in, HasilaJson json, io.hasila.csv.CsvReaderBuilder<T> csv, Counter counter, boolean activities)
      throws IOException {
    if (isCsv(in)) {
      HasilaCsvReader<T> r = csv.open(in);
      return new Source<>() {
        @Override
        public Iterator<T> records() {
          return r;
        }

        @Override
        public void close() throws IOException {
          r.close();
        }
      };
    }
    JsonLinesReader<T> r =
        (JsonLinesReader<T>) (activities ? json.openActivities(in, counter) : json.openSnapshots(in, counter));
    return new Source<>() {
      @Override
      public Iterator<T> records() {
        return r;
      }

      @Override
      public void close() {
        r.close();
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <T> Sink<T> create(Path to, HasilaJson json, io.hasila.csv.CsvWriterBuilder<T> csv, boolean activities)
      throws IOException {
    if (isCsv(to)) {
      HasilaCsvWriter<T> w = csv.open(to);
      return new Sink<>() {
        @Override
        public void write(T value) throws IOException {
          w.write(value);
        }

        @Override
        public void commit() throws IOException {
          w.commit();
        }

        @Override
        public void close() throws IOException {
          w.close();
        }
      };
    }
    JsonLinesWriter<T> w =
        (JsonLinesWriter<T>) (activities ? json.newActivityWriter(to) : json.newSnapshotWriter(to));
    return new Sink<>() {
      @Override
      public void write(T value) {
        w.write(value);
      }

      @Override
      public void commit() {
        w.commit();
      }

      @Override
      public void close() {
        w.close();
      }
    };
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
