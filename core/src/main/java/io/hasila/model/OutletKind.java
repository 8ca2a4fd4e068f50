package io.hasila.model;

/**
 * The kind of media outlet a {@link MediaCoverage} was facilitated for.
 *
 * <p>An open vocabulary ({@code outlet_kind}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class OutletKind extends Term {
  /** The vocabulary of these codes, named {@code outlet_kind} in files. */
  public static final Vocabulary<OutletKind> VOCABULARY =
      Vocabulary.of("outlet_kind", Labels.of("أنواع المنابر الإعلامية", "types de médias", "kinds of media outlet"), OutletKind.class, OutletKind::new);

  /** National press. */
  public static final OutletKind NATIONAL_PRESS = VOCABULARY.define("national_press", "صحافة وطنية", "presse nationale", "national press");

  /** A TV channel. */
  public static final OutletKind TV_CHANNEL = VOCABULARY.define("tv_channel", "قناة تلفزية", "chaîne de télévision", "TV channel");

  /** A radio station. */
  public static final OutletKind RADIO = VOCABULARY.define("radio", "إذاعة", "radio", "radio");

  /** An online outlet. */
  public static final OutletKind ONLINE_OUTLET = VOCABULARY.define("online_outlet", "موقع إخباري إلكتروني", "média en ligne", "online outlet");

  /** A foreign press agency. */
  public static final OutletKind FOREIGN_PRESS_AGENCY = VOCABULARY.define("foreign_press_agency", "وكالة أنباء أجنبية", "agence de presse étrangère", "foreign press agency");

  /** A film production company. */
  public static final OutletKind FILM_PRODUCTION_COMPANY = VOCABULARY.define("film_production_company", "شركة إنتاج سينمائي", "société de production cinématographique", "film production company");

  /** Another kind of outlet, when no declared code fits. */
  public static final OutletKind OTHER = VOCABULARY.define("other", "منبر آخر", "autre média", "other outlet");

  private OutletKind(Vocabulary<OutletKind> vocabulary, String code, Labels labels) {
    super(vocabulary, code, labels);
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
}
