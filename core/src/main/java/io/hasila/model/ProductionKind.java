package io.hasila.model;

/** The kind of a {@link MediaProduction} the institution produced itself. */
public enum ProductionKind implements Labelled {
  /** Reportage. */
  REPORTAGE("روبورتاج", "reportage", "reportage"),
  /** Informational piece. */
  INFORMATIONAL_PIECE("مادة إعلامية", "produit médiatique", "informational piece"),
  /** Video clip. */
  VIDEO_CLIP("شريط فيديو", "capsule vidéo", "video clip"),
  /** Infographic. */
  INFOGRAPHIC("رسم بياني معلوماتي", "infographie", "infographic");

  private final Labels labels;

  ProductionKind(String ar, String fr, String en) {
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
