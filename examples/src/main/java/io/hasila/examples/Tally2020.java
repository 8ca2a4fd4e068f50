package io.hasila.examples;

import io.hasila.model.ActivityType;
import io.hasila.model.BulletinKind;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Labelled;
import io.hasila.model.Theme;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The README's main example: for now, a summary of the model that will hold the 2020 tally.
 *
 * <p>Run with {@code ./mvnw -q -pl examples -am compile exec:java}; add
 * {@code -Dexec.args="--lang fr"} (or {@code ar}) for French or Arabic labels.
 */
public final class Tally2020 {
  private Tally2020() {}

  /** Prints the activity types, bulletin kinds, counterpart kinds and well-known themes. */
  public static void main(String[] args) {
    Locale lang = Locale.ENGLISH;
    for (int i = 0; i < args.length; i++) {
      if ("--lang".equals(args[i]) && i + 1 < args.length) {
        lang = Locale.forLanguageTag(args[++i]);
      } else {
        System.err.println("usage: Tally2020 [--lang en|fr|ar]");
        System.exit(2);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("Hasila model summary (activity types, bulletin kinds, counterparts, themes)");
    section(out, "Activity types", List.of(ActivityType.values()), lang);
    section(out, "Bulletin kinds", List.of(BulletinKind.values()), lang);
    section(out, "Counterpart kinds", List.of(CounterpartKind.values()), lang);
    out.println();
    out.println("Well-known themes");
    for (Theme t : Theme.wellKnown()) {
      out.printf("  %-24s %s%n", t.id(), t.labels().get(lang));
    }
  }

  private static void section(PrintStream out, String title, List<? extends Labelled> values, Locale lang) {
    out.println();
    out.println(title);
    for (Labelled l : values) {
      out.printf("  %-24s %s%n", l.code(), l.labels().get(lang));
    }
  }
}
