package io.hasila.model;

/**
 * The kind of a {@link Bulletin}, a written official communication.
 *
 * <p>An open vocabulary ({@code bulletin_kind}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class BulletinKind extends Term {
  /** The vocabulary of these codes, named {@code bulletin_kind} in files. */
  public static final Vocabulary<BulletinKind> VOCABULARY =
      Vocabulary.of("bulletin_kind", Labels.of("أنواع البلاغات", "types de communications écrites", "kinds of bulletin"), BulletinKind.class, BulletinKind::new);

  /** A communiqué. */
  public static final BulletinKind COMMUNIQUE = VOCABULARY.define("communique", "بلاغ", "communiqué", "communiqué");

  /** A news item. */
  public static final BulletinKind NEWS = VOCABULARY.define("news", "خبر صحفي", "information de presse", "news item");

  /** A press file. */
  public static final BulletinKind PRESS_FILE = VOCABULARY.define("press_file", "ملف صحفي", "dossier de presse", "press file");

  /** A rebuttal (statement of truth) of false news: the only kind that may carry a {@link Claim}. */
  public static final BulletinKind REBUTTAL = VOCABULARY.define("rebuttal", "بيان حقيقة", "mise au point (démenti)", "rebuttal (statement of truth)");

  private BulletinKind(Vocabulary<BulletinKind> vocabulary, String code, Labels labels) {
    super(vocabulary, code, labels);
  }

  /**
   * A code of this vocabulary with its labels, to declare one the well-known codes lack.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static BulletinKind of(String code, Labels labels) {
    return VOCABULARY.term(code, labels);
  }
}
