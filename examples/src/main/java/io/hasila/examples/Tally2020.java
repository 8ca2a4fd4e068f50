package io.hasila.examples;

import io.hasila.io.Rejection;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Institution;
import io.hasila.model.Vocabularies;
import io.hasila.tally.Comparison;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import io.hasila.tally.Violation;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The README's main example: computes the 2020 tally from the bundled activity log under the
 * bundled 2020 definition, checks it, compares it with the published 2020 figures and with the
 * published 2019 ones, and prints the table.
 *
 * <p>Run with {@code ./mvnw -q -pl examples -am compile exec:java}; options go in
 * {@code -Dexec.args="..."}: {@code --lang ar|fr|en}, {@code --csv} to read the bundled CSV files
 * instead of JSON Lines, and to tally your own log {@code --activities FILE --snapshots FILE} (JSON
 * Lines or CSV, by extension) with {@code [--definition FILE.json] [--published FILE.json]
 * [--previous FILE.json] [--vocabularies FILE.json] [--year YYYY] [--zone ZONE] [--lenient]};
 * without {@code --definition} the bundled 2020 definition applies, and {@code --vocabularies}
 * declares the codes (a renamed platform, a new kind) the files use beyond the well-known ones. Exits with 1
 * when a check fails and 2 on a usage error.
 */
public final class Tally2020 {
  static final String DATA = "/io/hasila/examples/data/2020/";

  private Tally2020() {}

  /** Runs the program; see the class comment for the options. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status;
    try {
      status = run(Options.parse(args), out, err);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(Options.USAGE);
      status = 2;
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs with parsed options and returns the exit status: 0 when every check passes. */
  static int run(Options options, PrintStream out, PrintStream err) {
    TallyTable table = new TallyTable(options.lang);
    HasilaJson json = HasilaJson.create().withVocabularies(options.vocabularies);
    boolean bundled = options.activities.isEmpty();
    TallyDefinition definition =
        options.definition.map(json::readTallyDefinition)
            .orElseGet(() -> json.readTallyDefinition(resource("definition-2020.json"), "definition-2020.json"));
    Optional<Tally> published =
        options.published.map(p -> json.readTally(p, definition))
            .or(() -> bundled ? Optional.of(json.readTally(resource("published-2020.json"), "published-2020.json", definition)) : Optional.empty());
    Optional<Tally> previous =
        options.previous.map(p -> json.readTally(p, definition))
            .or(() -> bundled ? Optional.of(json.readTally(resource("published-2019.json"), "published-2019.json", definition)) : Optional.empty());
    Institution institution =
        published.map(Tally::institution)
            .orElseGet(() -> Institution.of("institution", "—", options.zone));
    DateRange period = DateRange.ofYear(options.year);
    List<Rejection> rejected = new ArrayList<>();

    Tally computed;
    try (Records<Activity> activities = Records.activities(options, rejected);
        Records<AudienceSnapshot> snapshots = Records.snapshots(options, rejected)) {
      computed = Tally.compute(definition, institution, period, activities.stream(), snapshots.stream());
      out.println(
          table.line(table.text("حصيلة ", "Bilan ", "Tally ")
              + options.year
              + " — "
              + institution.name()
              + " — "
              + activities.read()
              + table.text(" سجلا مقروءا من ", " enregistrements lus dans ", " records read from ")
              + activities.source()));
    }
    for (Rejection r : rejected) {
      err.println(r.describe());
    }

    out.println();
    table.render(computed, published, previous).forEach(out::println);
    out.println();
    out.println(table.line(table.text("C محسوب من السجلات، P منشور، D مشتق", "C calculé, P publié, D dérivé", "C computed from records, P published, D derived")));

    int status = 0;
    status |= report(table, table.text("تدقيق الحصيلة المحسوبة", "Contrôle du bilan calculé", "Check of the computed tally"), computed.check(), out);
    if (published.isPresent()) {
      status |= report(table, table.text("تدقيق الحصيلة المنشورة", "Contrôle du bilan publié", "Check of the published tally"), published.get().check(), out);
      long differences =
          Comparison.options().inGivenOrder().compare(published.get(), computed).changes().stream()
              .filter(c -> c.previous().isPresent() && !c.previous().equals(c.current()))
              .count();
      out.println(
          table.line(table.text("مقارنة مع الأرقام المنشورة: ", "Comparaison avec les chiffres publiés : ", "Compared with the published figures: ")
              + (differences == 0 ? table.text("كلها مطابقة", "tous identiques", "all equal") : differences + table.text(" فرق", " écarts", " differ"))));
      status |= differences == 0 ? 0 : 1;
    }
    if (!rejected.isEmpty()) {
      out.println(table.line(rejected.size() + table.text(" سجلا مرفوضا", " enregistrements rejetés", " records rejected")));
    }
    return status;
  }

