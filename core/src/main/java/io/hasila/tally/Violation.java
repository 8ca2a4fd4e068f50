package io.hasila.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A {@link Rule} the figures of a tally break, found by {@link Tally#check()}: the rule, the value
 * of every figure involved, the total expected and the sum of the parts found.
 *
 * <p>{@link #message(Locale)} says it in Arabic, French or English, naming the rule, the total's
 * path, the expected and found values and every figure with its value; numbers are written plainly
 * with Latin digits.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /** The rule broken. */
  public abstract Rule rule();

  /** The total's value in the tally (for {@link Rule.Kind#AT_MOST}, the value the parts must not exceed). */
  public abstract long expected();

  /** The sum of the parts that have a figure. */
  public abstract long found();

  /** The values of the figures involved, the total first, then the parts that have a figure, in order. */
  public abstract Map<String, Long> values();

  /** The ids of the parts without a figure; the sum found leaves them out. */
  public abstract List<String> missingParts();

  /** A builder for a violation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}; {@code build()} validates it. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }

  /** The id of the total, e.g. {@code communication}. */
  public String path() {
    return rule().total();
  }

  /** The ids of the parts, in the rule's order. */
  public List<String> parts() {
    return rule().parts();
  }

  /** The message in English; see {@link #message(Locale)}. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /**
   * The message in Arabic ({@code ar}), French ({@code fr}) or English (any other language), e.g.
   * {@code Rule "at most" broken at communication.rebuttals: expected at most 152, found 500.
   * Figures: communication.rebuttals = 152; parts health_emergency.rebuttals = 500.}
   */
  public String message(Locale locale) {
    Texts t = Texts.of(locale);
    StringBuilder sb = new StringBuilder();
    sb.append(t.rule).append(t.open).append(rule().kind().labels().get(locale)).append(t.close);
    sb.append(t.brokenAt).append(path()).append(t.colon);
    sb.append(rule().kind() == Rule.Kind.AT_MOST ? t.expectedAtMost.replace("{}", Long.toString(expected())) : t.expected + expected());
    if (rule().tolerance() > 0) {
      sb.append(t.tolerance.replace("{}", Long.toString(rule().tolerance())));
    }
    sb.append(t.comma).append(t.found).append(found()).append(". ");
    sb.append(t.figures).append(path()).append(" = ").append(expected());
    List<String> parts = new ArrayList<>();
    for (String part : parts()) {
      Long v = values().get(part);
      if (v != null) {
        parts.add(part + " = " + v);
      }
    }
    if (!parts.isEmpty()) {
      sb.append(t.semicolon).append(t.parts).append(String.join(t.comma, parts));
    }
    if (!missingParts().isEmpty()) {
      sb.append(t.semicolon).append(t.withoutFigure).append(String.join(t.comma, missingParts()));
    }
    return sb.append('.').toString();
  }

  /** The words of a message in one language. */
  private static final class Texts {
    private static final Texts AR =
        new Texts("القاعدة ", "«", "»", " غير محققة في ", ": ", "المتوقع ", "المتوقع {} على الأكثر", " (هامش {})", "، ", "الموجود ",
            "الأرقام: ", "؛ ", "الأجزاء ", "دون رقم: ");
    private static final Texts FR =
        new Texts("Règle ", "« ", " »", " non respectée pour ", " : ", "attendu ", "attendu au plus {}", " (tolérance {})", ", ", "trouvé ",
            "Chiffres : ", " ; ", "parties ", "sans chiffre : ");
    private static final Texts EN =
        new Texts("Rule ", "\"", "\"", " broken at ", ": ", "expected ", "expected at most {}", " (tolerance {})", ", ", "found ",
            "Figures: ", "; ", "parts ", "without a figure: ");

    final String rule;
    final String open;
    final String close;
    final String brokenAt;
    final String colon;
    final String expected;
    final String expectedAtMost;
    final String tolerance;
    final String comma;
    final String found;
    final String figures;
    final String semicolon;
    final String parts;
    final String withoutFigure;

    private Texts(
        String rule, String open, String close, String brokenAt, String colon, String expected, String expectedAtMost,
        String tolerance, String comma, String found, String figures, String semicolon, String parts, String withoutFigure) {
      this.rule = rule;
      this.open = open;
      this.close = close;
      this.brokenAt = brokenAt;
      this.colon = colon;
      this.expected = expected;
      this.expectedAtMost = expectedAtMost;
      this.tolerance = tolerance;
      this.comma = comma;
      this.found = found;
      this.figures = figures;
      this.semicolon = semicolon;
      this.parts = parts;
      this.withoutFigure = withoutFigure;
    }

    static Texts of(Locale locale) {
      switch (locale.getLanguage()) {
        case "ar":
          return AR;
        case "fr":
          return FR;
        default:
          return EN;
      }
    }
  }
}
