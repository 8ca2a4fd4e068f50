package io.hasila.report.internal;

import io.hasila.tally.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as GitHub-flavoured Markdown: a heading, the period and institution, the table of
 * categories (top-level lines in bold, the others indented with em spaces and a corner so the tree
 * stays readable), the comparison, the checks and the sources. An Arabic report is held in a
 * {@code <div dir="rtl">} so GitHub lays it out right to left.
 */
public final class MarkdownReport {
  private static final String INDENT = "\u2003";

  private final ReportView view;

  /** The Markdown of a view. */
  public MarkdownReport(ReportView view) {
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
    out.add("# " + escape(view.title()));
    out.add("");
    out.add("- " + w.word("meta.item", w.word("meta.institution"), escape(view.content().tally().institution().name())));
    out.add("- " + w.word("meta.item", w.word("meta.period"), view.period()));
    out.add("- " + w.word("meta.item", w.word("meta.definition"), escape(view.definition())));
    out.add("");
    out.add("## " + w.word("section.figures"));
    out.add("");
    List<String> header = new ArrayList<>(List.of(w.word("header.category"), w.word("header.value"), w.word("header.provenance")));
    if (view.hasPublished()) {
      header.add(w.word("header.published"));
    }
    if (view.hasComparison()) {
      header.add(view.previousYear().orElseThrow());
      header.add(w.word("header.change"));
    }
    out.add(row(header));
    out.add(separator(header.size(), 3));
    for (ReportView.Row r : view.rows()) {
      List<String> cells = new ArrayList<>();
      String label = escape(r.label());
      cells.add(r.depth() == 0 ? "**" + label + "**" : INDENT.repeat(r.depth()) + "└ " + label);
      cells.add(r.mark().isEmpty() ? r.valueText() : r.valueText() + " " + r.mark());
      cells.add(escape(r.provenanceText()));
      if (view.hasPublished()) {
        cells.add(r.publishedText());
      }
      if (view.hasComparison()) {
        cells.add(r.previousText());
        cells.add(r.changeText());
      }
      out.add(row(cells));
    }
    out.add("");
    out.add(w.word("mark.legend"));
    if (view.hasComparison()) {
      out.add("");
      out.add("## " + w.word("section.comparison", view.previousYear().orElseThrow()));
      out.add("");
      List<String> h = List.of(w.word("header.line"), view.previousYear().orElseThrow(), view.year(), w.word("header.change"));
      out.add(row(h));
      out.add(separator(h.size(), 1));
      for (ReportView.ComparisonRow c : view.comparisonRows()) {
        out.add(row(List.of(INDENT.repeat(c.depth()) + escape(c.label()), c.previousText(), c.currentText(), c.changeText())));
      }
    }
    out.add("");
    out.add("## " + w.word("section.checks"));
    out.add("");
    out.add((view.violations().isEmpty() ? "✅ " : "❌ ") + view.checkSummary());
    for (String v : view.violations()) {
      out.add("");
      out.add("- " + escape(v));
    }
    view.publishedCheck().ifPresent(p -> {
      out.add("");
      out.add((view.publishedDifferences() == 0 ? "✅ " : "❌ ") + p);
    });
    List<Source> sources = view.sources();
    if (!sources.isEmpty()) {
      out.add("");
      out.add("## " + w.word("section.sources"));
      out.add("");
      for (Source s : sources) {
        StringBuilder b = new StringBuilder("- ");
        b.append(s.url().map(u -> "[" + escape(s.title()) + "](" + u + ")").orElse(escape(s.title())));
        s.publisher().ifPresent(p -> b.append(" — ").append(escape(p)));
        s.date().ifPresent(d -> b.append(", ").append(d));
        s.note().ifPresent(n -> b.append(". ").append(escape(n)));
        out.add(b.toString());
      }
    }
    if (w.rightToLeft()) {
      out.add("");
      out.add("</div>");
    }
    return out;
  }

  private static String row(List<String> cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c.replace("|", "\\|")).append(" |");
    }
    return b.toString();
  }

  /** The line under a header: the first {@code textColumns} columns aligned to the start, the figures to the end. */
  private static String separator(int columns, int textColumns) {
    StringBuilder b = new StringBuilder("|");
    for (int i = 0; i < columns; i++) {
      b.append(i == 0 || i == 2 && textColumns == 3 ? "---|" : "---:|");
    }
    return b.toString();
  }

  /** Text safe in Markdown: characters that would start emphasis, links or HTML are escaped. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return b.toString();
  }
}
