package io.hasila.model;

import io.hasila.internal.Checks;
import io.hasila.internal.FastParse;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tag on an activity, such as the health emergency; themes overlap, so an activity may carry several.
 *
 * <p>The set of themes is open: an institution declares its own with {@link #of(String, Labels)}.
 * Two themes are equal when their ids are equal; labels are presentation and do not take part in
 * equality. The well-known themes of the reference case are predefined as constants.
 */
@Value.Immutable
public abstract class Theme {
  /** حالة الطوارئ الصحية — the state of health emergency (COVID-19 in 2020). */
  public static final Theme HEALTH_EMERGENCY =
      of(
          "health_emergency",
          Labels.of("حالة الطوارئ الصحية", "état d'urgence sanitaire", "health emergency"));

  /** الأخبار الزائفة — false news and its rebuttal. */
  public static final Theme FAKE_NEWS =
      of("fake_news", Labels.of("الأخبار الزائفة", "fausses nouvelles", "fake news"));

  /** شرطة القرب — proximity policing. */
  public static final Theme PROXIMITY_POLICING =
      of(
          "proximity_policing",
          Labels.of("شرطة القرب", "police de proximité", "proximity policing"));

  /** اليقظة المعلوماتية — the monitoring of false news ("information vigilance"). */
  public static final Theme INFORMATION_VIGILANCE =
      of(
          "information_vigilance",
          Labels.of("اليقظة المعلوماتية", "veille informationnelle", "information vigilance"));

  private static final List<Theme> WELL_KNOWN =
      List.of(HEALTH_EMERGENCY, FAKE_NEWS, PROXIMITY_POLICING, INFORMATION_VIGILANCE);

  Theme() {}

  /** The stable identifier: lower case letters and digits, joined by {@code _}, {@code -} or {@code .}. */
  @Value.Parameter
  public abstract String id();

  /** Labels for display; not part of equality. */
  @Value.Parameter
  @Value.Auxiliary
  public abstract Labels labels();

  /** A theme from its id and labels. */
  public static Theme of(String id, Labels labels) {
    return ImmutableTheme.of(id, labels);
  }

  /** The predefined themes, in a stable order. */
  public static List<Theme> wellKnown() {
    return WELL_KNOWN;
  }

  /** The predefined theme with this id, if there is one. */
  public static Optional<Theme> wellKnown(String id) {
    return WELL_KNOWN.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.check(
        FastParse.isThemeId(id()),
        "Theme",
        "id",
        "must be lower case letters and digits joined by '_', '-' or '.'",
        id());
  }
}
