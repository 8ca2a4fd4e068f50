package io.hasila.report.internal;

import io.hasila.press.Evidence;
import io.hasila.press.ImportReport;
import io.hasila.press.PressFigure;
import io.hasila.press.PressNumber;
import io.hasila.report.ReportContent;
import io.hasila.report.ReportLocale;
import io.hasila.tally.Category;
import java.util.List;
import java.util.Locale;

/**
 * What an import report shows, in a locale: the draft's figures, the figures left for review, and
 * the numbers that matched no category, each with its evidence as the report writes it.
 */
public final class ImportView {
  private final ImportReport report;
  private final ReportLocale locale;
  private final ReportView draft;
  private final List<Line> kept;
  private final List<Line> review;
  private final List<Unmatched> unmatched;

  /** A figure read from the text: its category and value, and the evidence, written in the locale. */
  public record Line(
      String category,
      String label,
      String valueText,
      String confidenceText,
      String number,
      String spanText,
      String matched,
      String note,
      String sentence) {}

  /** A number found in the text that is no figure: as written, its kind in words, its span. */
  public record Unmatched(String number, String kindText, String spanText) {}

  /** The view of {@code report} in {@code locale}. */
  public ImportView(ImportReport report, ReportLocale locale) {
    this.report = report;
    this.locale = locale;
    this.draft = new ReportView(ReportContent.builder().tally(report.draft()).build(), locale);
    this.kept = report.figures().stream().map(this::line).toList();
    this.review = report.forReview().stream().map(this::line).toList();
    this.unmatched =
        report.unmatched().stream()
            .map(n -> new Unmatched(n.text().strip(), locale.word("import.kind." + n.kind().name().toLowerCase(Locale.ROOT)), span(n.start(), n.end())))
            .toList();
  }

  private Line line(PressFigure f) {
    Evidence e = f.evidence();
    String label =
        report.draft().definition().category(f.category()).map(Category::labels).map(locale::label).orElse(f.category());
    return new Line(
        f.category(),
        label,
        locale.formatNumber(f.value()),
        locale.word("import.confidence_value", e.confidence()),
        e.text().strip(),
        span(e.start(), e.end()),
        e.matched(),
        e.note(),
        e.sentence().strip().replaceAll("\\s+", " "));
  }

  private String span(int start, int end) {
    return locale.word("import.span", Integer.toString(start), Integer.toString(end));
  }

  /** The locale. */
  public ReportLocale locale() {
    return locale;
  }

  /** The view of the draft tally as a report: its title, period, definition and checks. */
  public ReportView draft() {
    return draft;
  }

  /** The title: the draft's year and institution. */
  public String title() {
    return locale.word("import.title", draft.year(), report.draft().institution().name());
  }

  /** The threshold a figure's confidence needed, in words. */
  public String threshold() {
    return locale.word("import.threshold_value", report.threshold());
  }

  /** The figures kept in the draft, in the definition's order. */
  public List<Line> kept() {
    return kept;
  }

  /** The figures left for review, not in the draft. */
  public List<Line> review() {
    return review;
  }

  /** The numbers that matched no category. */
  public List<Unmatched> unmatched() {
    return unmatched;
  }

  /** The heading of the figures kept, with their count. */
  public String keptHeading() {
    return locale.word("import.kept", (long) kept.size());
  }

  /** The heading of the figures for review, with their count. */
  public String reviewHeading() {
    return locale.word("import.review", (long) review.size());
  }

  /** The heading of the numbers left, with their count. */
  public String unmatchedHeading() {
    return locale.word("import.unmatched", (long) unmatched.size());
  }

  /** The evidence of a figure in one phrase: the number as written, its span and the label or synonym matched. */
  public String evidence(Line l) {
    String s = locale.word("import.evidence", l.number(), l.spanText(), l.matched());
    return l.note().isEmpty() ? s : s + " " + locale.word("import.note", l.note());
  }
}
