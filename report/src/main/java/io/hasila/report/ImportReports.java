package io.hasila.report;

import io.hasila.press.ImportReport;
import io.hasila.report.internal.ImportHtml;
import io.hasila.report.internal.ImportMarkdown;
import io.hasila.report.internal.ImportText;
import io.hasila.report.internal.ImportView;
import io.hasila.report.internal.JsonReport;
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
 * Renders the {@link ImportReport} of a press text (hasila-press) for a reader: every figure kept
 * in the draft with its evidence (the number as written, its span, the label or synonym matched,
 * the confidence, the sentence), the figures left for review, the numbers matching no category and
 * the draft's checks, in a {@link ReportLocale}.
 *
 * <p>Text, Markdown and HTML are the report; JSON is the draft itself, io-json's tally document. CSV
 * is not a format of an import report. Rendering the same report twice gives the same bytes.
 */
public final class ImportReports {
  private ImportReports() {}

  /**
   * Writes the import report to {@code out}, which it flushes and leaves open.
   *
   * @throws IllegalArgumentException if {@code format} is {@link ReportFormat#CSV}
   * @throws IOException if writing to {@code out} fails
   */
  public static void render(ImportReport report, ReportFormat format, ReportLocale locale, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    switch (format) {
      case TEXT:
        lines(new ImportText(new ImportView(report, locale)).lines(), out);
        break;
      case MARKDOWN:
        lines(new ImportMarkdown(new ImportView(report, locale)).lines(), out);
        break;
      case JSON:
        JsonReport.write(ReportContent.builder().tally(report.draft()).build(), out);
        break;
      case HTML:
        new ImportHtml(new ImportView(report, locale)).write(out);
        break;
      default:
        throw new IllegalArgumentException("an import report is written as text, markdown, json or html but was asked for: " + format.name().toLowerCase(Locale.ROOT));
    }
    out.flush();
  }

  /**
   * Writes the import report to a file atomically: the file is replaced only once the whole report
   * is written, and left as it was if anything fails.
   *
   * @throws IllegalArgumentException if {@code format} is {@link ReportFormat#CSV}
   * @throws UncheckedIOException if the file cannot be written, naming it, what was expected and what was found
   */
  public static void render(ImportReport report, ReportFormat format, ReportLocale locale, Path target) {
    ReportFiles.write(target, format.name().toLowerCase(Locale.ROOT) + " import report", out -> render(report, format, locale, out));
  }

  /**
   * The import report as a string (every format is UTF-8 text).
   *
   * @throws IllegalArgumentException if {@code format} is {@link ReportFormat#CSV}
   * @throws UncheckedIOException never in practice: the report is written to memory
   */
  public static String renderToString(ImportReport report, ReportFormat format, ReportLocale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      render(report, format, locale, out);
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
