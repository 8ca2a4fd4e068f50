package io.hasila.cli;

import io.hasila.io.HasilaFormatException;
import io.hasila.io.ReadCancelledException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code hasila} program: {@code java -jar hasila.jar COMMAND ...}, or {@code ./hasila COMMAND ...}
 * from the repository. Exit codes: 0 all good, 1 a check failed or a comparison found differences,
 * 2 a usage error, 3 an input or I/O error.
 */
@Command(
    name = "hasila",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Turns the communication work of a public institution into checked annual tallies, and reads them in Arabic, French or English.",
      ""
    },
    subcommands = {
      TallyCommand.class,
      CheckCommand.class,
      CompareCommand.class,
      ReportCommand.class,
      ConvertCommand.class,
      ValidateCommand.class,
      SchemaCommand.class,
      ImportPressCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%n",
    footer = {
      "Run 'hasila COMMAND --help' for a command's options and worked examples.",
      "",
      Hasila.EXIT_CODES
    })
public final class Hasila implements Callable<Integer> {
  /** The exit codes, as every command's help ends with them. */
  static final String EXIT_CODES =
      "Exit codes: 0 all good; 1 a check failed or a comparison found differences;%n"
          + "            2 usage error; 3 input or I/O error (one line on stderr naming file, line, field,%n"
          + "            what was expected and what was found; the stack trace with --verbose).";

  /** Exit code: all good. */
  static final int OK = 0;
  /** Exit code: a check failed, or a comparison found differences. */
  static final int FAILED = 1;
  /** Exit code: a usage error. */
  static final int USAGE = 2;
  /** Exit code: an input or I/O error. */
  static final int INPUT = 3;

  @Spec CommandSpec spec;

  /** Where reports and tables go: standard output unless a test gives another stream. */
  final PrintStream out;
  /** Where messages, rejections and the progress bar go: standard error unless a test gives another stream. */
  final PrintStream err;
  /** Whether standard error is a terminal, where a progress bar may be drawn. */
  final boolean terminal;

  Hasila(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Runs the program with {@code args} and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err, System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the program with {@code args} writing to {@code out} and {@code err}; returns the exit code. */
  static int run(String[] args, OutputStream out, OutputStream err, boolean terminal) {
    PrintStream o = out instanceof PrintStream ? (PrintStream) out : new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = err instanceof PrintStream ? (PrintStream) err : new PrintStream(err, true, StandardCharsets.UTF_8);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    CommandLine cli = new CommandLine(new Hasila(o, e, terminal));
    cli.setOut(new PrintWriter(o, true));
    cli.setErr(new PrintWriter(e, true));
    cli.setExecutionExceptionHandler((ex, line, parsed) -> failure(ex, e, verbose));
    cli.setParameterExceptionHandler(
        (ex, args2) -> {
          e.println("hasila: " + ex.getMessage());
          CommandLine at = ex.getCommandLine();
          e.println("Run '" + at.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
          if (verbose) {
            ex.printStackTrace(e);
          }
          return USAGE;
        });
    cli.setExitCodeExceptionMapper(ex -> INPUT);
    int code = cli.execute(args);
    o.flush();
    e.flush();
    return code;
  }

  /** A failure while running a command, on one line (the stack trace too with --verbose), and its exit code. */
  private static int failure(Exception ex, PrintStream err, boolean verbose) {
    if (ex instanceof CommandLine.ParameterException) {
      err.println("hasila: " + ex.getMessage());
      return USAGE;
    }
    String line;
    if (ex instanceof HasilaFormatException || ex instanceof InputException || ex instanceof ReadCancelledException) {
      line = ex.getMessage();
    } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
      IOException io = ex instanceof IOException ? (IOException) ex : ((UncheckedIOException) ex).getCause();
      line = InputException.describe(io);
    } else {
      line = "unexpected failure: " + ex + (verbose ? "" : " (run with --verbose for the stack trace)");
    }
    err.println(oneLine(line));
    if (verbose) {
      ex.printStackTrace(err);
    }
    return INPUT;
  }

  /** {@code text} on one line: line breaks in it become spaces. */
  static String oneLine(String text) {
    return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /**
   * Without a command: the usage, and a usage error.
   *
   * @throws CommandLine.ParameterException always: a command is required
   */
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (tally, check, compare, report, convert, validate, schema, import-press, export)");
  }
}
