package io.hasila.model;

/**
 * A platform on which an electronic {@link PublicationIssue} can be read.
 *
 * <p>An open vocabulary ({@code reading_platform}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class ReadingPlatform extends Term {
  /** The vocabulary of these codes, named {@code reading_platform} in files. */
  public static final Vocabulary<ReadingPlatform> VOCABULARY =
      Vocabulary.of("reading_platform", Labels.of("منصات القراءة", "plateformes de lecture", "reading platforms"), ReadingPlatform.class, ReadingPlatform::new);

  /** iOS. */
  public static final ReadingPlatform IOS = VOCABULARY.define("ios", "آي أو إس", "iOS", "iOS");

  /** Android. */
  public static final ReadingPlatform ANDROID = VOCABULARY.define("android", "أندرويد", "Android", "Android");

  /** The web. */
  public static final ReadingPlatform WEB = VOCABULARY.define("web", "الموقع الإلكتروني", "site web", "web");

  private ReadingPlatform(Vocabulary<ReadingPlatform> vocabulary, String code, Labels labels) {
    super(vocabulary, code, labels);
  }

  /**
   * A code of this vocabulary with its labels, to declare one the well-known codes lack.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static ReadingPlatform of(String code, Labels labels) {
    return VOCABULARY.term(code, labels);
  }
}
