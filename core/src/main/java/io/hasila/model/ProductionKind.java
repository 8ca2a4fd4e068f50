package io.hasila.model;

/**
 * The kind of a {@link MediaProduction} the institution produced itself.
 *
 * <p>An open vocabulary ({@code production_kind}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class ProductionKind extends Term {
  /** The vocabulary of these codes, named {@code production_kind} in files. */
  public static final Vocabulary<ProductionKind> VOCABULARY =
      Vocabulary.of("production_kind", Labels.of("أنواع الإنتاجات الإعلامية", "types de productions médiatiques", "kinds of media production"), ProductionKind.class, ProductionKind::new);

  /** A reportage. */
  public static final ProductionKind REPORTAGE = VOCABULARY.define("reportage", "روبورتاج", "reportage", "reportage");

  /** An informational piece. */
  public static final ProductionKind INFORMATIONAL_PIECE = VOCABULARY.define("informational_piece", "مادة إعلامية", "produit médiatique", "informational piece");

  /** A video clip. */
  public static final ProductionKind VIDEO_CLIP = VOCABULARY.define("video_clip", "شريط فيديو", "capsule vidéo", "video clip");

  /** An infographic. */
  public static final ProductionKind INFOGRAPHIC = VOCABULARY.define("infographic", "رسم بياني معلوماتي", "infographie", "infographic");

  private ProductionKind(Vocabulary<ProductionKind> vocabulary, String code, Labels labels) {
    super(vocabulary, code, labels);
  }

  /**
   * A code of this vocabulary with its labels, to declare one the well-known codes lack.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static ProductionKind of(String code, Labels labels) {
    return VOCABULARY.term(code, labels);
  }
}
