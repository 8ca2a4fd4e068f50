package io.hasila.report.internal;

import io.hasila.tally.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the HTML template shows: the report's view, its charts, and the page's language and direction. */
public final class HtmlPage {
  private final ReportView view;
  private final List<Charts.Chart> categoryCharts;
  private final Optional<Charts.Chart> comparisonChart;
  private final Optional<Charts.Chart> followersChart;

  /** The page of a view. */
  public HtmlPage(ReportView view) {
    this.view = view;
    this.categoryCharts = Charts.categories(view.content().tally(), view.locale(), view.year());
    this.comparisonChart = view.previousYear().flatMap(p -> Charts.comparison(view.comparisonRows(), view.locale(), p, view.year()));
    this.followersChart = Charts.followers(view.content().snapshots(), view.locale());
  }

  /** The report's view. */
  public ReportView view() {
    return view;
  }

  /** A fixed word of the report. */
  public String word(String key, Object... arguments) {
    return view.locale().word(key, arguments);
  }

  /** The page's {@code lang}: the BCP 47 tag of the locale, e.g. {@code ar-MA}. */
  public String lang() {
    return view.locale().locale().toLanguageTag();
  }

  /** The page's {@code dir}: {@code rtl} in Arabic, {@code ltr} otherwise. */
  public String dir() {
    return view.locale().rightToLeft() ? "rtl" : "ltr";
  }

  /**
   * The direction figures are isolated in: {@code ltr} for Latin digits, {@code rtl} for
   * Arabic-Indic ones, whose signs ICU places with Arabic letter marks for right-to-left text.
   */
  public String numberDir() {
    return view.locale().locale().toLanguageTag().contains("-nu-arab") ? "rtl" : "ltr";
  }

  /** The bar charts of the tally's categories. */
  public List<Charts.Chart> categoryCharts() {
    return categoryCharts;
  }

  /** Every chart in page order. */
  public List<Charts.Chart> charts() {
    List<Charts.Chart> out = new ArrayList<>(categoryCharts);
    comparisonChart.ifPresent(out::add);
    followersChart.ifPresent(out::add);
    return out;
  }

  /** The chart of the year against the compared year, if there is a comparison with lines compared. */
  public Optional<Charts.Chart> comparisonChart() {
    return comparisonChart;
  }

  /** The chart of followers over time, if snapshots are given. */
  public Optional<Charts.Chart> followersChart() {
    return followersChart;
  }

  /** The sources, each once. */
  public List<Source> sources() {
    return view.sources();
  }

  /** The CSS class of a row of the table of figures: its depth, and whether it differs from the published figure. */
  public String rowClass(ReportView.Row row) {
    return "depth-" + Math.min(row.depth(), 4) + (row.differsFromPublished() ? " differs" : "") + (row.hasValue() ? "" : " group");
  }
}
