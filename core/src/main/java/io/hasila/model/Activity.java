package io.hasila.model;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Something the institution did: the unit every count in a tally is made of.
 *
 * <p>The permitted subtypes cover every line of an annual communication tally. Each describes
 * itself with an {@link ActivityType} constant {@code TYPE}, whose properties are the common ones
 * declared here, then its own. Followers of an account are not activities: they are running
 * totals, recorded as {@link AudienceSnapshot}s. All implementations are immutable and thread safe.
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

  /** The identifier: non-blank, unique within a {@link Dataset}. */
  Property<Activity, String> ID =
      Property.one(
          "id",
          Labels.of("المعرف", "identifiant", "identifier"),
          ValueType.text(),
          Activity::id,
          (ActivityBuilder<?> b, String v) -> b.id(v));

  /** The day it happened, in the institution's calendar. */
  Property<Activity, LocalDate> DATE =
      Property.one(
          "date",
          Labels.of("التاريخ", "date", "date"),
          ValueType.date(),
          Activity::date,
          (ActivityBuilder<?> b, LocalDate v) -> b.date(v));

  /** The moment it happened with its zone, if recorded. */
  Property<Activity, ZonedDateTime> TIME =
      Property.optional(
          "time",
          Labels.of("الوقت", "heure", "time"),
          ValueType.dateTime(),
          Activity::time,
          (ActivityBuilder<?> b, ZonedDateTime v) -> b.time(v));

  /** The organisational unit that carried it out. */
  Property<Activity, OrgUnit> UNIT =
      Property.one(
          "unit",
          Labels.of("الوحدة", "unité", "unit"),
          ValueType.record(OrgUnit.TYPE),
          Activity::unit,
          (ActivityBuilder<?> b, OrgUnit v) -> b.unit(v));

  /** The themes it is tagged with. */
  Property<Activity, Theme> THEMES =
      Property.many(
          "themes",
          Labels.of("المواضيع", "thèmes", "themes"),
          ValueType.code(Theme.VOCABULARY),
          0,
          false,
          Activity::themes,
          (ActivityBuilder<?> b, Theme v) -> b.addThemes(v));

  /** A title or headline, if any. */
  Property<Activity, String> TITLE =
      Property.optional(
          "title",
          Labels.of("العنوان", "titre", "title"),
          ValueType.text(),
          Activity::title,
          (ActivityBuilder<?> b, String v) -> b.title(v));

  /** The language of its text, if known. */
  Property<Activity, String> LANGUAGE =
      Property.optional(
          "language",
          Labels.of("اللغة", "langue", "language"),
          ValueType.language(),
          Activity::language,
          (ActivityBuilder<?> b, String v) -> b.language(v));

  /** Where it can be read or seen, if anywhere. */
  Property<Activity, URI> URL =
      Property.optional(
          "url",
          Labels.of("الرابط", "lien", "link"),
          ValueType.uri(),
          Activity::url,
          (ActivityBuilder<?> b, URI v) -> b.url(v));

  /** The properties every activity has, in the order the formats write them, before the type's own. */
  List<Property<Activity, ?>> PROPERTIES = List.of(ID, DATE, TIME, UNIT, THEMES, TITLE, LANGUAGE, URL);

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

  /** Which kind of activity this is: its subtype's {@code TYPE}. */
  ActivityType<?> type();

  /** Whether the activity is tagged with the theme. */
  default boolean hasTheme(Theme theme) {
    return themes().contains(theme);
  }
}
