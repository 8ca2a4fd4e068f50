package io.hasila.model;

/** The kind of a {@link Bulletin}, a written official communication. */
public enum BulletinKind implements Labelled {
  /** Communiqué. */
  COMMUNIQUE("بلاغ", "communiqué", "communiqué"),
  /** News item. */
  NEWS("خبر صحفي", "information de presse", "news item"),
  /** Press file. */
  PRESS_FILE("ملف صحفي", "dossier de presse", "press file"),
  /** Rebuttal (statement of truth). */
  REBUTTAL("بيان حقيقة", "mise au point (démenti)", "rebuttal (statement of truth)");

  private final Labels labels;

  BulletinKind(String ar, String fr, String en) {
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
