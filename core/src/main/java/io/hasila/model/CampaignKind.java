package io.hasila.model;

/** The kind of a civic {@link Campaign}. */
public enum CampaignKind implements Labelled {
  /** Blood donation. */
  BLOOD_DONATION("التبرع بالدم", "don de sang", "blood donation"),
  /** Awareness. */
  AWARENESS("حملة تحسيسية", "campagne de sensibilisation", "awareness"),
  /** Solidarity. */
  SOLIDARITY("حملة تضامنية", "campagne de solidarité", "solidarity"),
  /** Other campaign. */
  OTHER("حملة أخرى", "autre campagne", "other campaign");

  private final Labels labels;

  CampaignKind(String ar, String fr, String en) {
    this.labels = Labels.of(ar, fr, en);
  }

  @Override
  public String code() {
    return Codes.of(this);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
