package io.hasila.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes: output format, language, digits, output file, reading mode, threads, progress, verbosity. */
final class Common {
  @Option(names = "--format", paramLabel = "FORMAT", description = "text, markdown, csv, json or html (default: text; html for report).")
  String format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "ar, fr or en; also a tag such as ar-MA or fr-FR (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--digits", paramLabel = "DIGITS", defaultValue = "latn", description = "latn (0123) or arab (Arabic-Indic ٠١٢٣) (default: ${DEFAULT-VALUE}).")
  String digits;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE, replaced atomically ('-' for standard output).")
  Path out;

  @Option(names = "--lenient", description = "Set bad records aside (each reported on stderr) and go on, instead of stopping at the first.")
  boolean lenient;

  @Option(names = "--threads", paramLabel = "N", description = "Read big files with up to N threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--progress", negatable = true, description = "Draw a progress bar on stderr (default: only when stderr is a terminal).")
  Boolean progress;

  @Option(names = "--verbose", description = "Print the stack trace of a failure.")
  boolean verbose;

  /** The threads to read with: the option, or the number of processors. */
  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
