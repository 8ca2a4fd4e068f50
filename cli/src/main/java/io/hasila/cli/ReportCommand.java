package io.hasila.cli;

import io.hasila.report.ReportContent;
import io.hasila.tally.Comparison;
import io.hasila.tally.Mapping;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hasila report}: the inputs of {@code tally} or {@code compare}, rendered as a report file (HTML unless told). */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Writes a report people read: a computed tally (the options of 'tally') or a tally document",
      "(--tally), with its checks, its comparison with an earlier year (--compare-with) and the",
      "follower snapshots over time. HTML by default: one self-contained page with charts and the table",
      "of each chart's numbers, in Arabic (right to left), French or English; also text, markdown,",
      "csv (Excel-ready) or json. Written to --out (report.html, report.md, ... unless given)."
    },
    footerHeading = "%nExamples (the bundled 2020 files; D=examples/src/main/resources/io/hasila/examples/data/2020):%n",
    footer = {
      "  ./hasila report --definition $D/definition-2020.json --activities $D/activities-2020-synthetic.jsonl \\",
      "      --snapshots $D/snapshots-2020.jsonl --year 2020 --published $D/published-2020.json \\",
      "      --compare-with $D/published-2019.json --lang ar --out rapport-2020-ar.html",
      "  ./hasila report --tally $D/published-2020.json --compare-with $D/published-2019.json \\",
      "      --definition $D/definition-2020.json --lang fr --out bilan-2020.html",
      "  ./hasila report --tally $D/published-2020.json --definition $D/definition-2020.json --format markdown --out -",
      "",
      Hasila.EXIT_CODES
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand Hasila hasila;
  @Spec CommandSpec spec;
  @Mixin TallyInputs inputs;
  @Mixin Common common;

  @Option(names = "--tally", paramLabel = "FILE", description = "A tally document (JSON) to report, instead of computing one from --activities.")
  Path tally;

  @Override
  public Integer call() {
    String format = common.format == null ? "html" : common.format;
    Output output = Output.of(hasila, spec, common, "html", Path.of("report." + extension(format)));
    if (tally != null && inputs.computes()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give either --tally or --activities, not both");
    }
    if (tally == null) {
      TallyInputs.Result r = inputs.run(hasila, spec, common);
      output.render(TallyCommand.Contents.of(r));
      return r.violations.isEmpty() && r.differences == 0 && r.rejected == 0 ? Hasila.OK : Hasila.FAILED;
    }
    Inputs in = new Inputs(hasila, common, Inputs.vocabularies(inputs.vocabularies), Optional.empty());
    List<TallyDefinition> known = in.definitions(inputs.definitions);
    Tally t = known.size() == 1 ? in.tally(tally, known.get(0)) : in.tally(tally, known);
    ReportContent.Builder b = ReportContent.builder().tally(t).violations(t.check());
    if (inputs.compareWith != null) {
      Tally earlier = in.tally(inputs.compareWith, known);
      Optional<Mapping> map = Optional.ofNullable(inputs.mapping).map(m -> in.mapping(m, known));
      b.comparison(map.isPresent() ? Comparison.of(earlier, t, map.get()) : Comparison.of(earlier, t));
    }
    output.render(b.build());
    return t.check().isEmpty() ? Hasila.OK : Hasila.FAILED;
  }

  private static String extension(String format) {
    switch (format) {
      case "markdown":
        return "md";
      case "text":
        return "txt";
      default:
        return format;
    }
  }
}
