package io.hasila.cli;

import io.hasila.report.ReportContent;
import io.hasila.report.ReportFormat;
import io.hasila.report.ReportLocale;
import io.hasila.report.Reports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Where and how a command's result is written: every format and language through the report module's {@link Reports}. */
final class Output {
  private static final List<String> LANGUAGES = List.of("ar", "fr", "en");

  private final Hasila hasila;
  private final ReportFormat format;
  private final ReportLocale locale;
  private final Path file;

  private Output(Hasila hasila, ReportFormat format, ReportLocale locale, Path file) {
    this.hasila = hasila;
    this.format = format;
    this.locale = locale;
    this.file = file;
  }

  /** The output the options ask for; {@code fallback} is the format without {@code --format}. */
  static Output of(Hasila hasila, CommandSpec spec, Common common, String fallback, Path defaultFile) {
    String name = common.format == null ? fallback : common.format;
    if (!List.of("text", "markdown", "csv", "json", "html").contains(name)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be text, markdown, csv, json or html but was: " + name);
    }
    String language = common.lang.split("[-_]")[0];
    if (!LANGUAGES.contains(language)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be ar, fr or en (or a tag such as ar-MA) but was: " + common.lang);
    }
    if (!List.of("latn", "arab").contains(common.digits)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--digits must be latn or arab but was: " + common.digits);
    }
    ReportLocale locale = ReportLocale.of(common.lang);
    if (common.digits.equals("arab")) {
      locale = locale.withArabicIndicDigits();
    }
    ReportFormat format = ReportFormat.parse(name);
    Path file = common.out != null ? (common.out.toString().equals("-") ? null : common.out) : defaultFile;
    return new Output(hasila, format, locale, file);
  }

  /** The format asked for. */
  ReportFormat format() {
    return format;
  }

  /** The language and digits asked for. */
  ReportLocale locale() {
    return locale;
  }

  /** The file asked for, or null for standard output. */
  Path file() {
    return file;
  }

  /** Renders {@code content} to the file, or to standard output. */
  void render(ReportContent content) {
    if (file == null) {
      try {
        Reports.render(content, format, locale, hasila.out);
        hasila.out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      Reports.render(content, format, locale, file);
      hasila.err.println("wrote " + file);
    }
  }
}
