package io.hasila.report;

import io.hasila.model.AudienceSnapshot;
import io.hasila.tally.Comparison;
import io.hasila.tally.Tally;
import io.hasila.tally.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report shows: a tally, optionally the published tally it is checked against, its
 * comparison with another period, its check results, and audience snapshots over time.
 *
 * <p>Build one with {@link #builder()}. The tally is required unless a comparison is given (then it
 * is the comparison's later tally); the check results are the tally's own ({@link Tally#check()})
 * unless given. Immutable.
 */
public final class ReportContent {
  private final Tally tally;
  private final Optional<Tally> published;
  private final Optional<Comparison> comparison;
  private final List<Violation> violations;
  private final List<AudienceSnapshot> snapshots;
  private final Optional<String> title;

  private ReportContent(Builder b) {
    this.comparison = Optional.ofNullable(b.comparison);
    Tally t = b.tally != null ? b.tally : comparison.map(Comparison::current).orElse(null);
    if (t == null) {
      throw new IllegalArgumentException("ReportContent needs a tally or a comparison but was given neither");
    }
    this.tally = t;
    this.published = Optional.ofNullable(b.published);
    this.violations = b.violations != null ? List.copyOf(b.violations) : t.check();
    this.snapshots = List.copyOf(b.snapshots);
    this.title = Optional.ofNullable(b.title).filter(s -> !s.isBlank());
  }

  /** A builder for a report's content. */
  public static Builder builder() {
    return new Builder();
  }

  /** The tally the report shows. */
  public Tally tally() {
    return tally;
  }

  /** The published tally of the same period the figures are checked against, if any. */
  public Optional<Tally> published() {
    return published;
  }

  /** The comparison of the tally with another period's, if any. */
  public Optional<Comparison> comparison() {
    return comparison;
  }

  /** The rules the tally breaks; empty when it keeps them all. */
  public List<Violation> violations() {
    return violations;
  }

  /** The audience snapshots to draw over time (running totals), possibly none. */
  public List<AudienceSnapshot> snapshots() {
    return snapshots;
  }

  /** The title given, if any; otherwise a report makes one from the year and the institution. */
  public Optional<String> title() {
    return title;
  }

  /** Builds a {@link ReportContent}. */
  public static final class Builder {
    private Tally tally;
    private Tally published;
    private Comparison comparison;
    private List<Violation> violations;
    private List<AudienceSnapshot> snapshots = List.of();
    private String title;

    private Builder() {}

    /** The tally to show. */
    public Builder tally(Tally tally) {
      this.tally = Objects.requireNonNull(tally, "tally");
      return this;
    }

    /** The published tally of the same period to check the figures against. */
    public Builder published(Tally published) {
      this.published = Objects.requireNonNull(published, "published");
      return this;
    }

    /** The comparison with another period; its later tally is shown unless {@link #tally} is set. */
    public Builder comparison(Comparison comparison) {
      this.comparison = Objects.requireNonNull(comparison, "comparison");
      return this;
    }

    /** The check results to show instead of the tally's own. */
    public Builder violations(List<Violation> violations) {
      this.violations = List.copyOf(violations);
      return this;
    }

    /** The audience snapshots to draw over time. */
    public Builder snapshots(List<AudienceSnapshot> snapshots) {
      this.snapshots = List.copyOf(snapshots);
      return this;
    }

    /** The report's title. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * The content.
     *
     * @throws IllegalArgumentException if neither a tally nor a comparison was given
     */
    public ReportContent build() {
      return new ReportContent(this);
    }
  }
}
