package io.hasila.model;

import java.util.List;

/**
 * A platform on which an electronic {@link PublicationIssue} can be read.
 *
 * <p>An open vocabulary ({@code reading_platform}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class ReadingPlatform extends Term {
  /** iOS. */
  public static final ReadingPlatform IOS = new ReadingPlatform("ios", Labels.of("آي أو إس", "iOS", "iOS"));

  /** Android. */
  public static final ReadingPlatform ANDROID = new ReadingPlatform("android", Labels.of("أندرويد", "Android", "Android"));

  /** The web. */
  public static final ReadingPlatform WEB = new ReadingPlatform("web", Labels.of("الموقع الإلكتروني", "site web", "web"));

  /** The vocabulary of these codes, named {@code reading_platform} in files. */
  public static final Vocabulary<ReadingPlatform> VOCABULARY =
      Vocabulary.of(
          "reading_platform",
          Labels.of("منصات القراءة", "plateformes de lecture", "reading platforms"),
          ReadingPlatform.class,
          ReadingPlatform::new,
          List.of(IOS, ANDROID, WEB));

  private ReadingPlatform(String code, Labels labels) {
    super("ReadingPlatform", code, labels);
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

  @Override
  public Vocabulary<ReadingPlatform> vocabulary() {
    return VOCABULARY;
  }
}
