package io.hasila.model;

/** The kind of an {@link Activity}; its code is the {@code type} discriminator in Hasila's file formats. */
public enum ActivityType implements Labelled {
  /** Media coverage. */
  MEDIA_COVERAGE("تغطية إعلامية", "couverture médiatique", "media coverage"),
  /** Tweet / post. */
  TWEET("تغريدة / تدوينة", "tweet / publication", "tweet / post"),
  /** Bulletin. */
  BULLETIN("بلاغ أو خبر أو ملف صحفي أو بيان حقيقة", "communication écrite officielle", "bulletin"),
  /** Community meeting. */
  COMMUNITY_MEETING("اجتماع تنسيقي وتشاوري", "réunion de coordination et de concertation", "community meeting"),
  /** Media production. */
  MEDIA_PRODUCTION("روبورتاج / مادة إعلامية", "reportage / produit médiatique", "media production"),
  /** Publication issue. */
  PUBLICATION_ISSUE("عدد من إصدار", "numéro de publication", "publication issue"),
  /** Outreach initiative. */
  OUTREACH_INITIATIVE("مبادرة تواصلية وإنسانية", "initiative de proximité", "outreach initiative"),
  /** Campaign. */
  CAMPAIGN("حملة", "campagne", "campaign");

  private final Labels labels;

  ActivityType(String ar, String fr, String en) {
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
