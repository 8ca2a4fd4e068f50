package io.hasila.model;

import java.util.List;
import java.util.Optional;

/**
 * A tag on an activity, such as the health emergency; themes overlap, so an activity may carry several.
 *
 * <p>The set of themes is open, like every {@link Vocabulary}: an institution declares its own with
 * {@link #of(String, Labels)} and makes them known to readers through {@link Vocabularies#with}.
 * Two themes are equal when their ids are equal; labels are presentation and do not take part in
 * equality. The well-known themes of the reference case are predefined as constants.
 */
public final class Theme extends Term {
  /** The vocabulary of themes, named {@code theme} in files. */
  public static final Vocabulary<Theme> VOCABULARY =
      Vocabulary.of("theme", Labels.of("المواضيع", "thèmes", "themes"), Theme.class, Theme::new);

  /** حالة الطوارئ الصحية — the state of health emergency (COVID-19 in 2020). */
  public static final Theme HEALTH_EMERGENCY =
      VOCABULARY.define("health_emergency", "حالة الطوارئ الصحية", "état d'urgence sanitaire", "health emergency");

  /** الأخبار الزائفة — false news and its rebuttal. */
  public static final Theme FAKE_NEWS = VOCABULARY.define("fake_news", "الأخبار الزائفة", "fausses nouvelles", "fake news");

  /** شرطة القرب — proximity policing. */
  public static final Theme PROXIMITY_POLICING =
      VOCABULARY.define("proximity_policing", "شرطة القرب", "police de proximité", "proximity policing");

  /** اليقظة المعلوماتية — the monitoring of false news ("information vigilance"). */
  public static final Theme INFORMATION_VIGILANCE =
      VOCABULARY.define("information_vigilance", "اليقظة المعلوماتية", "veille informationnelle", "information vigilance");

  private Theme(Vocabulary<Theme> vocabulary, String id, Labels labels) {
    super(vocabulary, "id", id, labels);
  }

  /** The stable identifier, the same as the {@link #code()}: lower case letters and digits, joined by {@code _}, {@code -} or {@code .}. */
  public String id() {
    return code();
  }

  /**
   * A theme from its id and labels.
   *
   * @throws IllegalArgumentException if the id is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static Theme of(String id, Labels labels) {
    return VOCABULARY.term(id, labels);
  }

  /** The predefined themes, in a stable order. */
  public static List<Theme> wellKnown() {
    return VOCABULARY.wellKnown();
  }

  /** The predefined theme with this id, if there is one. */
  public static Optional<Theme> wellKnown(String id) {
    return VOCABULARY.wellKnown(id);
  }
}
