package io.hasila.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fast parsers and shape checks for the hot paths of reading. The parsers read the ISO forms
 * Hasila's files use with exactly the results and failures of
 * {@link DateTimeFormatter#ISO_LOCAL_DATE} and {@link DateTimeFormatter#ISO_ZONED_DATE_TIME}: the
 * common shapes are read by hand, anything else (and anything invalid) goes to the formatter, which
 * then throws what it always threw.
 *
 * <p>Not public API. Thread safe.
 */
public final class FastParse {
  private static final int ZONES_KEPT = 256;
  private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

  private FastParse() {}

  /**
   * {@code LocalDate.parse(text, ISO_LOCAL_DATE)}, fast for {@code yyyy-MM-dd}, but only for years of
   * four digits: the formatter's {@code +10000-01-01} and {@code -0001-01-01} are refused.
   */
  public static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = digits(text, 0, 4);
      int m = digits(text, 5, 7);
      int d = digits(text, 8, 10);
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          // such as February 30: the formatter reports it
        }
      }
    }
    LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    requireFourDigitYear(text);
    return date;
  }

  /** Whether a year is written with exactly four digits and no sign, as {@code yyyy}: 0 to 9999. */
  public static boolean fourDigitYear(int year) {
    return year >= 0 && year <= 9999;
  }

  /** Fails unless {@code text} starts with a four-digit year and a dash, as {@code yyyy-}. */
  private static void requireFourDigitYear(String text) {
    if (text.length() < 5 || digits(text, 0, 4) < 0 || text.charAt(4) != '-') {
      throw new DateTimeParseException(
          "Text '" + text + "' could not be parsed: the year must be four digits (yyyy)", text, 0);
    }
  }

  /**
   * {@code ZonedDateTime.parse(text, ISO_ZONED_DATE_TIME)}, fast for {@code
   * yyyy-MM-ddTHH:mm[:ss]±HH:MM[Region/City]}: like the formatter, the instant is the local time at
   * the offset, seen in the zone. Only years of four digits, as for {@link #isoDate}.
   */
  public static ZonedDateTime isoZonedDateTime(String text) {
    ZonedDateTime fast = fastZoned(text);
    if (fast != null) {
      return fast;
    }
    ZonedDateTime time = ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
    requireFourDigitYear(text);
    return time;
  }

  private static ZonedDateTime fastZoned(String s) {
    int n = s.length();
    if (n < 24 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || s.charAt(n - 1) != ']') {
      return null;
    }
    int y = digits(s, 0, 4);
    int mo = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    int h = digits(s, 11, 13);
    int mi = digits(s, 14, 16);
    int sec = 0;
    int i = 16;
    if (s.charAt(i) == ':') {
      sec = digits(s, 17, 19);
      i = 19;
    }
    char sign;
    int oh;
    int om;
    int regionStart;
    if (i + 2 < n && s.charAt(i) == 'Z' && s.charAt(i + 1) == '[') {
      sign = '+'; // "Z", the zero offset (the ISO formatter also takes "z", left to it)
      oh = 0;
      om = 0;
      regionStart = i + 2;
    } else {
      if (i + 7 > n) {
        return null;
      }
      sign = s.charAt(i);
      if ((sign != '+' && sign != '-') || s.charAt(i + 3) != ':' || s.charAt(i + 6) != '[') {
        return null;
      }
      oh = digits(s, i + 1, i + 3);
      om = digits(s, i + 4, i + 6);
      regionStart = i + 7;
    }
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0
        || sec > 59 || oh < 0 || oh > 17 || om < 0 || om > 59) {
      return null;
    }
    String region = s.substring(regionStart, n - 1);
    if (region.indexOf('/') < 0) {
      return null;
    }
    ZoneId zone = ZONES.get(region);
    if (zone == null) {
      try {
        zone = ZoneId.of(region);
      } catch (RuntimeException e) {
        return null;
      }
      if (!zone.getId().equals(region)) {
        return null;
      }
      if (ZONES.size() < ZONES_KEPT) {
        ZONES.putIfAbsent(region, zone);
      }
    }
    int offsetSeconds = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
    LocalDateTime local;
    try {
      local = LocalDateTime.of(y, mo, d, h, mi, sec);
    } catch (DateTimeException e) {
      return null;
    }
    return ZonedDateTime.ofInstant(local, ZoneOffset.ofTotalSeconds(offsetSeconds), zone);
  }

  /** The number written in {@code s} from {@code from} to {@code to} if all are ASCII digits, else -1. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Whether {@code s} matches {@code [a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*}, the BCP 47 shape Hasila checks. */
  public static boolean isLanguageTag(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && isLetter(s.charAt(i))) {
      i++;
    }
    if (i < 2 || i > 3) {
      return false;
    }
    while (i < n) {
      if (s.charAt(i) != '-') {
        return false;
      }
      int start = ++i;
      while (i < n && (isLetter(s.charAt(i)) || isDigit(s.charAt(i)))) {
        i++;
      }
      if (i - start < 2 || i - start > 8) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} matches {@code [a-z0-9]+([._-][a-z0-9]+)*}, the shape of theme ids. */
  public static boolean isThemeId(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || isDigit(c)) {
        afterSeparator = false;
      } else if ((c == '.' || c == '_' || c == '-') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
