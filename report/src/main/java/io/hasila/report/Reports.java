package io.hasila.report;

import io.hasila.report.internal.CsvReport;
import io.hasila.report.internal.HtmlReport;
import io.hasila.report.internal.JsonReport;
import io.hasila.report.internal.MarkdownReport;
import io.hasila.report.internal.ReportView;
import io.hasila.report.internal.TextReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link ReportContent} in a {@link ReportFormat} and a {@link ReportLocale}: the one
 * entry point of the reports, for programs and for the command line.
 *
 * <p>Text, Markdown and HTML are UTF-8 with LF line ends; CSV goes through io-csv's tally export
 * (byte order mark, CRLF, {@code ;} where the locale writes decimals with a comma, formula-safe
 * cells); JSON is io-json's tally document. Rendering the same content twice gives the same bytes.
 */
public final class Reports {
  private Reports() {}

  /**
   * Writes the report to {@code out}, which it flushes and leaves open.
   *
   * @throws IOException if writing to {@code out} fails
   */
  public static void render(ReportContent content, ReportFormat format, ReportLocale locale, OutputStream out) throws IOException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    ReportView view = new ReportView(content, locale);
    switch (format) {
      case TEXT:
        lines(new TextReport(view).lines(), out);
        break;
      case MARKDOWN:
        lines(new MarkdownReport(view).lines(), out);
        break;
      case CSV:
        new CsvReport(view).write(out);
        break;
      case JSON:
        JsonReport.write(content, out);
        break;
      case HTML:
        new HtmlReport(view).write(out);
        break;
      default:
        throw new AssertionError(format);
    }
    out.flush();
  }

  /**
   * Writes the report to a file atomically: the file is replaced only once the whole report is
   * written, and left as it was if anything fails.
   *
   * @throws UncheckedIOException if the file cannot be written, naming it, what was expected and what was found
   */
  public static void render(ReportContent content, ReportFormat format, ReportLocale locale, Path target) {
    ReportFiles.write(target, format.name().toLowerCase(Locale.ROOT) + " report", out -> render(content, format, locale, out));
  }

  /**
   * The report as a string (every format is UTF-8 text), e.g. for tests or a short report.
   *
   * @throws UncheckedIOException never in practice: the report is written to memory
   */
  public static String renderToString(ReportContent content, ReportFormat format, ReportLocale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      render(content, format, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void lines(List<String> lines, OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l).append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }
}
