package io.hasila.model;

import java.util.List;

/**
 * A social-media platform on which an institution runs an official account, such as Twitter (X) or Facebook.
 *
 * <p>An open vocabulary ({@code platform}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class Platform extends Term {
  /** Twitter (X). */
  public static final Platform TWITTER = new Platform("twitter", Labels.of("تويتر (إكس)", "Twitter (X)", "Twitter (X)"));

  /** Facebook. */
  public static final Platform FACEBOOK = new Platform("facebook", Labels.of("فيسبوك", "Facebook", "Facebook"));

  /** Instagram. */
  public static final Platform INSTAGRAM = new Platform("instagram", Labels.of("إنستغرام", "Instagram", "Instagram"));

  /** YouTube. */
  public static final Platform YOUTUBE = new Platform("youtube", Labels.of("يوتيوب", "YouTube", "YouTube"));

  /** TikTok. */
  public static final Platform TIKTOK = new Platform("tiktok", Labels.of("تيك توك", "TikTok", "TikTok"));

  /** LinkedIn. */
  public static final Platform LINKEDIN = new Platform("linkedin", Labels.of("لينكدإن", "LinkedIn", "LinkedIn"));

  /** Another platform, when no declared code fits. */
  public static final Platform OTHER = new Platform("other", Labels.of("منصة أخرى", "autre plateforme", "other platform"));

  /** The vocabulary of these codes, named {@code platform} in files. */
  public static final Vocabulary<Platform> VOCABULARY =
      Vocabulary.of(
          "platform",
          Labels.of("المنصات", "plateformes", "platforms"),
          Platform.class,
          Platform::new,
          List.of(TWITTER, FACEBOOK, INSTAGRAM, YOUTUBE, TIKTOK, LINKEDIN, OTHER));

  private Platform(String code, Labels labels) {
    super("Platform", code, labels);
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

  @Override
  public Vocabulary<Platform> vocabulary() {
    return VOCABULARY;
  }
}
