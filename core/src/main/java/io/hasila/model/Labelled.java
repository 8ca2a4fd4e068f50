package io.hasila.model;

/** Something with a stable lower-case code and labels in Arabic, French and English. */
public interface Labelled {
  /** The stable lower-snake-case code used in files and selectors, e.g. {@code tv_channel}. */
  String code();

  /** Labels for display; never used as an identifier. */
  Labels labels();
}
