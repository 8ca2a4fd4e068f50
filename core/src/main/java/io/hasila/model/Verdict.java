package io.hasila.model;

/**
 * What a rebuttal concludes about the {@link Claim} it answers, after the rating of schema.org's
 * {@code ClaimReview}.
 *
 * <p>An open vocabulary ({@code verdict}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class Verdict extends Term {
  /** The vocabulary of these codes, named {@code verdict} in files. */
  public static final Vocabulary<Verdict> VOCABULARY =
      Vocabulary.of("verdict", Labels.of("الأحكام على الادعاءات", "verdicts sur les allégations", "verdicts on claims"), Verdict.class, Verdict::new);

  /** The claim is false. */
  public static final Verdict FALSE = VOCABULARY.define("false", "خبر زائف", "faux", "false");

  /** The claim mixes true and false, or leads to a false conclusion. */
  public static final Verdict MISLEADING = VOCABULARY.define("misleading", "مضلل", "trompeur", "misleading");

  /** The claim was made up: a forged document, a faked image or an invented quotation. */
  public static final Verdict FABRICATED = VOCABULARY.define("fabricated", "مفبرك", "fabriqué", "fabricated");

  /** Something real (an image, a video, a statement) presented out of its time, place or context. */
  public static final Verdict OUT_OF_CONTEXT = VOCABULARY.define("out_of_context", "مجتزأ من سياقه", "sorti de son contexte", "out of context");

  /** The claim has no basis the institution could find. */
  public static final Verdict UNFOUNDED = VOCABULARY.define("unfounded", "لا أساس له من الصحة", "sans fondement", "unfounded");

  private Verdict(Vocabulary<Verdict> vocabulary, String code, Labels labels) {
    super(vocabulary, code, labels);
  }

  /**
   * A code of this vocabulary with its labels, to declare one the well-known codes lack.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static Verdict of(String code, Labels labels) {
    return VOCABULARY.term(code, labels);
  }
}
