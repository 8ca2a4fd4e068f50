package io.hasila.report.internal;

import java.io.IOException;
import java.io.OutputStream;

/** The report as one self-contained HTML page. */
public final class HtmlReport {
  private final ReportView view;

  /** The page of a view. */
  public HtmlReport(ReportView view) {
    this.view = view;
  }

  /** Writes the page to {@code out}, left open. */
  public void write(OutputStream out) throws IOException {
    throw new UnsupportedOperationException("HTML reports of " + view.title() + " are not written yet");
  }
}
