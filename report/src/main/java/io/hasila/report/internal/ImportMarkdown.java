package io.hasila.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An import report as GitHub-flavoured Markdown: a heading, the period, definition and threshold,
 * a table of the figures kept and one of the figures for review (category, value, confidence,
 * evidence, sentence), a table of the numbers left, and the draft's checks. An Arabic report is
 * held in a {@code <div dir="rtl">}.
 */
public final class ImportMarkdown {
  private final ImportView view;

  /** The Markdown of a view. */
  public ImportMarkdown(ImportView view) {
    this.view = view;
  }

  /** The lines of the report. */
  public List<String> lines() {
    var w = view.locale();
    List<String> out = new ArrayList<>();
    if (w.rightToLeft()) {
      out.add("<div dir=\"rtl\" lang=\"" + w.language() + "\">");
      out.add("");
    }
    out.add("# " + MarkdownReport.escape(view.title()));
    out.add("");
    out.add("- " + w.word("meta.item", w.word("meta.period"), view.draft().period()));
    out.add("- " + w.word("meta.item", w.word("meta.definition"), MarkdownReport.escape(view.draft().definition())));
    out.add("- " + w.word("meta.item", w.word("import.threshold"), view.threshold()));
    out.add("");
    figures(view.keptHeading(), view.kept(), out);
    figures(view.reviewHeading(), view.review(), out);
    out.add("## " + view.unmatchedHeading());
    out.add("");
    if (!view.unmatched().isEmpty()) {
      out.add(row(List.of(w.word("header.number"), w.word("header.kind"), w.word("header.span"))));
      out.add("|---|---|---|");
      for (ImportView.Unmatched n : view.unmatched()) {
        out.add(row(List.of(MarkdownReport.escape(n.number()), n.kindText(), n.spanText())));
      }
      out.add("");
    }
    out.add("## " + w.word("section.checks"));
    out.add("");
    out.add((view.draft().violations().isEmpty() ? "✅ " : "❌ ") + view.draft().checkSummary());
    for (String v : view.draft().violations()) {
      out.add("- " + MarkdownReport.escape(v));
    }
    if (w.rightToLeft()) {
      out.add("");
      out.add("</div>");
    }
    return out;
  }

  private void figures(String heading, List<ImportView.Line> lines, List<String> out) {
    var w = view.locale();
    out.add("## " + heading);
    out.add("");
    if (lines.isEmpty()) {
      return;
    }
    out.add(row(List.of(w.word("header.category"), w.word("header.value"), w.word("header.confidence"), w.word("header.evidence"), w.word("header.sentence"))));
    out.add("|---|--:|--:|---|---|");
    for (ImportView.Line l : lines) {
      out.add(
          row(List.of(MarkdownReport.escape(l.label()), l.valueText(), l.confidenceText(), MarkdownReport.escape(view.evidence(l)), MarkdownReport.escape(l.sentence()))));
    }
    out.add("");
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |";
  }
}
