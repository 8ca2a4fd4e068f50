package io.hasila.cli;

import io.hasila.io.RecordReader;
import io.hasila.io.RecordStream;
import io.hasila.json.HasilaJson;
import io.hasila.model.Vocabularies;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import io.hasila.tally.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code hasila validate}: an activity log, a snapshots file, a definition, a tally or a mapping, against its schema and rules. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Validates a file against its schema and the model's rules: an activity log or a snapshots file",
      "(.jsonl or .csv: every record, every field, every code), a tally definition, a tally (read, then",
      "its rules checked) or a mapping (.json). What the file holds is told by its extension and content,",
      "or by --kind. The first bad record stops it with exit 3, naming the file, line, field, what was",
      "expected and what was found; with --lenient every bad record is reported and it exits with 1."
    },
    footerHeading = "%nExamples (the bundled 2020 files; D=examples/src/main/resources/io/hasila/examples/data/2020):%n",
    footer = {
      "  ./hasila validate $D/activities-2020-synthetic.jsonl",
      "  ./hasila validate $D/activities-2020-synthetic.csv --lenient",
      "  ./hasila validate $D/definition-2020.json",
      "  ./hasila validate $D/published-2020.json --definition $D/definition-2020.json",
      "",
      Hasila.EXIT_CODES
    })
final class ValidateCommand implements Callable<Integer> {
  private static final List<String> KINDS = List.of("activities", "snapshots", "definition", "tally", "mapping", "vocabularies");

  @ParentCommand Hasila hasila;
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to validate.")
  Path file;

  @Option(names = "--kind", paramLabel = "KIND", description = "activities, snapshots, definition, tally, mapping or vocabularies (default: told by the file).")
  String kind;

  @Option(names = "--definition", paramLabel = "FILE", description = "A definition a tally or a mapping names by id (JSON); repeat it for two.")
  List<Path> definitions = new ArrayList<>();

  @Option(names = "--vocabularies", paramLabel = "FILE", description = "Codes the file uses beyond the well-known ones (JSON).")
  Path vocabularies;

  @Override
  public Integer call() {
    if (kind != null && !KINDS.contains(kind)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--kind must be one of " + String.join(", ", KINDS) + " but was: " + kind);
    }
    Inputs.existing(file);
    Vocabularies codes = Inputs.vocabularies(vocabularies);
    Inputs inputs = new Inputs(hasila, common, codes, Optional.empty());
    List<TallyDefinition> known = inputs.definitions(definitions);
    String what = kind != null ? kind : detect();
    String name = InputException.name(file);
    switch (what) {
      case "activities":
        return records(inputs, inputs.activities(file, codes), name);
      case "snapshots":
        return records(inputs, inputs.snapshots(file, codes), name);
      case "definition":
        TallyDefinition d = HasilaJson.create().withVocabularies(codes).readTallyDefinition(file);
        hasila.err.println(name + ": a valid tally definition, " + d.id() + d.version().map(v -> " version " + v).orElse("")
            + ", " + d.allCategories().size() + " categories, " + d.allRules().size() + " rules");
        return Hasila.OK;
      case "tally":
        Tally t = known.size() == 1 ? inputs.tally(file, known.get(0)) : inputs.tally(file, known);
        List<Violation> violations = t.check();
        for (Violation v : violations) {
          hasila.err.println(name + ": " + Hasila.oneLine(v.message(Locale.ENGLISH)));
        }
        hasila.err.println(name + ": a tally of " + t.figures().size() + " figures, " + (violations.isEmpty() ? "every rule holds" : violations.size() + " rules broken"));
        return violations.isEmpty() ? Hasila.OK : Hasila.FAILED;
      case "mapping":
        inputs.mapping(file, known);
        hasila.err.println(name + ": a valid mapping");
        return Hasila.OK;
      default:
        HasilaJson.create().readVocabularies(file);
        hasila.err.println(name + ": valid vocabularies");
        return Hasila.OK;
    }
  }

  private <T> int records(Inputs inputs, RecordReader<T> reader, String name) {
    long read;
    try (RecordStream<T> in = inputs.open(file, reader)) {
      while (in.hasNext()) {
        in.next();
      }
      read = in.read();
    }
    long bad = inputs.rejected();
    hasila.err.println(name + ": " + read + " records, " + (bad == 0 ? "all valid" : bad + " rejected"));
    return bad == 0 ? Hasila.OK : Hasila.FAILED;
  }

  /** What the file holds, from its extension and, for JSON, its top-level fields. */
  private String detect() {
    String name = InputException.name(file).toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json")) {
      return Inputs.kind(file) == Inputs.Kind.SNAPSHOTS ? "snapshots" : "activities";
    }
    JsonNode root;
    try {
      root = JsonMapper.shared().readTree(file.toFile());
    } catch (RuntimeException e) {
      // not JSON: reading it as a definition names the fault in the library's words
      return "definition";
    }
    if (root.has("figures")) {
      return "tally";
    }
    if (root.has("lines") && root.has("from")) {
      return "mapping";
    }
    if (root.has("categories")) {
      return "definition";
    }
    return root.has("vocabularies") || root.has("terms") ? "vocabularies" : "definition";
  }
}
