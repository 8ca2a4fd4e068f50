package io.hasila.report.internal;

import io.hasila.csv.CsvDialect;
import io.hasila.csv.HasilaCsv;
import io.hasila.csv.TallyExport;
import io.hasila.tally.Change;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The report as CSV for spreadsheets, through io-csv's tally export: Excel's dialect (byte order
 * mark, CRLF), {@code ;} between cells and a decimal comma where the locale writes decimals with a
 * comma (French, Moroccan Arabic), {@code ,} and a decimal point elsewhere; one label column and
 * the header in the report's language, the comparison's columns when there is one, cells that
 * would start a formula neutralised by io-csv.
 */
public final class CsvReport {
  private final ReportView view;

  /** The CSV of a view. */
  public CsvReport(ReportView view) {
    this.view = view;
  }

  /** Writes the table to {@code out}, left open. */
  public void write(OutputStream out) {
    boolean decimalComma = decimalComma();
    TallyExport export =
        TallyExport.standard()
            .inLanguage(view.locale().locale())
            .withWords(this::word)
            .withDecimalSeparator(decimalComma ? ',' : '.');
    if (view.content().comparison().isPresent()) {
      export = export.comparedWith(view.content().comparison().get());
    }
    HasilaCsv.create().withDialect(CsvDialect.EXCEL).withDelimiter(decimalComma ? ';' : ',').writeTally(out, view.content().tally(), export);
  }

  /** A column name or coded value in the report's language: outcomes from core's labels, the rest from the bundle. */
  private String word(String name) {
    for (Change.Outcome o : Change.Outcome.values()) {
      if (o != Change.Outcome.GROWTH && o.name().toLowerCase(Locale.ROOT).equals(name)) {
        return Change.builder().path("outcome").outcome(o).build().growthText(view.locale().locale());
      }
    }
    return view.locale().word("csv." + name);
  }

  /** Whether the locale writes decimals with a comma, as its spreadsheets then expect. */
  private boolean decimalComma() {
    return !view.locale().formatPercent(BigDecimal.ONE.movePointLeft(1)).contains(".");
  }
}
