package io.hasila.report.internal;

import io.hasila.report.ReportContent;
import io.hasila.report.ReportLocale;
import io.hasila.tally.Category;
import io.hasila.tally.Change;
import io.hasila.tally.Comparison;
import io.hasila.tally.Figure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What every format shows of a report, in its language: the title, the rows of the tree of
 * categories with their figures as text, the comparison, the checks and the sources. Built once per
 * rendering; the renderers lay it out.
 */
public final class ReportView {
  private final ReportContent content;
  private final ReportLocale locale;
  private final List<Row> rows;
  private final List<ComparisonRow> comparisonRows;
  private final List<String> checks;
  private final Optional<String> publishedCheck;
  private final long publishedDifferences;

  /** One category of the tally: its place in the tree and its figures as the report writes them. */
  public record Row(
      String id,
      int depth,
      String label,
      boolean hasValue,
      OptionalLong value,
      String valueText,
      String mark,
      String provenanceText,
      String publishedText,
      boolean differsFromPublished,
      String previousText,
      String changeText,
      Optional<Change> change) {}

  /** One row of the comparison: the line's label, the two values and the change. */
  public record ComparisonRow(String label, int depth, OptionalLong previous, OptionalLong current, String previousText, String currentText, String changeText, Change change) {}

  /** The view of {@code content} in {@code locale}. */
  public ReportView(ReportContent content, ReportLocale locale) {
    this.content = content;
    this.locale = locale;
    Tally tally = content.tally();
    Optional<Comparison> vsPublished = content.published().map(p -> Comparison.options().inGivenOrder().acrossInstitutions().compare(p, tally));
    Optional<Comparison> vsPrevious = content.comparison();
    List<Row> out = new ArrayList<>();
    long differences = 0;
    for (Category c : tally.definition().allCategories()) {
      int depth = depth(c.id());
      Optional<Figure> figure = tally.figure(c.id());
      String valueText =
          figure.map(f -> locale.formatNumber(f.value()))
              .orElse(tally.publishedOnly().contains(c.id()) ? locale.word("value.published_only") : c.hasValue() ? locale.word("value.none") : "");
      String mark = figure.map(f -> mark(f.provenance())).orElse("");
      String provenance = figure.map(f -> provenance(f.provenance())).orElse("");
      Optional<Change> againstPublished = vsPublished.flatMap(cmp -> cmp.change(c.id())).filter(ch -> ch.previous().isPresent());
      boolean differs = againstPublished.map(ch -> !ch.previous().equals(ch.current())).orElse(false);
      if (differs) {
        differences++;
      }
      String publishedText = againstPublished.map(ch -> (differs ? "≠ " : "= ") + locale.formatNumber(ch.previous().getAsLong())).orElse("");
      Optional<Change> change = vsPrevious.filter(cmp -> c.hasValue()).flatMap(cmp -> cmp.change(c.id()));
      String previousText = change.filter(ch -> ch.previous().isPresent()).map(ch -> locale.formatNumber(ch.previous().getAsLong()) + previousMark(c.id())).orElse("");
      String changeText = change.map(locale::formatChange).orElse("");
      out.add(
          new Row(
              c.id(),
              depth,
              locale.label(c.labels()),
              c.hasValue(),
              figure.map(f -> OptionalLong.of(f.value())).orElse(OptionalLong.empty()),
              valueText,
              mark,
              provenance,
              publishedText,
              differs,
              previousText,
              changeText,
              change));
    }
    this.rows = List.copyOf(out);
    this.publishedDifferences = differences;
    this.publishedCheck =
        content.published().map(p -> publishedDifferences == 0 ? locale.word("check.published_equal") : locale.word("check.published_differ", publishedDifferences));
    List<String> messages = new ArrayList<>();
    for (Violation v : content.violations()) {
      messages.add(v.message(locale.locale()));
    }
    this.checks = List.copyOf(messages);
    this.comparisonRows = vsPrevious.map(this::comparisonRows).orElse(List.of());
  }

  private List<ComparisonRow> comparisonRows(Comparison comparison) {
    List<ComparisonRow> out = new ArrayList<>();
    for (Change ch : comparison.changes()) {
      List<String> ids = ch.currentPaths().isEmpty() ? ch.previousPaths() : ch.currentPaths();
      String label;
      if (ch.currentPaths().isEmpty()) {
        label = labels(comparison.previous(), ch.previousPaths());
      } else {
        label = labels(comparison.current(), ch.currentPaths());
        if (!ch.previousPaths().isEmpty() && !ch.previousPaths().equals(ch.currentPaths())) {
          label = label + " ← " + labels(comparison.previous(), ch.previousPaths());
        }
      }
      out.add(
          new ComparisonRow(
              label,
              depth(ids.get(0)),
              ch.previous(),
              ch.current(),
              ch.previous().isPresent() ? locale.formatNumber(ch.previous().getAsLong()) : locale.word("value.none"),
              ch.current().isPresent() ? locale.formatNumber(ch.current().getAsLong()) : locale.word("value.none"),
              locale.formatChange(ch),
              ch));
    }
    return List.copyOf(out);
  }

