package io.hasila.press;

import java.util.Objects;

/**
 * A figure read from a press text: a category of the definition, its value and the evidence.
 *
 * @param category the id of the category, e.g. {@code communication.rebuttals}
 * @param value the value read, e.g. 152
 * @param evidence where and how it was read
 */
public record PressFigure(String category, long value, Evidence evidence) {
  /** Validates the figure. */
  public PressFigure {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(evidence, "evidence");
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT, "%s = %d (%.2f, \"%s\" matched \"%s\"%s)", category, value, evidence.confidence(), evidence.text(),
        evidence.matched(), evidence.note().isEmpty() ? "" : "; " + evidence.note());
  }
}
