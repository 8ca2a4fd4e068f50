package io.hasila.csv;

/**
 * How the whole numbers of a CSV file (counts such as followers, participants, an issue number) are
 * written: digits only, as programs write them, or as a spreadsheet shows them.
 *
 * <p>The spreadsheet forms also accept digit groups of three separated by a space, a no-break space
 * (U+00A0), a narrow no-break space (U+202F) or the Arabic thousands separator (U+066C), and
 * Arabic-Indic digits ({@code ٣٦٨٣}, U+0660 to U+0669, and their Persian forms U+06F0 to U+06F9);
 * one number uses one separator, and every group after the first has three digits. They differ in
 * the one punctuation mark they take as a thousands separator, since the other is a decimal mark
 * and a count has none. Readers say which they assumed ({@link HasilaCsvReader#numbers()}).
 */
public enum CsvNumbers {
  /** ASCII digits only, {@code 3683}: what programs and Hasila's writers write (RFC 4180 files); the default. */
  DIGITS("digits only", (char) 0),
  /** As an English-locale spreadsheet writes them: also {@code 3,683}, {@code 3 683} and {@code ٣٦٨٣}. */
  EXCEL("digits, or groups of three separated by ',' or a space", ','),
  /** As a French- or Arabic-locale spreadsheet writes them: also {@code 3.683}, {@code 3 683} (U+202F) and {@code ٣٬٦٨٣}. */
  EXCEL_FR("digits, or groups of three separated by a space or '.'", '.');

  private final String description;
  private final char groupMark;

  CsvNumbers(String description, char groupMark) {
    this.description = description;
    this.groupMark = groupMark;
  }

  /** The forms accepted, in words, as error messages show them: {@code "digits only"}. */
  public String description() {
    return description;
  }

  /** The number in {@code text} (already stripped of surrounding spaces) in this form, or -1 if it is none or above {@code max}. */
  long parse(String text, long max) {
    if (this == DIGITS) {
      return -1;
    }
    int n = text.length();
    long result = 0;
    int digits = 0;
    int groupDigits = 0;
    char separator = 0;
    boolean grouped = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (result > (Long.MAX_VALUE - d) / 10) {
          return -1;
        }
        result = result * 10 + d;
        digits++;
        groupDigits++;
        if (grouped && groupDigits > 3) {
          return -1;
        }
      } else if (isGroupMark(c) && digits > 0 && (separator == 0 || separator == c)) {
        if ((grouped && groupDigits != 3) || (!grouped && groupDigits > 3)) {
          return -1;
        }
        separator = c;
        grouped = true;
        groupDigits = 0;
      } else {
        return -1;
      }
    }
    if (digits == 0 || (grouped && groupDigits != 3) || result > max) {
      return -1;
    }
    return result;
  }

  private boolean isGroupMark(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u066C' || c == groupMark;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return c - '\u0660';
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return c - '\u06F0';
    }
    return -1;
  }
}
