package io.hasila.report.internal;

import io.hasila.csv.CsvDialect;
import io.hasila.csv.HasilaCsv;
import java.io.OutputStream;

/** The report as CSV for spreadsheets, through io-csv's tally export. */
public final class CsvReport {
  private final ReportView view;

  /** The CSV of a view. */
  public CsvReport(ReportView view) {
    this.view = view;
  }

  /** Writes the table to {@code out}, left open. */
  public void write(OutputStream out) {
    HasilaCsv.create().withDialect(CsvDialect.EXCEL).withDelimiter(delimiter()).writeTally(out, view.content().tally());
  }

  /** {@code ;} where the locale writes decimals with a comma (French, Moroccan Arabic), as spreadsheets there expect; {@code ,} elsewhere. */
  char delimiter() {
    return view.locale().formatPercent(java.math.BigDecimal.ONE.movePointLeft(1)).contains(".") ? ',' : ';';
  }
}
