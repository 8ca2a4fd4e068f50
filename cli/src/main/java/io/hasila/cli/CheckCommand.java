package io.hasila.cli;

import io.hasila.report.ReportContent;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import io.hasila.tally.Violation;
import java.nio.file.Path;
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

/** {@code hasila check}: the consistency checks of a computed or published tally. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Checks a tally document (computed or published) against the rules of its definition: parts add",
      "up to their totals, subsets stay within their whole, running totals of one date add up. Exits",
      "with 1 if a rule is broken, naming the figures and their values."
    },
    footerHeading = "%nExamples (the bundled 2020 files; D=examples/src/main/resources/io/hasila/examples/data/2020):%n",
    footer = {
      "  ./hasila check $D/published-2020.json --definition $D/definition-2020.json",
      "  ./hasila check $D/published-2019.json --definition $D/definition-2020.json --lang ar",
      "  ./hasila check damaged-2020.json --definition $D/definition-2020.json --format json",
      "",
      Hasila.EXIT_CODES
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand Hasila hasila;
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "TALLY", description = "The tally document (JSON).")
  Path tally;

  @Option(names = "--definition", paramLabel = "FILE", description = "Its definition (JSON), when the tally names it by id instead of holding it.")
  Path definition;

  @Option(names = "--vocabularies", paramLabel = "FILE", description = "Codes the definition uses beyond the well-known ones (JSON).")
  Path vocabularies;

  @Override
  public Integer call() {
    Output output = Output.of(hasila, spec, common, "text", null);
    Inputs inputs = new Inputs(hasila, common, Inputs.vocabularies(vocabularies), Optional.empty());
    List<TallyDefinition> definitions = definition == null ? List.of() : inputs.definitions(List.of(definition));
    Tally t = definitions.isEmpty() ? inputs.tally(tally, definitions) : inputs.tally(tally, definitions.get(0));
    List<Violation> violations = t.check();
    output.render(ReportContent.builder().tally(t).violations(violations).build());
    return violations.isEmpty() ? Hasila.OK : Hasila.FAILED;
  }
}
