package io.hasila.model;

/**
 * The kind of a {@link Counterpart} met in a {@link CommunityMeeting}.
 *
 * <p>An open vocabulary ({@code counterpart_kind}): the well-known codes are the constants here; an institution
 * declares others with {@link #of(String, Labels)} and {@link Vocabularies#with}. Equal by code.
 */
public final class CounterpartKind extends Term {
  /** The vocabulary of these codes, named {@code counterpart_kind} in files. */
  public static final Vocabulary<CounterpartKind> VOCABULARY =
      Vocabulary.of("counterpart_kind", Labels.of("أنواع الأطراف", "types de partenaires", "kinds of counterpart"), CounterpartKind.class, CounterpartKind::new);

  /** A civil association. */
  public static final CounterpartKind CIVIL_ASSOCIATION = VOCABULARY.define("civil_association", "جمعية مدنية", "association civile", "civil association");

  /** A union body. */
  public static final CounterpartKind UNION_BODY = VOCABULARY.define("union_body", "هيئة نقابية", "instance syndicale", "union body");

  /** A local authority. */
  public static final CounterpartKind LOCAL_AUTHORITY = VOCABULARY.define("local_authority", "سلطة محلية", "autorité locale", "local authority");

  /** An educational institution. */
  public static final CounterpartKind EDUCATIONAL_INSTITUTION = VOCABULARY.define("educational_institution", "مؤسسة تعليمية", "établissement d'enseignement", "educational institution");

  /** Another kind of counterpart, when no declared code fits. */
  public static final CounterpartKind OTHER = VOCABULARY.define("other", "جهة أخرى", "autre partenaire", "other counterpart");

  private CounterpartKind(Vocabulary<CounterpartKind> vocabulary, String code, Labels labels) {
    super(vocabulary, code, labels);
  }

  /**
   * A code of this vocabulary with its labels, to declare one the well-known codes lack.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public static CounterpartKind of(String code, Labels labels) {
    return VOCABULARY.term(code, labels);
  }
}
