package io.hasila.model;

import java.util.List;

/**
 * The kind of media outlet a {@link MediaCoverage} was facilitated for.
 *
 * <p>An open vocabulary ({@code outlet_kind}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class OutletKind extends Term {
  /** National press. */
  public static final OutletKind NATIONAL_PRESS = new OutletKind("national_press", Labels.of("صحافة وطنية", "presse nationale", "national press"));

  /** A TV channel. */
  public static final OutletKind TV_CHANNEL = new OutletKind("tv_channel", Labels.of("قناة تلفزية", "chaîne de télévision", "TV channel"));

  /** A radio station. */
  public static final OutletKind RADIO = new OutletKind("radio", Labels.of("إذاعة", "radio", "radio"));

  /** An online outlet. */
  public static final OutletKind ONLINE_OUTLET = new OutletKind("online_outlet", Labels.of("موقع إخباري إلكتروني", "média en ligne", "online outlet"));

  /** A foreign press agency. */
  public static final OutletKind FOREIGN_PRESS_AGENCY = new OutletKind("foreign_press_agency", Labels.of("وكالة أنباء أجنبية", "agence de presse étrangère", "foreign press agency"));

  /** A film production company. */
  public static final OutletKind FILM_PRODUCTION_COMPANY = new OutletKind("film_production_company", Labels.of("شركة إنتاج سينمائي", "société de production cinématographique", "film production company"));

  /** Another kind of outlet, when no declared code fits. */
  public static final OutletKind OTHER = new OutletKind("other", Labels.of("منبر آخر", "autre média", "other outlet"));

  /** The vocabulary of these codes, named {@code outlet_kind} in files. */
  public static final Vocabulary<OutletKind> VOCABULARY =
      Vocabulary.of(
          "outlet_kind",
          Labels.of("أنواع المنابر الإعلامية", "types de médias", "kinds of media outlet"),
          OutletKind.class,
          OutletKind::new,
          List.of(NATIONAL_PRESS, TV_CHANNEL, RADIO, ONLINE_OUTLET, FOREIGN_PRESS_AGENCY, FILM_PRODUCTION_COMPANY, OTHER));

  private OutletKind(String code, Labels labels) {
    super("OutletKind", code, labels);
  }

  /**
   * A code of this vocabulary with its labels, to declare one the well-known codes lack.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static OutletKind of(String code, Labels labels) {
    return VOCABULARY.term(code, labels);
  }

  @Override
  public Vocabulary<OutletKind> vocabulary() {
    return VOCABULARY;
  }
}
