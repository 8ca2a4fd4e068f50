package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.regex.Pattern;

/** The validation rules every activity shares. */
final class ActivityChecks {
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*");

  private ActivityChecks() {}

  /** Checks the fields every activity has; {@code type} names the subtype in messages. */
  static void common(Activity a, String type) {
    Checks.notBlank(type, "id", a.id());
    a.title().ifPresent(t -> Checks.notBlank(type, "title", t));
    a.language()
        .ifPresent(
            l ->
                Checks.check(
                    LANGUAGE.matcher(l).matches(),
                    type,
                    "language",
                    "must be a BCP 47 language tag such as \"ar\" or \"fr-MA\"",
                    l));
    a.time()
        .ifPresent(
            t ->
                Checks.check(
                    t.toLocalDate().equals(a.date()),
                    type,
                    "time",
                    "must fall on the activity's date " + a.date(),
                    t));
  }
}
