package io.hasila.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as aligned text: the title, the table of categories (indented by depth) with each
 * value and its provenance mark, the published figure it is checked against and the change from
 * the compared year, the legend and the checks.
 *
 * <p>Arabic lines start with a right-to-left mark and keep each figure in a left-to-right run held
 * between right-to-left marks, so a bidi-aware terminal, editor or browser lays the table out right
 * to left with its columns aligned, also when redirected to a file.
 */
public final class TextReport {
  private static final char RLM = '\u200F';
  private static final char LRM = '\u200E';

  private final ReportView view;

  /** The text of a view. */
  public TextReport(ReportView view) {
    this.view = view;
  }

  /** The lines of the report. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(line(view.title()));
    out.add(line(view.locale().word("meta.item", view.locale().word("meta.period"), view.period())));
    out.add("");
    out.addAll(table());
    out.add("");
    out.add(line(view.locale().word("mark.legend")));
    out.add("");
    out.add(line(view.locale().word("meta.item", view.locale().word("section.checks"), view.checkSummary())));
    for (String v : view.violations()) {
      out.add(line("  " + v));
    }
    view.publishedCheck().ifPresent(p -> out.add(line(p)));
    return out;
  }

  private List<String> table() {
    var w = view.locale();
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(w.word("header.category"), w.word("header.value")));
    if (view.hasPublished()) {
      header.add(w.word("header.published"));
    }
    if (view.hasComparison()) {
      header.add(w.word("header.change_from", view.previousYear().orElseThrow()));
    }
    rows.add(header.toArray(new String[0]));
    for (ReportView.Row r : view.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add("  ".repeat(r.depth()) + r.label());
      cells.add(r.mark().isEmpty() ? r.valueText() : r.valueText() + " " + r.mark());
      if (view.hasPublished()) {
        cells.add(r.publishedText());
      }
      if (view.hasComparison()) {
        cells.add(r.previousText().isEmpty() ? r.changeText() : r.previousText() + " → " + r.changeText());
      }
      rows.add(cells.toArray(new String[0]));
    }
    return align(rows);
  }

  /** A line of output: in Arabic it starts with a right-to-left mark so it is laid out right to left. */
  private String line(String text) {
    return view.locale().rightToLeft() ? RLM + text : text;
  }

  private List<String> align(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    boolean rtl = view.locale().rightToLeft();
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = row[i];
        boolean numeric = i > 0;
        if (numeric && r > 0 && rtl && !cell.isEmpty()) {
          // A left-to-right run for the figures, held between right-to-left marks so the spaces
          // around it stay right to left and the columns keep the header's order.
          cell = "" + RLM + LRM + cell + LRM + RLM;
        }
        int pad = widths[i] - width(row[i]);
        if (numeric) {
          line.append(" ".repeat(pad)).append(cell);
        } else {
          line.append(cell).append(" ".repeat(pad));
        }
        if (i < columns - 1) {
          line.append("  ");
        }
      }
      lines.add(line(line.toString().stripTrailing()));
    }
    return lines;
  }

  /** Display width: code points, without combining marks and format characters. */
  static int width(String s) {
    return (int)
        s.codePoints()
            .filter(cp -> {
              int type = Character.getType(cp);
              return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT;
            })
            .count();
  }
}
