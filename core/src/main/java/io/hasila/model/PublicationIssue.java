package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.Set;
import org.immutables.value.Value;

/** One issue of a periodical the institution publishes, e.g. an issue of the police magazine. */
@Value.Immutable
public abstract sealed class PublicationIssue implements Activity permits ImmutablePublicationIssue {
  PublicationIssue() {}

  /** The periodical's title. */
  public abstract String publication();

  /** The issue number, from 1. */
  public abstract int number();

  /** The formats it was released in; at least one. */
  public abstract Set<PublicationFormat> formats();

  /** The platforms the electronic edition is on; empty for print only. */
  public abstract Set<ReadingPlatform> platforms();

  @Override
  public final ActivityType type() {
    return ActivityType.PUBLICATION_ISSUE;
  }

  /** A builder for a publication issue. */
  public static ImmutablePublicationIssue.Builder builder() {
    return ImmutablePublicationIssue.builder();
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "PublicationIssue");
    Checks.notBlank("PublicationIssue", "publication", publication());
    Checks.positive("PublicationIssue", "number", number());
    Checks.notEmpty("PublicationIssue", "formats", formats());
    Checks.check(
        platforms().isEmpty() || formats().contains(PublicationFormat.ELECTRONIC),
        "PublicationIssue",
        "platforms",
        "must be empty unless formats include electronic",
        platforms());
  }
}
