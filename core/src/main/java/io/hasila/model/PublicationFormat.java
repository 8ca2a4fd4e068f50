package io.hasila.model;

/** A format in which a {@link PublicationIssue} is released. */
public enum PublicationFormat implements Labelled {
  /** Print. */
  PRINT("نسخة ورقية", "version imprimée", "print"),
  /** Electronic. */
  ELECTRONIC("نسخة إلكترونية", "version électronique", "electronic");

  private final Labels labels;

  PublicationFormat(String ar, String fr, String en) {
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
