package io.hasila.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the program in this JVM with captured output, and where the bundled example data is. */
final class Cli {
  /** The bundled example data: {@code examples/src/main/resources/io/hasila/examples/data}. */
  static final Path DATA =
      Path.of(System.getProperty("hasila.data", "../examples/src/main/resources/io/hasila/examples/data"));
  /** The bundled 2020 files. */
  static final Path Y2020 = DATA.resolve("2020");

  private Cli() {}

  /** What a run gave: the exit code, standard output and standard error. */
  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
    }
  }

  /** Runs {@code hasila args...} as if standard error were not a terminal. */
  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Hasila.run(args, out, err, false);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A bundled 2020 file, as an argument. */
  static String y2020(String name) {
    return Y2020.resolve(name).toString();
  }

  /** The arguments of {@code hasila tally} on the bundled 2020 files, then {@code more}. */
  static String[] tally2020(String... more) {
    String[] base = {
      "tally",
      "--definition", y2020("definition-2020.json"),
      "--activities", y2020("activities-2020-synthetic.jsonl"),
      "--snapshots", y2020("snapshots-2020.jsonl"),
      "--year", "2020",
      "--published", y2020("published-2020.json"),
      "--compare-with", y2020("published-2019.json")
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
