package io.hasila.report.internal;

import io.hasila.model.AudienceSnapshot;
import io.hasila.report.ReportLocale;
import io.hasila.tally.Category;
import io.hasila.tally.Change;
import io.hasila.tally.Tally;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The charts of an HTML report as geometry the template draws in SVG: bars of the tally's
 * categories, the year against the compared year with the growth rate, and the followers of each
 * account over time.
 *
 * <p>Right to left, every chart is mirrored: labels on the right, bars growing to the left, time
 * running from right to left. Each text says where it is anchored ({@code start} or {@code end} of
 * the text as the SVG's left-to-right coordinates see it) and in which direction it is written, so
 * that an Arabic label sits where intended whatever the page's direction.
 */
public final class Charts {
  /** The width of every chart, in SVG units. */
  public static final int WIDTH = 640;

  private static final int LABEL_WIDTH = 250;
  private static final int VALUE_ROOM = 80;
  private static final int BAR_HEIGHT = 18;
  private static final int ROW = 28;
  private static final int TOP = 10;

  private Charts() {}

  /** A text of a chart: where it is, how it is anchored, which way it is written. */
  public record Label(String x, String y, String anchor, String direction, String text) {}

  /** A rectangle of a chart. */
  public record Bar(String x, String y, String width, String height, String cssClass) {}

  /** A row of a chart's table of numbers: a label and its cells. */
  public record TableRow(String label, List<String> cells) {}

  /** One chart: its id, accessible title and description, size, shapes, texts and the table of its numbers. */
  public record Chart(
      String id,
      String title,
      String description,
      int height,
      List<Bar> bars,
      List<Label> labels,
      List<Polyline> lines,
      List<String> tableHeader,
      List<TableRow> table) {}

  /** A line through points, with a CSS class, for a series over time. */
  public record Polyline(String points, String cssClass, List<Bar> markers) {}

  /** The bar charts of a tally: one per top-level group of categories, and one of the top-level figures outside groups. */
  public static List<Chart> categories(Tally tally, ReportLocale locale, String year) {
    List<Chart> out = new ArrayList<>();
    List<Category> loose = new ArrayList<>();
    for (Category top : tally.definition().categories()) {
      List<Category> bars = new ArrayList<>();
      for (Category c : top.children()) {
        if (!c.isRunningTotal() && tally.figure(c.id()).isPresent()) {
          bars.add(c);
        }
      }
      if (!bars.isEmpty()) {
        out.add(bars("chart-" + top.id().replace('.', '-'), locale.word("chart.categories", year, locale.label(top.labels())), bars, tally, locale));
      } else if (!top.isRunningTotal() && tally.figure(top.id()).isPresent()) {
        loose.add(top);
      }
    }
    if (!loose.isEmpty()) {
      out.add(bars("chart-other", locale.word("chart.other", year), loose, tally, locale));
    }
    return out;
  }

  private static Chart bars(String id, String title, List<Category> categories, Tally tally, ReportLocale locale) {
    boolean rtl = locale.rightToLeft();
    long max = 1;
    for (Category c : categories) {
      max = Math.max(max, tally.value(c.id()).orElse(0));
    }
    double room = WIDTH - LABEL_WIDTH - VALUE_ROOM;
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    int y = TOP;
    for (Category c : categories) {
      long v = tally.value(c.id()).orElse(0);
      String label = locale.label(c.labels());
      String text = locale.formatNumber(v);
      double w = Math.max(v == 0 ? 0 : 1, room * v / max);
      double barStart = rtl ? WIDTH - LABEL_WIDTH - w : LABEL_WIDTH;
      bars.add(new Bar(n(barStart), n(y), n(w), n(BAR_HEIGHT), "bar"));
      labels.add(categoryLabel(label, y, rtl));
      labels.add(valueLabel(text, rtl ? barStart - 6 : barStart + w + 6, y, rtl));
      table.add(new TableRow(label, List.of(text)));
      y += ROW;
    }
    String description = describe(table, locale);
    return new Chart(id, title, description, y + TOP, bars, labels, List.of(), List.of(locale.word("header.category"), locale.word("header.value")), table);
  }

  /** The comparison chart: for each line compared (both values known), the two years' bars, each line to its own scale, and the growth rate. */
  public static Optional<Chart> comparison(List<ReportView.ComparisonRow> rows, ReportLocale locale, String previousYear, String year) {
    boolean rtl = locale.rightToLeft();
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    double room = WIDTH - LABEL_WIDTH - VALUE_ROOM * 1.5;
    int y = TOP;
    for (ReportView.ComparisonRow r : rows) {
      if (r.change().outcome() != Change.Outcome.GROWTH) {
        continue;
      }
      long before = r.previous().getAsLong();
      long after = r.current().getAsLong();
      long max = Math.max(1, Math.max(before, after));
      labels.add(categoryLabel(r.label(), y + BAR_HEIGHT / 2, rtl));
      int rowY = y;
      long[] values = {before, after};
      String[] texts = {r.previousText(), r.currentText()};
      String[] classes = {"bar previous", "bar"};
      for (int i = 0; i < 2; i++) {
        double w = Math.max(values[i] == 0 ? 0 : 1, room * values[i] / max);
        double start = rtl ? WIDTH - LABEL_WIDTH - w : LABEL_WIDTH;
        int barY = rowY + i * (BAR_HEIGHT + 2);
        bars.add(new Bar(n(start), n(barY), n(w), n(BAR_HEIGHT), classes[i]));
        labels.add(valueLabel((i == 0 ? previousYear : year) + ": " + texts[i], rtl ? start - 6 : start + w + 6, barY, rtl));
      }
      // The growth rate under the line's label, in the label column.
      labels.add(new Label(n(rtl ? WIDTH - 4 : 4), n(rowY + BAR_HEIGHT + 16), rtl ? "end" : "start", "ltr", r.changeText()));
      table.add(new TableRow(r.label(), List.of(r.previousText(), r.currentText(), r.changeText())));
      y += 2 * BAR_HEIGHT + 2 + 16;
    }
    if (table.isEmpty()) {
      return Optional.empty();
    }
    String description = locale.word("chart.own_scale") + " " + describe(table, locale);
    return Optional.of(
        new Chart(
            "chart-comparison",
            locale.word("chart.comparison", year, previousYear),
            description,
            y + TOP,
            bars,
            labels,
            List.of(),
            List.of(locale.word("header.line"), previousYear, year, locale.word("header.change")),
            table));
  }

  /** The followers of each account over time, one line per account, from its snapshots in date order. */
  public static Optional<Chart> followers(List<AudienceSnapshot> snapshots, ReportLocale locale) {
    if (snapshots.isEmpty()) {
      return Optional.empty();
    }
    boolean rtl = locale.rightToLeft();
    Map<String, List<AudienceSnapshot>> byAccount = new LinkedHashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    long max = 1;
    List<AudienceSnapshot> sorted = new ArrayList<>(snapshots);
    sorted.sort((a, b) -> a.date().compareTo(b.date()));
    for (AudienceSnapshot s : sorted) {
      byAccount.computeIfAbsent(s.platform().code() + " " + s.account(), k -> new ArrayList<>()).add(s);
      first = first == null || s.date().isBefore(first) ? s.date() : first;
      last = last == null || s.date().isAfter(last) ? s.date() : last;
      max = Math.max(max, s.followers());
    }
    int height = 220;
    int plotTop = 20;
    int plotBottom = height - 40;
    int left = 70;
    int right = WIDTH - 200;
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    List<Polyline> lines = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<Bar> axes = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    // Axes: the baseline and the value axis, on the side where time starts.
    double axisX = rtl ? WIDTH - left : left;
    axes.add(new Bar(n(rtl ? WIDTH - right : left), n(plotBottom), n(right - left), "1", "axis"));
    axes.add(new Bar(n(axisX), n(plotTop), "1", n(plotBottom - plotTop), "axis"));
    labels.add(new Label(n(rtl ? axisX + 6 : axisX - 6), n(plotTop + 4), rtl ? "start" : "end", "ltr", locale.formatNumber(max)));
    labels.add(new Label(n(rtl ? axisX + 6 : axisX - 6), n(plotBottom + 4), rtl ? "start" : "end", "ltr", locale.formatNumber(0)));
    labels.add(new Label(n(x(first, first, days, left, right, rtl)), n(plotBottom + 18), "middle", "ltr", first.toString()));
    if (!last.equals(first)) {
      labels.add(new Label(n(x(last, first, days, left, right, rtl)), n(plotBottom + 18), "middle", "ltr", last.toString()));
    }
    int series = 0;
    for (Map.Entry<String, List<AudienceSnapshot>> e : byAccount.entrySet()) {
      StringBuilder points = new StringBuilder();
      List<Bar> markers = new ArrayList<>();
      double lastX = 0;
      double lastY = 0;
      for (AudienceSnapshot s : e.getValue()) {
        double px = x(s.date(), first, days, left, right, rtl);
        double py = plotBottom - (plotBottom - plotTop) * (double) s.followers() / max;
        points.append(points.length() == 0 ? "" : " ").append(n(px)).append(',').append(n(py));
        markers.add(new Bar(n(px - 3), n(py - 3), "6", "6", "marker series-" + series));
        table.add(new TableRow(s.account(), List.of(s.platform().labels().get(locale.locale()), s.date().toString(), locale.formatNumber(s.followers()))));
        lastX = px;
        lastY = py;
      }
      lines.add(new Polyline(points.toString(), "series series-" + series, markers));
      AudienceSnapshot latest = e.getValue().get(e.getValue().size() - 1);
      labels.add(
          new Label(
              n(rtl ? lastX - 8 : lastX + 8),
              n(lastY + 4 + series * 2),
              rtl ? "end" : "start",
              "ltr",
              latest.account() + " " + locale.formatNumber(latest.followers())));
      series++;
    }
    lines.add(0, new Polyline("", "axes", axes));
    String description = describe(table, locale);
    return Optional.of(
        new Chart(
            "chart-followers",
            locale.word("chart.followers"),
            description,
            height,
            List.of(),
            labels,
            lines,
            List.of(locale.word("header.account"), locale.word("header.platform"), locale.word("header.date"), locale.word("header.followers")),
            table));
  }

  private static double x(LocalDate d, LocalDate first, long days, int left, int right, boolean rtl) {
    double at = left + (right - left) * (double) ChronoUnit.DAYS.between(first, d) / days;
    return rtl ? WIDTH - at : at;
  }

  /** The label of a row, in the label column: at its right end right to left, its left end otherwise. */
  private static Label categoryLabel(String text, int y, boolean rtl) {
    String shown = text.length() > 42 ? text.substring(0, 40) + "…" : text;
    return rtl
        ? new Label(n(WIDTH - 4), n(y + 13), "start", "rtl", shown)
        : new Label("4", n(y + 13), "start", "ltr", shown);
  }

  /** A figure beside its bar: after the bar's end, written left to right. */
  private static Label valueLabel(String text, double x, int y, boolean rtl) {
    return new Label(n(x), n(y + 13), rtl ? "end" : "start", "ltr", text);
  }

  /** A chart's text alternative: its rows as "label: values". */
  private static String describe(List<TableRow> table, ReportLocale locale) {
    List<String> parts = new ArrayList<>();
    for (TableRow r : table) {
      parts.add(locale.word("meta.item", r.label(), String.join(", ", r.cells())));
    }
    return String.join("; ", parts) + ".";
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
