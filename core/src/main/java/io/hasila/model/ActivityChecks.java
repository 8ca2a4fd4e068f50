package io.hasila.model;

import io.hasila.internal.Checks;
import io.hasila.internal.FastParse;

/** The validation rules every activity shares. */
final class ActivityChecks {
  private ActivityChecks() {}

  /** Checks the fields every activity has; {@code type} names the subtype in messages. */
  static void common(Activity a, String type) {
    // Run on every activity built: no lambda per check, and messages only for a failure.
    Checks.notBlank(type, "id", a.id());
    java.util.Optional<String> title = a.title();
    if (title.isPresent()) {
      Checks.notBlank(type, "title", title.get());
    }
    java.util.Optional<String> language = a.language();
    if (language.isPresent() && !FastParse.isLanguageTag(language.get())) {
      Checks.check(false, type, "language", "must be a BCP 47 language tag such as \"ar\" or \"fr-MA\"", language.get());
    }
    java.util.Optional<java.time.ZonedDateTime> time = a.time();
    if (time.isPresent() && !time.get().toLocalDate().equals(a.date())) {
      Checks.check(false, type, "time", "must fall on the activity's date " + a.date(), time.get());
    }
  }
}
