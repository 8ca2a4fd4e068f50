package io.hasila.model;

/**
 * A format in which a {@link PublicationIssue} is released.
 *
 * <p>An open vocabulary ({@code publication_format}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class PublicationFormat extends Term {
  /** The vocabulary of these codes, named {@code publication_format} in files. */
  public static final Vocabulary<PublicationFormat> VOCABULARY =
      Vocabulary.of("publication_format", Labels.of("صيغ الإصدار", "formats de publication", "publication formats"), PublicationFormat.class, PublicationFormat::new);

  /** Print. */
  public static final PublicationFormat PRINT = VOCABULARY.define("print", "نسخة ورقية", "version imprimée", "print");

  /** Electronic: the only format that has reading platforms. */
  public static final PublicationFormat ELECTRONIC = VOCABULARY.define("electronic", "نسخة إلكترونية", "version électronique", "electronic");

  private PublicationFormat(Vocabulary<PublicationFormat> vocabulary, String code, Labels labels) {
    super(vocabulary, code, labels);
  }

  /**
   * A code of this vocabulary with its labels, to declare one the well-known codes lack.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static PublicationFormat of(String code, Labels labels) {
    return VOCABULARY.term(code, labels);
  }
}
