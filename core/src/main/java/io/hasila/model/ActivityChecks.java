package io.hasila.model;

import io.hasila.internal.Checks;
import io.hasila.internal.FastParse;

/** The validation rules every activity shares. */
final class ActivityChecks {
  private ActivityChecks() {}

  /** Checks the fields every activity has; {@code type} names the subtype in messages. */
  static void common(Activity a, String type) {
    Checks.notBlank(type, "id", a.id());
    a.title().ifPresent(t -> Checks.notBlank(type, "title", t));
    a.language()
        .ifPresent(
            l ->
                Checks.check(
                    FastParse.isLanguageTag(l),
                    type,
                    "language",
                    "must be a BCP 47 language tag such as \"ar\" or \"fr-MA\"",
                    l));
    a.time()
        .ifPresent(
            t -> {
              if (!t.toLocalDate().equals(a.date())) { // the message is built only for a failure
                Checks.check(false, type, "time", "must fall on the activity's date " + a.date(), t);
              }
            });
  }
}
