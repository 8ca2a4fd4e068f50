package io.hasila.press;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number found in a text: where it is, how it is written, its value and what kind of number it
 * is, e.g. {@code 11 ألفا و25} at characters 120 to 131, the count 11025.
 *
 * @param start the offset of its first character in the text
 * @param end the offset just after its last character (the text is {@code text.substring(start, end)})
 * @param text the characters as written, e.g. {@code 225.191}, {@code أربع} or {@code +574%}
 * @param value its value, e.g. 225191, 4 or 574; negative for a fall ({@code -12 %})
 * @param kind a count, a percentage, a year, ...
 */
public record PressNumber(int start, int end, String text, BigDecimal value, Kind kind) {

  /** What a number stands for in the text. */
  public enum Kind {
    /** A number of things: a candidate figure, e.g. {@code 1385 تغطية}. */
    COUNT,
    /** A percentage, e.g. {@code 12 %} or {@code 40 في المائة}. */
    PERCENT,
    /** A rise or a fall in percent, e.g. {@code +574%} or {@code ارتفاع بنسبة 574 في المائة}. */
    GROWTH,
    /** A year, e.g. {@code سنة 2020} or {@code en 2021}. */
    YEAR,
    /** A day or a full date, e.g. {@code 31 دجنبر} or {@code 12/03/2021}. */
    DATE,
    /** Anything else: a telephone number, a decree's or a law's number, an ordinal, a time, a name. */
    OTHER
  }

  /**
   * Validates the span.
   *
   * @throws IllegalArgumentException if the span is not {@code 0 <= start < end}
   */
  public PressNumber {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("PressNumber span must be 0 <= start < end, found " + start + ".." + end);
    }
  }

  /**
   * The value as a whole number.
   *
   * @throws ArithmeticException if the value has a fraction (such as {@code 2,5 %}) or does not fit a long
   */
  public long longValue() {
    return value.longValueExact();
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + value.toPlainString() + " \"" + text + "\" [" + start + ", " + end + ")";
  }
}
