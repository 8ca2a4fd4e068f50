package io.hasila.examples;

import io.hasila.json.HasilaJson;
import io.hasila.tally.Comparison;
import io.hasila.tally.Mapping;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import io.hasila.tally.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Two years of an institution that changed its taxonomy, compared through a mapping between its two
 * definitions: the worked example of {@code docs/definitions.md}, on the bundled files of {@code
 * data/mapping-example/} (an invented institution, invented figures).
 *
 * <p>In 2022 the institution merged its communiqués and press news into "information tasks", moved
 * its Twitter account to X, launched an Instagram account, dropped its radio spots, started counting
 * its rebuttals on fake news and reported the followers of its accounts at one date. The program
 * reads both definitions, both published tallies and the mapping, checks both tallies and prints the
 * comparison, each row with its outcome. Run it with {@code ./mvnw -q -pl examples -am compile
 * exec:java -Dexec.mainClass=io.hasila.examples.CompareYears}, and {@code -Dexec.args="--lang fr"}
 * (or {@code ar}). Exits with 1 when a check fails.
 */
public final class CompareYears {
  static final String DATA = "/io/hasila/examples/data/mapping-example/";

  private CompareYears() {}

  /** Runs the program; {@code --lang ar|fr|en} chooses the language. */
  public static void main(String[] args) {
    Locale lang = Locale.ENGLISH;
    if (args.length == 2 && args[0].equals("--lang") && List.of("ar", "fr", "en").contains(args[1])) {
      lang = Locale.forLanguageTag(args[1]);
    } else if (args.length != 0) {
      System.err.println("usage: CompareYears [--lang en|fr|ar]");
      System.exit(2);
    }
    int status = run(lang, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The bundled files, read: both definitions known to the reader, the tallies naming theirs by id. */
  static final class Example {
    final TallyDefinition earlierDefinition;
    final TallyDefinition laterDefinition;
    final Tally earlier;
    final Tally later;
    final Mapping mapping;

    Example() {
      HasilaJson json = HasilaJson.create();
      earlierDefinition = read("definition-2021.json", in -> json.readTallyDefinition(in, "definition-2021.json"));
      laterDefinition = read("definition-2022.json", in -> json.readTallyDefinition(in, "definition-2022.json"));
      HasilaJson known = json.withDefinitions(earlierDefinition, laterDefinition);
      earlier = read("published-2021.json", in -> known.readTally(in, "published-2021.json"));
      later = read("published-2022.json", in -> known.readTally(in, "published-2022.json"));
      mapping = read("mapping-2021-2022.json", in -> known.readMapping(in, "mapping-2021-2022.json"));
    }
  }

  /** Prints the checks and the comparison in {@code lang}; returns 0 when both tallies pass their checks. */
  static int run(Locale lang, PrintStream out) {
    TallyTable table = new TallyTable(lang);
    Example e = new Example();
    Comparison comparison = Comparison.of(e.earlier, e.later, e.mapping);
    out.println(
        table.line(
            e.later.institution().name()
                + ": "
                + e.earlier.period().from().getYear()
                + " → "
                + e.later.period().from().getYear()
                + table.text(", عبر الربط ", ", par la correspondance ", ", through the mapping ")
                + e.mapping.from()
                + " → "
                + e.mapping.to()));
    out.println();
    int status = 0;
    for (Tally t : List.of(e.earlier, e.later)) {
      List<Violation> violations = t.check();
      String title = table.text("تدقيق حصيلة ", "Contrôle du bilan ", "Check of the tally of ") + t.period().from().getYear();
      out.println(table.line(title + ": " + (violations.isEmpty() ? "OK" : Integer.toString(violations.size()))));
      violations.forEach(v -> out.println(table.line("  " + v.message(lang))));
      status |= violations.isEmpty() ? 0 : 1;
    }
    out.println();
    table.render(comparison).forEach(out::println);
    return status;
  }

  private interface Reader<T> {
    T read(InputStream in);
  }

  private static <T> T read(String name, Reader<T> reader) {
    try (InputStream in = CompareYears.class.getResourceAsStream(DATA + name)) {
      if (in == null) {
        throw new UncheckedIOException(new java.io.FileNotFoundException("bundled example data " + DATA + name));
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
