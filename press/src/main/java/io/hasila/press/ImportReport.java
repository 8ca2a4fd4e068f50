package io.hasila.press;

import io.hasila.tally.Tally;
import java.util.List;
import java.util.Locale;

/**
 * What {@link PressImport#read} found in a press text: the draft tally of the figures read with
 * enough confidence, each figure's evidence, the figures left for review, and the numbers that
 * matched no category.
 *
 * @param draft the draft published tally: the {@link #figures()} only, each published in the import's source
 * @param figures the figures whose confidence reached the threshold, in the definition's order
 * @param forReview the figures below the threshold, and the counts that lost their category to a surer
 *     count: never in the draft, to be confirmed by a reader
 * @param unmatched the numbers that are no figure: counts matching no category, years, dates, percentages...
 * @param threshold the confidence a figure needs to be kept in the draft
 */
public record ImportReport(Tally draft, List<PressFigure> figures, List<PressFigure> forReview, List<PressNumber> unmatched, double threshold) {
  /** Copies the lists. */
  public ImportReport {
    figures = List.copyOf(figures);
    forReview = List.copyOf(forReview);
    unmatched = List.copyOf(unmatched);
  }

  /** The report as text for a reader: the figures kept, those to review and the numbers left, one a line. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Figures kept (confidence >= %.2f): %d%n", threshold, figures.size()));
    figures.forEach(f -> line(b, f));
    b.append(String.format(Locale.ROOT, "For review (below %.2f or a category's second count; not in the draft): %d%n", threshold, forReview.size()));
    forReview.forEach(f -> line(b, f));
    b.append(String.format(Locale.ROOT, "Numbers matching no category: %d%n", unmatched.size()));
    unmatched.forEach(n -> b.append("  ").append(n).append(System.lineSeparator()));
    return b.toString();
  }

  private static void line(StringBuilder b, PressFigure f) {
    Evidence e = f.evidence();
    b.append(String.format(
        Locale.ROOT, "  %-40s %12d  %.2f  [%d, %d) \"%s\" matched \"%s\"%s%n    in: %s%n", f.category(), f.value(), e.confidence(), e.start(),
        e.end(), e.text(), e.matched(), e.note().isEmpty() ? "" : " (" + e.note() + ")", e.sentence().strip()));
  }
}