  private String labels(Tally tally, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(tally.definition().category(id).map(c -> locale.label(c.labels())).orElse(id));
    }
    return String.join(" + ", out);
  }

  /** The depth of a category: 0 at the top of the tree. */
  static int depth(String id) {
    return (int) id.chars().filter(ch -> ch == '.').count();
  }

  /** " D" after a previous-period figure that is derived rather than published or computed. */
  private String previousMark(String id) {
    return content.comparison()
        .flatMap(cmp -> cmp.previous().figure(id))
        .filter(f -> f.provenance() instanceof Provenance.Derived)
        .map(f -> " " + locale.word("mark.derived"))
        .orElse("");
  }

  private String mark(Provenance p) {
    if (p instanceof Provenance.Computed) {
      return locale.word("mark.computed");
    }
    return p instanceof Provenance.Published ? locale.word("mark.published") : locale.word("mark.derived");
  }

  private String provenance(Provenance p) {
    if (p instanceof Provenance.Computed) {
      return locale.word("provenance.computed", ((Provenance.Computed) p).inputs());
    }
    if (p instanceof Provenance.Published) {
      return locale.word("provenance.published", ((Provenance.Published) p).source().id());
    }
    return locale.word("provenance.derived", ((Provenance.Derived) p).formula());
  }

  /** The content shown. */
  public ReportContent content() {
    return content;
  }

  /** The locale it is written in. */
  public ReportLocale locale() {
    return locale;
  }

  /** The year the tally's period starts in, as text (never grouped like a number). */
  public String year() {
    return Integer.toString(content.tally().period().from().getYear());
  }

  /** The year the compared tally's period starts in, if there is a comparison. */
  public Optional<String> previousYear() {
    return content.comparison().map(c -> Integer.toString(c.previous().period().from().getYear()));
  }

  /** The title: the one given, or the tally's year and institution (and the compared year). */
  public String title() {
    return content.title()
        .orElseGet(
            () -> previousYear()
                .map(y -> locale.word("report.comparison_title", year(), y, content.tally().institution().name()))
                .orElseGet(() -> locale.word("report.title", year(), content.tally().institution().name())));
  }

  /** The period, e.g. {@code 2020-01-01 to 2020-12-31}. */
  public String period() {
    return locale.word("meta.period_value", content.tally().period().from().toString(), content.tally().period().to().toString());
  }

  /** The definition's label, id and version. */
  public String definition() {
    var d = content.tally().definition();
    return locale.label(d.labels()) + " (" + d.id() + d.version().map(v -> " " + v).orElse("") + ")";
  }

  /** Every category of the tally in display order. */
  public List<Row> rows() {
    return rows;
  }

  /** The rows of the comparison with another period; empty without one. */
  public List<ComparisonRow> comparisonRows() {
    return comparisonRows;
  }

  /** Whether the report has a published tally to check the figures against. */
  public boolean hasPublished() {
    return content.published().isPresent();
  }

  /** Whether the report has a comparison with another period. */
  public boolean hasComparison() {
    return content.comparison().isPresent();
  }

  /** The messages of the rules broken, in the report's language. */
  public List<String> violations() {
    return checks;
  }

  /** The summary of the checks: every rule kept, or how many are broken. */
  public String checkSummary() {
    return checks.isEmpty() ? locale.word("check.ok") : locale.word("check.failed", (long) checks.size());
  }

  /** The result of the check against the published figures, if a published tally is given. */
  public Optional<String> publishedCheck() {
    return publishedCheck;
  }

  /** How many figures differ from the published ones. */
  public long publishedDifferences() {
    return publishedDifferences;
  }

  /** The sources of the published figures, of the tally and of the compared one, each once. */
  public List<Source> sources() {
    List<Source> out = new ArrayList<>(content.tally().sources());
    content.published().ifPresent(p -> p.sources().stream().filter(s -> !out.contains(s)).forEach(out::add));
    content.comparison().ifPresent(c -> c.previous().sources().stream().filter(s -> !out.contains(s)).forEach(out::add));
    return List.copyOf(out);
  }
}
