package io.hasila.model;

import java.util.List;

/**
 * The kind of a {@link Bulletin}, a written official communication.
 *
 * <p>An open vocabulary ({@code bulletin_kind}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class BulletinKind extends Term {
  /** A communiqué. */
  public static final BulletinKind COMMUNIQUE = new BulletinKind("communique", Labels.of("بلاغ", "communiqué", "communiqué"));

  /** A news item. */
  public static final BulletinKind NEWS = new BulletinKind("news", Labels.of("خبر صحفي", "information de presse", "news item"));

  /** A press file. */
  public static final BulletinKind PRESS_FILE = new BulletinKind("press_file", Labels.of("ملف صحفي", "dossier de presse", "press file"));

  /** A rebuttal (statement of truth) of false news: the only kind that may carry a {@link Claim}. */
  public static final BulletinKind REBUTTAL = new BulletinKind("rebuttal", Labels.of("بيان حقيقة", "mise au point (démenti)", "rebuttal (statement of truth)"));

  /** The vocabulary of these codes, named {@code bulletin_kind} in files. */
  public static final Vocabulary<BulletinKind> VOCABULARY =
      Vocabulary.of(
          "bulletin_kind",
          Labels.of("أنواع البلاغات", "types de communications écrites", "kinds of bulletin"),
          BulletinKind.class,
          BulletinKind::new,
          List.of(COMMUNIQUE, NEWS, PRESS_FILE, REBUTTAL));

  private BulletinKind(String code, Labels labels) {
    super("BulletinKind", code, labels);
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

  @Override
  public Vocabulary<BulletinKind> vocabulary() {
    return VOCABULARY;
  }
}
