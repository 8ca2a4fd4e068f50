package io.hasila.cli;

import io.hasila.press.ImportReport;
import io.hasila.press.PressImport;
import io.hasila.report.ImportReports;
import io.hasila.report.ReportFormat;
import io.hasila.tally.DateRange;
import io.hasila.tally.Source;
import io.hasila.tally.TallyDefinition;
import io.hasila.tally.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** {@code hasila import-press}: the figures of a press text read into a draft published tally, each with its evidence. */
@Command(
    name = "import-press",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Reads the numbers of an Arabic or French press text (grouped, glued and Arabic-Indic digits, number",
      "words) and matches them to the categories of the definition by their labels and synonyms: a draft",
      "published tally whose every figure carries its evidence (the sentence, the number's place in the",
      "text, the label or synonym matched, a confidence). Figures below --threshold are left for review,",
      "never put in the draft. Prints the import report (text, markdown or html) in --lang; writes the",
      "draft, io-json's tally document, to --out, or to standard output with --format json (the report",
      "then goes to stderr as text). Exits with 1 if a figure is left for review, none was read, or the",
      "draft breaks a rule of its definition; check and compare the draft like any published tally."
    },
    footerHeading = "%nExamples (D=examples/src/main/resources/io/hasila/examples/data/2020; press-2020-fr.txt restates the 2020 tally):%n",
    footer = {
      "  ./hasila import-press --definition $D/definition-2020.json --out draft-2020.json $D/press-2020-fr.txt",
      "  ./hasila import-press --definition $D/definition-2020.json $D/press-2020-fr.txt --lang fr --format markdown",
      "  ./hasila import-press --definition $D/definition-2020.json --year 2020 --threshold 0.7 --format json \\",
      "      $D/press-2020-fr.txt > draft-2020.json",
      "  ./hasila compare $D/published-2020.json draft-2020.json --definition $D/definition-2020.json",
      "",
      "The first prints (abridged; every figure has its line and its sentence):",
      "  Draft tally 2020 imported from a press text — dgsn",
      "  Period: 2020-01-01 to 2020-12-31",
      "  Threshold: a confidence of at least 0.50",
      "  17 figures kept in the draft",
      "    civil associations met     11,025  0.85  “11 025” at [227, 233), matched “associations civiles”",
      "        in: L'année 2020 a été marquée par un dialogue soutenu avec la société civile : ...",
      "  Nothing left for review",
      "  5 numbers matching no category",
      "  Checks: The figures keep every rule of the definition.",
      "",
      Hasila.EXIT_CODES
    })
final class ImportPressCommand implements Callable<Integer> {
  @ParentCommand Hasila hasila;
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "PRESS.txt", description = "The press text (UTF-8).")
  Path press;

  @Option(names = "--definition", required = true, paramLabel = "FILE", description = "The tally definition whose categories the figures are matched to (JSON).")
  Path definition;

  @Option(names = "--year", paramLabel = "YEAR", description = "The year of the draft (default: the year the text names most often).")
  Integer year;

  @Option(names = "--threshold", paramLabel = "T", description = "The confidence, from 0 to 1, a figure needs to be kept in the draft (default: 0.5).")
  Double threshold;

  @Option(names = "--vocabularies", paramLabel = "FILE", description = "Codes the definition uses beyond the well-known ones (JSON).")
  Path vocabularies;

  @Override
  public Integer call() {
    Output output = Output.of(hasila, spec, common, "text", null);
    if (output.format() == ReportFormat.CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text, markdown, json or html for import-press but was: csv");
    }
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be a number from 0 to 1 but was: " + threshold);
    }
    Inputs inputs = new Inputs(hasila, common, Inputs.vocabularies(vocabularies), Optional.empty());
    TallyDefinition d = inputs.definitions(List.of(definition)).get(0);
    String name = InputException.name(press);
    PressImport importer = PressImport.of(d).source(Source.builder().title(name).build());
    if (year != null) {
      importer = importer.period(DateRange.ofYear(year));
    }
    if (threshold != null) {
      importer = importer.threshold(threshold);
    }
    String text = read(press);
    ImportReport report;
    try {
      report = importer.read(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(name, "a year named in the text, or --year", "no year");
    }
    if (output.file() != null) {
      ImportReports.render(report, ReportFormat.JSON, output.locale(), output.file());
      hasila.err.println("wrote " + output.file());
    }
    try {
      if (output.format() == ReportFormat.JSON) {
        if (output.file() == null) {
          ImportReports.render(report, ReportFormat.JSON, output.locale(), hasila.out);
        }
        ImportReports.render(report, ReportFormat.TEXT, output.locale(), hasila.err);
      } else {
        ImportReports.render(report, output.format(), output.locale(), hasila.out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Violation> violations = report.draft().check();
    hasila.err.println(
        name + ": " + report.figures().size() + " figures kept, " + report.forReview().size() + " for review, "
            + report.unmatched().size() + " other numbers; the draft " + (violations.isEmpty() ? "keeps every rule" : "breaks " + violations.size() + " rules"));
    boolean clean = !report.figures().isEmpty() && report.forReview().isEmpty() && violations.isEmpty();
    return clean ? Hasila.OK : Hasila.FAILED;
  }

  /** The text of {@code file}, UTF-8 (a byte order mark left out); anything else is an input error naming the file. */
  static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(Inputs.existing(file));
      String text =
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputException(InputException.name(file), "a UTF-8 text", "bytes that are not UTF-8");
    } catch (IOException e) {
      throw InputException.of(file, "a readable press text", e);
    }
  }
}
