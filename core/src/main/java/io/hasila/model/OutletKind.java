package io.hasila.model;

/** The kind of media outlet a {@link MediaCoverage} was facilitated for. */
public enum OutletKind implements Labelled {
  /** National press. */
  NATIONAL_PRESS("صحافة وطنية", "presse nationale", "national press"),
  /** TV channel. */
  TV_CHANNEL("قناة تلفزية", "chaîne de télévision", "TV channel"),
  /** Radio. */
  RADIO("إذاعة", "radio", "radio"),
  /** Online outlet. */
  ONLINE_OUTLET("موقع إخباري إلكتروني", "média en ligne", "online outlet"),
  /** Foreign press agency. */
  FOREIGN_PRESS_AGENCY("وكالة أنباء أجنبية", "agence de presse étrangère", "foreign press agency"),
  /** Film production company. */
  FILM_PRODUCTION_COMPANY("شركة إنتاج سينمائي", "société de production cinématographique", "film production company"),
  /** Other outlet. */
  OTHER("منبر آخر", "autre média", "other outlet");

  private final Labels labels;

  OutletKind(String ar, String fr, String en) {
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
