/**
 * Hasila's reports for people: a tally, its comparison with another year, its check results and
 * running totals over time, rendered as aligned text, Markdown, Excel-ready CSV, JSON or one
 * self-contained HTML page with charts, in Arabic, French or English, through {@link
 * io.hasila.report.Reports}; the import report of a press text through {@link io.hasila.report.ImportReports}.
 */
module io.hasila.report {
  requires transitive io.hasila.core;
  requires transitive io.hasila.press;
  requires io.hasila.json;
  requires io.hasila.csv;
  requires com.ibm.icu;
  requires gg.jte.runtime;
  // The precompiled templates carry @javax.annotation.processing.Generated (compile time only).
  requires static java.compiler;

  exports io.hasila.report;

  // The precompiled templates are found and called by jte's runtime.
  opens io.hasila.report.internal.html to
      gg.jte.runtime;
}
