package io.hasila.model;

/** A social-media platform on which an institution runs an official account. */
public enum Platform implements Labelled {
  /** Twitter (X). */
  TWITTER("تويتر (إكس)", "Twitter (X)", "Twitter (X)"),
  /** Facebook. */
  FACEBOOK("فيسبوك", "Facebook", "Facebook"),
  /** Instagram. */
  INSTAGRAM("إنستغرام", "Instagram", "Instagram"),
  /** YouTube. */
  YOUTUBE("يوتيوب", "YouTube", "YouTube"),
  /** TikTok. */
  TIKTOK("تيك توك", "TikTok", "TikTok"),
  /** LinkedIn. */
  LINKEDIN("لينكدإن", "LinkedIn", "LinkedIn"),
  /** Other platform. */
  OTHER("منصة أخرى", "autre plateforme", "other platform");

  private final Labels labels;

  Platform(String ar, String fr, String en) {
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
