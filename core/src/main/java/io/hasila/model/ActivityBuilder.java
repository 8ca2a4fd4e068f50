package io.hasila.model;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The setters every activity's builder has: how the common properties set a value on any of them. */
interface ActivityBuilder<B extends ActivityBuilder<B>> {
  B id(String id);

  B date(LocalDate date);

  B time(ZonedDateTime time);

  B unit(OrgUnit unit);

  B addThemes(Theme theme);

  B title(String title);

  B language(String language);

  B url(URI url);
}
