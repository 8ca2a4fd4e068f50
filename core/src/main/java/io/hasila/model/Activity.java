package io.hasila.model;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Something the institution did: the unit every count in a tally is made of.
 *
 * <p>The permitted subtypes cover every line of an annual communication tally; a {@code switch}
 * over them is exhaustive. Followers of an account are not activities: they are running totals,
 * recorded as {@link AudienceSnapshot}s. All implementations are immutable and thread safe.
 */
public sealed interface Activity
    permits MediaCoverage,
        Tweet,
        Bulletin,
        CommunityMeeting,
        MediaProduction,
        PublicationIssue,
        OutreachInitiative,
        Campaign {

  /** The activity's identifier: non-blank, and unique within a {@link Dataset}. */
  String id();

  /** The day the activity happened, in the institution's calendar. */
  LocalDate date();

  /** The moment the activity happened with its zone, if recorded; its date in its own zone is {@link #date()}. */
  Optional<ZonedDateTime> time();

  /** The organisational unit that carried it out. */
  OrgUnit unit();

  /** The themes it is tagged with; possibly several, possibly none. */
  Set<Theme> themes();

  /** A title or headline, if any. */
  Optional<String> title();

  /** The language of its text as a BCP 47 tag such as {@code ar}, {@code fr} or {@code ar-MA}, if known. */
  Optional<String> language();

  /** Where it can be read or seen, if anywhere. */
  Optional<URI> url();

  /** Which kind of activity this is; fixed by the subtype. */
  ActivityType type();

  /** Whether the activity is tagged with the theme. */
  default boolean hasTheme(Theme theme) {
    return themes().contains(theme);
  }
}
