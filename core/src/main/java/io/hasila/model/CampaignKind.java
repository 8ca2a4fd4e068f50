package io.hasila.model;

import java.util.List;

/**
 * The kind of a civic {@link Campaign}.
 *
 * <p>An open vocabulary ({@code campaign_kind}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class CampaignKind extends Term {
  /** A blood-donation drive. */
  public static final CampaignKind BLOOD_DONATION = new CampaignKind("blood_donation", Labels.of("التبرع بالدم", "don de sang", "blood donation"));

  /** An awareness campaign. */
  public static final CampaignKind AWARENESS = new CampaignKind("awareness", Labels.of("حملة تحسيسية", "campagne de sensibilisation", "awareness"));

  /** A solidarity campaign. */
  public static final CampaignKind SOLIDARITY = new CampaignKind("solidarity", Labels.of("حملة تضامنية", "campagne de solidarité", "solidarity"));

  /** Another kind of campaign, when no declared code fits. */
  public static final CampaignKind OTHER = new CampaignKind("other", Labels.of("حملة أخرى", "autre campagne", "other campaign"));

  /** The vocabulary of these codes, named {@code campaign_kind} in files. */
  public static final Vocabulary<CampaignKind> VOCABULARY =
      Vocabulary.of(
          "campaign_kind",
          Labels.of("أنواع الحملات", "types de campagnes", "kinds of campaign"),
          CampaignKind.class,
          CampaignKind::new,
          List.of(BLOOD_DONATION, AWARENESS, SOLIDARITY, OTHER));

  private CampaignKind(String code, Labels labels) {
    super("CampaignKind", code, labels);
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

  @Override
  public Vocabulary<CampaignKind> vocabulary() {
    return VOCABULARY;
  }
}
