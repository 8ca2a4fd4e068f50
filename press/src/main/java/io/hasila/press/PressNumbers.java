package io.hasila.press;

import io.hasila.press.internal.NumberScanner;
import java.util.List;

/**
 * Finds the numbers of an Arabic or French text, each with its span, value and {@link
 * PressNumber.Kind kind}.
 *
 * <p>It reads digits grouped with {@code .}, {@code ,}, spaces, no-break spaces or U+202F ({@code
 * 225.191}, {@code 11 025}), Arabic-Indic and Extended Arabic-Indic digits, numbers glued to a word
 * ({@code 1976بلاغا}), Arabic number words with their feminine, masculine and case forms, joined by
 * {@code و} ({@code مائة وخمسة وعشرون}, {@code ثلاثة آلاف}), French number words ({@code deux mille
 * trois cents}), digits with a multiplier ({@code 2,3 millions}, {@code 11 ألفا و25}), percentages
 * and growth rates. Years, dates, telephone numbers, decree and law numbers, ordinals and times are
 * found too, with their own kind, so that they are not taken for counts. Stateless and thread safe.
 */
public final class PressNumbers {
  private PressNumbers() {}

  /** The numbers of a text, in the order they appear, their spans never overlapping. */
  public static List<PressNumber> find(String text) {
    return NumberScanner.scan(text);
  }

  /** The counts of a text only: the numbers of kind {@link PressNumber.Kind#COUNT}. */
  public static List<PressNumber> counts(String text) {
    return find(text).stream().filter(n -> n.kind() == PressNumber.Kind.COUNT).toList();
  }
}
