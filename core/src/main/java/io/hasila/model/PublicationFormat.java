package io.hasila.model;

import java.util.List;

/**
 * A format in which a {@link PublicationIssue} is released.
 *
 * <p>An open vocabulary ({@code publication_format}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class PublicationFormat extends Term {
  /** Print. */
  public static final PublicationFormat PRINT = new PublicationFormat("print", Labels.of("نسخة ورقية", "version imprimée", "print"));

  /** Electronic: the only format that has reading platforms. */
  public static final PublicationFormat ELECTRONIC = new PublicationFormat("electronic", Labels.of("نسخة إلكترونية", "version électronique", "electronic"));

  /** The vocabulary of these codes, named {@code publication_format} in files. */
  public static final Vocabulary<PublicationFormat> VOCABULARY =
      Vocabulary.of(
          "publication_format",
          Labels.of("صيغ الإصدار", "formats de publication", "publication formats"),
          PublicationFormat.class,
          PublicationFormat::new,
          List.of(PRINT, ELECTRONIC));

  private PublicationFormat(String code, Labels labels) {
    super("PublicationFormat", code, labels);
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

  @Override
  public Vocabulary<PublicationFormat> vocabulary() {
    return VOCABULARY;
  }
}
