package io.hasila.model;

/**
 * A social-media platform on which an institution runs an official account, such as Twitter (X) or Facebook.
 *
 * <p>An open vocabulary ({@code platform}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class Platform extends Term {
  /** The vocabulary of these codes, named {@code platform} in files. */
  public static final Vocabulary<Platform> VOCABULARY =
      Vocabulary.of("platform", Labels.of("المنصات", "plateformes", "platforms"), Platform.class, Platform::new);

  /** Twitter (X). */
  public static final Platform TWITTER = VOCABULARY.define("twitter", "تويتر (إكس)", "Twitter (X)", "Twitter (X)");

  /** Facebook. */
  public static final Platform FACEBOOK = VOCABULARY.define("facebook", "فيسبوك", "Facebook", "Facebook");

  /** Instagram. */
  public static final Platform INSTAGRAM = VOCABULARY.define("instagram", "إنستغرام", "Instagram", "Instagram");

  /** YouTube. */
  public static final Platform YOUTUBE = VOCABULARY.define("youtube", "يوتيوب", "YouTube", "YouTube");

  /** TikTok. */
  public static final Platform TIKTOK = VOCABULARY.define("tiktok", "تيك توك", "TikTok", "TikTok");

  /** LinkedIn. */
  public static final Platform LINKEDIN = VOCABULARY.define("linkedin", "لينكدإن", "LinkedIn", "LinkedIn");

  /** Another platform, when no declared code fits. */
  public static final Platform OTHER = VOCABULARY.define("other", "منصة أخرى", "autre plateforme", "other platform");

  private Platform(Vocabulary<Platform> vocabulary, String code, Labels labels) {
    super(vocabulary, code, labels);
  }

  /**
   * A code of this vocabulary with its labels, to declare one the well-known codes lack.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static Platform of(String code, Labels labels) {
    return VOCABULARY.term(code, labels);
  }
}
