package io.hasila.press;

import io.hasila.model.Institution;
import io.hasila.press.internal.Matcher;
import io.hasila.tally.DateRange;
import io.hasila.tally.Figure;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Imports a press text into a draft published tally of a {@link TallyDefinition}: each count the
 * text gives is matched to the category whose labels or synonyms (in Arabic, French or English)
 * stand around it in its sentence, and kept if the match is sure enough.
 *
 * <pre>{@code
 * ImportReport r = PressImport.of(definition).source(Source.of("Annual report 2020")).read(text);
 * Tally draft = r.draft();             // check() and compare it like any published tally
 * System.out.print(r.toText());        // the evidence of each figure, the figures to review
 * }</pre>
 *
 * <p>Immutable: each setter returns a new import. Unless set, the period is the calendar year the
 * text names most often (in a date too), the institution is named by the first segment of the definition's id, the
 * source is an untitled press text, and the threshold is {@value #DEFAULT_THRESHOLD}.
 */
public final class PressImport {
  /** The confidence a figure needs to be kept in the draft unless set otherwise. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final TallyDefinition definition;
  private final Institution institution;
  private final DateRange period;
  private final Source source;
  private final double threshold;

  private PressImport(TallyDefinition definition, Institution institution, DateRange period, Source source, double threshold) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.institution = institution;
    this.period = period;
    this.source = source;
    this.threshold = threshold;
  }

  /** An import into a definition's categories, with the defaults. */
  public static PressImport of(TallyDefinition definition) {
    return new PressImport(definition, null, null, null, DEFAULT_THRESHOLD);
  }

  /** The same import for an institution. */
  public PressImport institution(Institution institution) {
    return new PressImport(definition, Objects.requireNonNull(institution, "institution"), period, source, threshold);
  }

  /** The same import for a period; numbers the text gives for another year are only candidates. */
  public PressImport period(DateRange period) {
    return new PressImport(definition, institution, Objects.requireNonNull(period, "period"), source, threshold);
  }

  /** The same import citing a source for every figure. */
  public PressImport source(Source source) {
    return new PressImport(definition, institution, period, Objects.requireNonNull(source, "source"), threshold);
  }

  /**
   * The same import with another threshold: figures less sure than it are left for review.
   *
   * @throws IllegalArgumentException if the threshold is not in [0, 1]
   */
  public PressImport threshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("PressImport threshold must be in [0, 1], found " + threshold);
    }
    return new PressImport(definition, institution, period, source, threshold);
  }

  /**
   * Reads a press text: the draft tally, the evidence of its figures, the figures to review and the
   * numbers left.
   *
   * @throws IllegalArgumentException if no period was set and the text names no year
   */
  public ImportReport read(String text) {
    List<PressNumber> numbers = PressNumbers.find(text);
    DateRange p = period != null ? period : inferredPeriod(numbers);
    Matcher.Result m = Matcher.match(definition, text, numbers, p.from().getYear());
    List<PressFigure> kept = new ArrayList<>();
    List<PressFigure> review = new ArrayList<>();
    for (PressFigure f : m.figures()) {
      (f.evidence().confidence() >= threshold ? kept : review).add(f);
    }
    review.addAll(m.alternatives());
    List<String> order = definition.allCategories().stream().map(c -> c.id()).toList();
    kept.sort(Comparator.comparingInt(f -> order.indexOf(f.category())));
    review.sort(Comparator.comparingInt(f -> f.evidence().start()));
    Source s = source != null ? source : Source.builder().id("press-text").title("press text").language(language(text)).build();
    Tally.Builder b = Tally.builder().definition(definition).institution(institution()).period(p);
    kept.forEach(f -> b.putFigures(f.category(), Figure.published(f.value(), s)));
    return new ImportReport(b.build(), kept, review, m.unmatched(), threshold);
  }

  private Institution institution() {
    if (institution != null) {
      return institution;
    }
    String id = definition.id().split("\\.")[0];
    return Institution.of(id, id, ZoneOffset.UTC);
  }

  private static DateRange inferredPeriod(List<PressNumber> numbers) {
    java.util.Map<Long, Integer> counts = new java.util.TreeMap<>();
    for (PressNumber n : numbers) {
      if (n.kind() == PressNumber.Kind.YEAR) {
        counts.merge(n.longValue(), 1, Integer::sum);
      } else if (n.kind() == PressNumber.Kind.DATE && n.text().matches(".*[^0-9]\\d{4}")) {
        long y = Long.parseLong(n.text().substring(n.text().length() - 4));
        if (y >= 1900 && y <= 2100) {
          counts.merge(y, 1, Integer::sum);
        }
      }
    }
    long best = -1;
    int most = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() >= most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("PressImport needs a period: none was set and the text names no year");
    }
    return DateRange.ofYear((int) best);
  }

  private static String language(String text) {
    long arabic = text.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
    long latin = text.chars().filter(c -> c >= 'A' && c <= 'z').count();
    return arabic >= latin ? "ar" : "fr";
  }
}
