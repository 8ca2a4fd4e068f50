package io.hasila.model;

import java.util.List;

/**
 * The kind of a {@link MediaProduction} the institution produced itself.
 *
 * <p>An open vocabulary ({@code production_kind}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class ProductionKind extends Term {
  /** A reportage. */
  public static final ProductionKind REPORTAGE = new ProductionKind("reportage", Labels.of("روبورتاج", "reportage", "reportage"));

  /** An informational piece. */
  public static final ProductionKind INFORMATIONAL_PIECE = new ProductionKind("informational_piece", Labels.of("مادة إعلامية", "produit médiatique", "informational piece"));

  /** A video clip. */
  public static final ProductionKind VIDEO_CLIP = new ProductionKind("video_clip", Labels.of("شريط فيديو", "capsule vidéo", "video clip"));

  /** An infographic. */
  public static final ProductionKind INFOGRAPHIC = new ProductionKind("infographic", Labels.of("رسم بياني معلوماتي", "infographie", "infographic"));

  /** The vocabulary of these codes, named {@code production_kind} in files. */
  public static final Vocabulary<ProductionKind> VOCABULARY =
      Vocabulary.of(
          "production_kind",
          Labels.of("أنواع الإنتاجات الإعلامية", "types de productions médiatiques", "kinds of media production"),
          ProductionKind.class,
          ProductionKind::new,
          List.of(REPORTAGE, INFORMATIONAL_PIECE, VIDEO_CLIP, INFOGRAPHIC));

  private ProductionKind(String code, Labels labels) {
    super("ProductionKind", code, labels);
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

  @Override
  public Vocabulary<ProductionKind> vocabulary() {
    return VOCABULARY;
  }
}