  private static int report(TallyTable table, String title, List<Violation> violations, PrintStream out) {
    if (violations.isEmpty()) {
      out.println(table.line(title + ": OK"));
      return 0;
    }
    out.println(table.line(title + ": " + violations.size()));
    violations.forEach(v -> out.println(table.line("  " + v.message(table.lang()))));
    return 1;
  }

  static InputStream resource(String name) {
    InputStream in = Tally2020.class.getResourceAsStream(DATA + name);
    if (in == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException("bundled example data " + DATA + name));
    }
    return in;
  }

  /** Command-line options. */
  static final class Options {
    static final String USAGE =
        "usage: Tally2020 [--lang en|fr|ar] [--csv] [--activities FILE.jsonl|FILE.csv] [--snapshots FILE.jsonl|FILE.csv]\n"
            + "                 [--definition FILE.json] [--published FILE.json] [--previous FILE.json] [--vocabularies FILE.json]\n"
            + "                 [--year YYYY] [--zone ZONE] [--lenient]";

    Locale lang = Locale.ENGLISH;
    Optional<Path> activities = Optional.empty();
    Optional<Path> snapshots = Optional.empty();
    Optional<Path> definition = Optional.empty();
    Optional<Path> published = Optional.empty();
    Optional<Path> previous = Optional.empty();
    Vocabularies vocabularies = Vocabularies.standard();
    ZoneId zone = ZoneId.of("Africa/Casablanca");
    int year = 2020;
    boolean lenient;
    boolean csv;

    static Options parse(String... args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--lang":
            String tag = value(args, ++i, a);
            if (!List.of("ar", "fr", "en").contains(tag)) {
              throw new IllegalArgumentException("--lang must be ar, fr or en but was: " + tag);
            }
            o.lang = Locale.forLanguageTag(tag);
            break;
          case "--activities":
            o.activities = Optional.of(file(value(args, ++i, a), a));
            break;
          case "--snapshots":
            o.snapshots = Optional.of(file(value(args, ++i, a), a));
            break;
          case "--definition":
            o.definition = Optional.of(file(value(args, ++i, a), a));
            break;
          case "--published":
            o.published = Optional.of(file(value(args, ++i, a), a));
            break;
          case "--previous":
            o.previous = Optional.of(file(value(args, ++i, a), a));
            break;
          case "--vocabularies":
            o.vocabularies = HasilaJson.create().readVocabularies(file(value(args, ++i, a), a));
            break;
          case "--zone":
            String z = value(args, ++i, a);
            try {
              o.zone = ZoneId.of(z);
            } catch (java.time.DateTimeException e) {
              throw new IllegalArgumentException("--zone must be a time zone such as Africa/Casablanca but was: " + z);
            }
            break;
          case "--year":
            try {
              o.year = Integer.parseInt(value(args, ++i, a));
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--year must be a year such as 2020 but was: " + args[i]);
            }
            break;
          case "--lenient":
            o.lenient = true;
            break;
          case "--csv":
            o.csv = true;
            break;
          default:
            throw new IllegalArgumentException("unknown option: " + a);
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static Path file(String name, String option) {
      Path p = Path.of(name);
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException(option + " must name a readable file but was: " + name);
      }
      return p;
    }
  }
}
