package io.hasila.cli;

import io.hasila.report.ReportContent;
import io.hasila.tally.Comparison;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hasila compare}: two tallies, figure by figure, through a mapping when the definitions differ. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Compares two tally documents figure by figure: the change and the growth (rounded half up to one",
      "decimal) of every line, and an outcome where there is no growth (new, discontinued, not defined,",
      "not published). Give a mapping when the definitions differ. Exits with 1 if any figure differs."
    },
    footerHeading = "%nExamples (D=examples/src/main/resources/io/hasila/examples/data/2020, M=.../data/mapping-example):%n",
    footer = {
      "  ./hasila compare $D/published-2019.json $D/published-2020.json --definition $D/definition-2020.json",
      "  ./hasila compare $D/published-2019.json $D/published-2020.json --definition $D/definition-2020.json --lang fr --format markdown",
      "  ./hasila compare $M/published-2021.json $M/published-2022.json --definition $M/definition-2021.json \\",
      "      --definition $M/definition-2022.json --mapping $M/mapping-2021-2022.json",
      "",
      Hasila.EXIT_CODES
    })
final class CompareCommand implements Callable<Integer> {
  @ParentCommand Hasila hasila;
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "BASE", description = "The earlier tally (JSON).")
  Path base;

  @Parameters(index = "1", paramLabel = "LATER", description = "The later tally (JSON).")
  Path later;

  @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping between the two definitions (JSON).")
  Path mapping;

  @Option(names = "--definition", paramLabel = "FILE", description = "A definition the tallies name by id (JSON); repeat it for two.")
  List<Path> definitions = new ArrayList<>();

  @Option(names = "--vocabularies", paramLabel = "FILE", description = "Codes the definitions use beyond the well-known ones (JSON).")
  Path vocabularies;

  @Override
  public Integer call() {
    Output output = Output.of(hasila, spec, common, "text", null);
    Inputs inputs = new Inputs(hasila, common, Inputs.vocabularies(vocabularies), Optional.empty());
    List<TallyDefinition> known = inputs.definitions(definitions);
    Tally earlier = inputs.tally(base, known);
    Tally current = inputs.tally(later, known);
    Comparison.Options options = Comparison.options().inGivenOrder();
    if (mapping != null) {
      options = options.mapping(inputs.mapping(mapping, known));
    }
    Comparison comparison = options.compare(earlier, current);
    output.render(ReportContent.builder().tally(current).comparison(comparison).build());
    return differences(comparison) == 0 ? Hasila.OK : Hasila.FAILED;
  }

  /** The rows whose two values differ, or that only one side has. */
  static long differences(Comparison comparison) {
    return comparison.changes().stream().filter(c -> !c.previous().equals(c.current())).count();
  }
}
