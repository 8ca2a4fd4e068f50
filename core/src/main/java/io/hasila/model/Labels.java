package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A label in the three languages of Hasila's reference case: Arabic, French and English.
 *
 * <p>Labels are presentation: they are never part of a stable code or identifier.
 */
@Value.Immutable
public abstract class Labels {
  Labels() {}

  /** The Arabic label. */
  @Value.Parameter
  public abstract String ar();

  /** The French label. */
  @Value.Parameter
  public abstract String fr();

  /** The English label. */
  @Value.Parameter
  public abstract String en();

  /** Labels from their Arabic, French and English texts. */
  public static Labels of(String ar, String fr, String en) {
    return ImmutableLabels.of(ar, fr, en);
  }

  /** The label for a locale's language: Arabic, French, or English for any other language. */
  public String get(Locale locale) {
    switch (locale.getLanguage()) {
      case "ar":
        return ar();
      case "fr":
        return fr();
      default:
        return en();
    }
  }

  @Value.Check
  void check() {
    Checks.notBlank("Labels", "ar", ar());
    Checks.notBlank("Labels", "fr", fr());
    Checks.notBlank("Labels", "en", en());
  }
}
