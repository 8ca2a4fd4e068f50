package io.hasila.report.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The report as one self-contained HTML page, from the jte template {@code report.jte} compiled to
 * Java at build time: inline CSS and SVG charts, no script and nothing fetched, {@code lang} and
 * {@code dir} set, figures isolated with {@code <bdi dir="ltr">}, a print stylesheet.
 */
public final class HtmlReport {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlReport.class.getClassLoader(), "io.hasila.report.internal.html");

  private final ReportView view;

  /** The page of a view. */
  public HtmlReport(ReportView view) {
    this.view = view;
  }

  /** Writes the page to {@code out}, left open. */
  public void write(OutputStream out) throws IOException {
    Utf8ByteOutput output = new Utf8ByteOutput();
    ENGINE.render("report.jte", new HtmlPage(view), output);
    output.writeTo(out);
  }
}
