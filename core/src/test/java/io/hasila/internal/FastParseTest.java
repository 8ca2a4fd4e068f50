package io.hasila.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class FastParseTest {
  private static final int CASES = 20_000;

  /** The outcome of a parse: its value, or the type and message of its failure. */
  private static <T> String outcome(Function<String, T> parse, String text) {
    try {
      return "ok " + parse.apply(text);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String digits(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(r.nextInt(10) == 0 ? (char) ('0' + r.nextInt(10)) : "0123456789".charAt(r.nextInt(4)));
    }
    return sb.toString();
  }

  @Test
  @DisplayName("dates parse exactly as ISO_LOCAL_DATE parses them, failures included")
  void datesAsTheFormatter() {
    Random r = new Random(1);
    for (int i = 0; i < CASES; i++) {
      String text = (r.nextBoolean() ? "20" + digits(r, 2) : digits(r, 4)) + "-" + digits(r, 2) + "-" + digits(r, 2);
      if (r.nextInt(20) == 0) {
        text = text.replace('-', '/');
      }
      assertEquals(
          outcome(s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE), text), outcome(FastParse::isoDate, text), text);
    }
  }

  @Test
  @DisplayName("zoned date-times parse exactly as ISO_ZONED_DATE_TIME parses them, offsets that disagree with the zone included")
  void zonedDateTimesAsTheFormatter() {
    Random r = new Random(2);
    List<String> zones = List.of("[Africa/Casablanca]", "[Europe/Paris]", "[UTC]", "[Z]", "[Mars/Olympus]", "", "[europe/paris]");
    for (int i = 0; i < CASES; i++) {
      String text =
          "2020-" + digits(r, 2) + "-" + digits(r, 2) + "T" + digits(r, 2) + ":" + digits(r, 2)
              + (r.nextBoolean() ? ":" + digits(r, 2) : "") + (r.nextInt(10) == 0 ? ".5" : "")
              + (r.nextInt(10) == 0 ? "Z" : (r.nextBoolean() ? "+" : "-") + "0" + r.nextInt(3) + ":" + (r.nextBoolean() ? "00" : "30"))
              + zones.get(r.nextInt(zones.size()));
      assertEquals(
          outcome(s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME), text),
          outcome(FastParse::isoZonedDateTime, text),
          text);
    }
  }

  @Test
  @DisplayName("the shape checks agree with the regular expressions they replace")
  void shapesAsTheRegularExpressions() {
    Pattern language = Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*");
    Pattern theme = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");
    Random r = new Random(3);
    String alphabet = "abAZ09-_.é ";
    for (int i = 0; i < CASES; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = r.nextInt(14); n > 0; n--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertEquals(language.matcher(s).matches(), FastParse.isLanguageTag(s), s);
      assertEquals(theme.matcher(s).matches(), FastParse.isThemeId(s), s);
    }
  }
}
