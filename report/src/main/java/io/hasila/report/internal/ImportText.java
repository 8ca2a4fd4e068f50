package io.hasila.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An import report as text: the title, the period, the definition and the threshold; each figure
 * kept on one line (category, value, confidence, the number as written, its span and the label or
 * synonym matched) with its sentence under it; the figures left for review likewise; the numbers
 * matching no category; the draft's checks. Arabic lines start with a right-to-left mark.
 */
public final class ImportText {
  private static final char RLM = '\u200F';

  private final ImportView view;

  /** The text of a view. */
  public ImportText(ImportView view) {
    this.view = view;
  }

  /** The lines of the report. */
  public List<String> lines() {
    var w = view.locale();
    List<String> out = new ArrayList<>();
    out.add(line(view.title()));
    out.add(line(w.word("meta.item", w.word("meta.period"), view.draft().period())));
    out.add(line(w.word("meta.item", w.word("meta.definition"), view.draft().definition())));
    out.add(line(w.word("meta.item", w.word("import.threshold"), view.threshold())));
    out.add("");
    out.add(line(view.keptHeading()));
    figures(view.kept(), out);
    out.add("");
    out.add(line(view.reviewHeading()));
    figures(view.review(), out);
    out.add("");
    out.add(line(view.unmatchedHeading()));
    for (ImportView.Unmatched n : view.unmatched()) {
      out.add(line("  " + n.number() + "  " + n.kindText() + "  " + n.spanText()));
    }
    out.add("");
    out.add(line(w.word("meta.item", w.word("section.checks"), view.draft().checkSummary())));
    for (String v : view.draft().violations()) {
      out.add(line("  " + v));
    }
    return out;
  }

  private void figures(List<ImportView.Line> lines, List<String> out) {
    int label = lines.stream().mapToInt(l -> TextReport.width(l.label())).max().orElse(0);
    int value = lines.stream().mapToInt(l -> TextReport.width(l.valueText())).max().orElse(0);
    for (ImportView.Line l : lines) {
      out.add(
          line(
              "  " + l.label() + " ".repeat(label - TextReport.width(l.label())) + "  "
                  + " ".repeat(value - TextReport.width(l.valueText())) + l.valueText() + "  " + l.confidenceText() + "  "
                  + view.evidence(l)));
      out.add(line("      " + view.locale().word("import.sentence", l.sentence())));
    }
  }

  private String line(String text) {
    return view.locale().rightToLeft() ? RLM + text : text;
  }
}
