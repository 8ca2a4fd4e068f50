package io.hasila.model;

/**
 * The kind of a civic {@link Campaign}.
 *
 * <p>An open vocabulary ({@code campaign_kind}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class CampaignKind extends Term {
  /** The vocabulary of these codes, named {@code campaign_kind} in files. */
  public static final Vocabulary<CampaignKind> VOCABULARY =
      Vocabulary.of("campaign_kind", Labels.of("أنواع الحملات", "types de campagnes", "kinds of campaign"), CampaignKind.class, CampaignKind::new);

  /** A blood-donation drive. */
  public static final CampaignKind BLOOD_DONATION = VOCABULARY.define("blood_donation", "التبرع بالدم", "don de sang", "blood donation");

  /** An awareness campaign. */
  public static final CampaignKind AWARENESS = VOCABULARY.define("awareness", "حملة تحسيسية", "campagne de sensibilisation", "awareness");

  /** A solidarity campaign. */
  public static final CampaignKind SOLIDARITY = VOCABULARY.define("solidarity", "حملة تضامنية", "campagne de solidarité", "solidarity");

  /** Another kind of campaign, when no declared code fits. */
  public static final CampaignKind OTHER = VOCABULARY.define("other", "حملة أخرى", "autre campagne", "other campaign");

  private CampaignKind(Vocabulary<CampaignKind> vocabulary, String code, Labels labels) {
    super(vocabulary, code, labels);
  }

  /**
   * A code of this vocabulary with its labels, to declare one the well-known codes lack.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static CampaignKind of(String code, Labels labels) {
    return VOCABULARY.term(code, labels);
  }
}
