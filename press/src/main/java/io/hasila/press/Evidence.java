package io.hasila.press;

import java.util.Objects;

/**
 * Why a number was read as a category's figure: the sentence it stands in, where it is, the label
 * or synonym it matched and how sure the match is.
 *
 * @param sentence the sentence of the text that holds the number, as written
 * @param start the offset of the number's first character in the text
 * @param end the offset just after the number's last character
 * @param text the number as written, e.g. {@code 11 ألفا و25}
 * @param matched the label or synonym of the category that the words around the number matched
 * @param confidence how sure the match is, from 0 (a guess) to 1 (every word of the label, next to the number)
 * @param note what lowered the confidence, e.g. that the number is of another period; empty when nothing did
 */
public record Evidence(String sentence, int start, int end, String text, String matched, double confidence, String note) {
  /**
   * Validates the evidence.
   *
   * @throws IllegalArgumentException if the confidence is not in [0, 1]
   */
  public Evidence {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(matched, "matched");
    Objects.requireNonNull(note, "note");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Evidence confidence must be in [0, 1], found " + confidence);
    }
  }
}
