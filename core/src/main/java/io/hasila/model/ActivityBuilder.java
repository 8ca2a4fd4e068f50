package io.hasila.model;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The setters every activity's builder has: how the common properties set a value on any of them. */
interface ActivityBuilder<B extends ActivityBuilder<B>> {
  /** Sets the activity's id. */
  B id(String id);

  /** Sets the day the activity took place. */
  B date(LocalDate date);

  /** Sets the time the activity took place, with its zone. */
  B time(ZonedDateTime time);

  /** Sets the organisational unit that carried the activity out. */
  B unit(OrgUnit unit);

  /** Adds a theme. */
  B addThemes(Theme theme);

  /** Sets the title. */
  B title(String title);

  /** Sets the language of its text. */
  B language(String language);

  /** Sets where it can be read or seen. */
  B url(URI url);
}
