package io.hasila.model;

/** A platform on which an electronic {@link PublicationIssue} can be read. */
public enum ReadingPlatform implements Labelled {
  /** IOS. */
  IOS("آي أو إس", "iOS", "iOS"),
  /** Android. */
  ANDROID("أندرويد", "Android", "Android"),
  /** Web. */
  WEB("الموقع الإلكتروني", "site web", "web");

  private final Labels labels;

  ReadingPlatform(String ar, String fr, String en) {
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
