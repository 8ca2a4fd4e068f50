package io.hasila.cli;

import io.hasila.report.ReportContent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hasila tally}: computes a year's tally from an activity log under a definition, checks it and compares it. */
@Command(
    name = "tally",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Computes the tally of a year from an activity log under a tally definition, checks its rules",
      "(parts add up, subsets stay within their whole), compares every figure with the published tally",
      "and with an earlier year, and prints it."
    },
    footerHeading = "%nExamples (the bundled 2020 files; D=examples/src/main/resources/io/hasila/examples/data/2020):%n",
    footer = {
      "  ./hasila tally --definition $D/definition-2020.json --activities $D/activities-2020-synthetic.jsonl \\",
      "      --snapshots $D/snapshots-2020.jsonl --year 2020 --published $D/published-2020.json \\",
      "      --compare-with $D/published-2019.json",
      "  ./hasila tally ... --lang fr                       the same table in French (4 202, +574,0 %%)",
      "  ./hasila tally ... --lang ar --digits arab         in Arabic, with Arabic-Indic digits",
      "  ./hasila tally ... --format markdown --out tally-2020.md",
      "  ./hasila tally --definition $D/definition-2020.json --activities $D/activities-2020-synthetic.csv \\",
      "      --snapshots $D/snapshots-2020.csv --year 2020 --format csv --lang fr --out bilan-2020.csv",
      "",
      Hasila.EXIT_CODES
    })
final class TallyCommand implements Callable<Integer> {
  @ParentCommand Hasila hasila;
  @Spec CommandSpec spec;
  @Mixin TallyInputs inputs;
  @Mixin Common common;

  @Override
  public Integer call() {
    Output output = Output.of(hasila, spec, common, "text", null);
    TallyInputs.Result r = inputs.run(hasila, spec, common);
    output.render(Contents.of(r));
    return r.violations.isEmpty() && r.differences == 0 && r.rejected == 0 ? Hasila.OK : Hasila.FAILED;
  }

  /** The report content of a computed tally. */
  static final class Contents {
    private Contents() {}

    static ReportContent of(TallyInputs.Result r) {
      ReportContent.Builder b = ReportContent.builder().tally(r.computed).violations(r.violations).snapshots(r.snapshots);
      r.published.ifPresent(b::published);
      r.comparison.ifPresent(b::comparison);
      return b.build();
    }
  }
}
