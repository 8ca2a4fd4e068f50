package io.hasila.cli;

import io.hasila.csv.HasilaCsv;
import io.hasila.io.RecordReader;
import io.hasila.io.RecordStream;
import io.hasila.io.RecordWriter;
import io.hasila.json.HasilaJson;
import io.hasila.model.Vocabularies;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hasila convert}: activities or snapshots from JSON Lines to CSV and back, in constant memory. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Converts an activity log or a snapshots file between JSON Lines (.jsonl) and CSV (.csv), chosen",
      "by extension, one record at a time. CSV is written in the --dialect given (excel-fr: BOM, CRLF,",
      "';' for French- and Arabic-locale Excel; excel: BOM, CRLF, ','; rfc4180: no BOM, LF, ','), and",
      "read in it too (numbers such as 3 683 or 3.683 in excel-fr); without --dialect a CSV input's",
      "numbers are assumed from its delimiter and a CSV output is rfc4180. The output file is replaced",
      "only once it is complete. With --lenient bad records are reported on stderr and left out (exit 1)."
    },
    footerHeading = "%nExamples (the bundled 2020 files; D=examples/src/main/resources/io/hasila/examples/data/2020):%n",
    footer = {
      "  ./hasila convert $D/activities-2020-synthetic.jsonl activities-2020.csv --dialect excel-fr",
      "  ./hasila convert activities-2020.csv activities-2020.jsonl",
      "  ./hasila convert $D/snapshots-2020.csv snapshots-2020.jsonl",
      "  ./hasila convert my-log.csv my-log.jsonl --lenient 2> rejected.txt",
      "",
      Hasila.EXIT_CODES
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand Hasila hasila;
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Parameters(index = "0", paramLabel = "IN", description = "The file to read: .jsonl or .csv.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write: .jsonl or .csv.")
  Path out;

  @Option(names = "--dialect", paramLabel = "DIALECT", description = "excel-fr, excel or rfc4180 (see above).")
  String dialect;

  @Option(names = "--vocabularies", paramLabel = "FILE", description = "Codes the file uses beyond the well-known ones (JSON).")
  Path vocabularies;

  @Override
  public Integer call() {
    Dialect d = dialect == null ? null : Dialect.parse(dialect);
    if (dialect != null && d == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dialect must be excel-fr, excel or rfc4180 but was: " + dialect);
    }
    Vocabularies codes = Inputs.vocabularies(vocabularies);
    Inputs inputs = new Inputs(hasila, common, codes, Optional.ofNullable(d).map(x -> x.numbers));
    Dialect written = d == null ? Dialect.RFC4180 : d;
    HasilaCsv csv = written.writer(HasilaCsv.create().withVocabularies(codes));
    HasilaJson json = HasilaJson.create().withVocabularies(codes);
    long count;
    if (Inputs.kind(in) == Inputs.Kind.SNAPSHOTS) {
      count = copy(inputs, inputs.snapshots(in, codes), p -> Inputs.isCsv(p) ? csv.snapshotWriter(p) : json.snapshotWriter(p));
    } else {
      count = copy(inputs, inputs.activities(in, codes), p -> Inputs.isCsv(p) ? csv.activityWriter(p) : json.activityWriter(p));
    }
    hasila.err.println("wrote " + count + " records to " + out + (inputs.rejected() > 0 ? "; " + inputs.rejected() + " rejected" : ""));
    return inputs.rejected() == 0 ? Hasila.OK : Hasila.FAILED;
  }

  private <T> long copy(Inputs inputs, RecordReader<T> reader, Function<Path, RecordWriter<T>> writer) {
    try (RecordStream<T> records = inputs.open(in, reader);
        RecordWriter<T> w = writer.apply(out)) {
      records.forEachRemaining(w::write);
      w.commit();
      return w.written();
    }
  }
}
