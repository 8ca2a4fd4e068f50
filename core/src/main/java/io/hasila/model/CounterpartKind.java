package io.hasila.model;

/** The kind of a {@link Counterpart} met in a {@link CommunityMeeting}. */
public enum CounterpartKind implements Labelled {
  /** Civil association. */
  CIVIL_ASSOCIATION("جمعية مدنية", "association civile", "civil association"),
  /** Union body. */
  UNION_BODY("هيئة نقابية", "instance syndicale", "union body"),
  /** Local authority. */
  LOCAL_AUTHORITY("سلطة محلية", "autorité locale", "local authority"),
  /** Educational institution. */
  EDUCATIONAL_INSTITUTION("مؤسسة تعليمية", "établissement d'enseignement", "educational institution"),
  /** Other counterpart. */
  OTHER("جهة أخرى", "autre partenaire", "other counterpart");

  private final Labels labels;

  CounterpartKind(String ar, String fr, String en) {
    this.labels = Labels.of(ar, fr, en);
  }

  @Override
  public String code() {
    return Codes.of(this);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
