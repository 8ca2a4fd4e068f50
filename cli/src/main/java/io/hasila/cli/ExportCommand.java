package io.hasila.cli;

import io.hasila.csv.HasilaCsv;
import io.hasila.io.RecordStream;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Dataset;
import io.hasila.model.Institution;
import io.hasila.model.Vocabularies;
import io.hasila.opendata.ActivityStreams;
import io.hasila.opendata.ClaimReviews;
import io.hasila.opendata.DataPackages;
import io.hasila.opendata.ExportSummary;
import io.hasila.tally.Tally;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hasila export}: an activity log as open data (Activity Streams, ClaimReview, Data Package). */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Writes an activity log as open data, with the hasila-opendata module:",
      "  activity-streams  one Activity Streams 2.0 JSON-LD collection (an AS2, a schema.org and a Hasila",
      "                    type per activity, the contexts inlined), streamed: --out FILE.jsonld",
      "  claim-review      one schema.org ClaimReview per rebuttal that has a claim, a verdict and a url",
      "                    (the others are listed on stderr, exit 1): --out FILE.jsonld",
      "  data-package      a Frictionless Data Package: the activities, the snapshots and the tally as CSV",
      "                    with datapackage.json (Table Schemas): --out DIRECTORY",
      "The institution (the reviews' author, the package's title) is the tally's (--tally), or --institution.",
      "Every file is replaced only once complete; the descriptor is written last."
    },
    footerHeading = "%nExamples (the bundled 2020 files; D=examples/src/main/resources/io/hasila/examples/data/2020):%n",
    footer = {
      "  ./hasila export --to activity-streams --activities $D/activities-2020-synthetic.jsonl \\",
      "      --base https://data.example.org/dgsn/2020/ --out activities-2020.jsonld",
      "  ./hasila export --to claim-review --activities $D/activities-2020-synthetic.jsonl \\",
      "      --tally $D/published-2020.json --definition $D/definition-2020.json --out claim-reviews-2020.jsonld",
      "  ./hasila export --to data-package --activities $D/activities-2020-synthetic.jsonl --snapshots $D/snapshots-2020.jsonl \\",
      "      --tally $D/published-2020.json --definition $D/definition-2020.json --dialect excel-fr --out open-data-2020",
      "",
      Hasila.EXIT_CODES
    })
final class ExportCommand implements Callable<Integer> {
  private static final List<String> TARGETS = List.of("activity-streams", "claim-review", "data-package");

  @ParentCommand Hasila hasila;
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Option(names = "--to", required = true, paramLabel = "EXPORT", description = "activity-streams, claim-review or data-package.")
  String to;

  @Option(names = "--activities", required = true, paramLabel = "FILE", description = "The activity log: JSON Lines (.jsonl) or CSV (.csv).")
  Path activities;

  @Option(names = "--snapshots", paramLabel = "FILE", description = "The audience snapshots, for a data package (.jsonl or .csv).")
  Path snapshots;

  @Option(names = "--tally", paramLabel = "FILE", description = "A tally document (JSON): its institution, and its CSV in a data package.")
  Path tally;

  @Option(names = "--definition", paramLabel = "FILE", description = "The definition the tally names by id (JSON).")
  List<Path> definitions = new ArrayList<>();

  @Option(names = "--institution", paramLabel = "NAME", description = "The institution's name, without --tally.")
  String institution;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Africa/Casablanca", description = "The institution's time zone with --institution (default: ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = "--base", paramLabel = "URI", description = "activity-streams: the base of the activities' IRIs (default: urn:hasila:).")
  String base;

  @Option(names = "--institution-url", paramLabel = "URI", description = "claim-review: the institution's web site, the author's url.")
  String institutionUrl;

  @Option(names = "--dialect", paramLabel = "DIALECT", description = "data-package and CSV input: excel-fr, excel or rfc4180 (default for the package: rfc4180).")
  String dialect;

  @Option(names = "--vocabularies", paramLabel = "FILE", description = "Codes the files use beyond the well-known ones (JSON).")
  Path vocabularies;

  @Override
  public Integer call() {
    if (!TARGETS.contains(to)) {
      throw usage("--to must be activity-streams, claim-review or data-package but was: " + to);
    }
    if (common.out == null || common.out.toString().equals("-")) {
      throw usage("--out is required: the " + (to.equals("data-package") ? "directory" : "file") + " to write");
    }
    if (common.format != null) {
      throw usage("--format is not an option of export: --to says what is written");
    }
    Dialect d = dialect == null ? null : Dialect.parse(dialect);
    if (dialect != null && d == null) {
      throw usage("--dialect must be excel-fr, excel or rfc4180 but was: " + dialect);
    }
    URI baseUri = base == null ? null : uri("--base", base);
    URI siteUri = institutionUrl == null ? null : uri("--institution-url", institutionUrl);
    Vocabularies codes = Inputs.vocabularies(vocabularies);
    Inputs inputs = new Inputs(hasila, common, codes, Optional.ofNullable(d).map(x -> x.numbers));
    Optional<Tally> t = tally == null ? Optional.empty() : Optional.of(inputs.tally(tally, inputs.definitions(definitions)));
    Path out = common.out;
    boolean complete;
    switch (to) {
      case "activity-streams" -> {
        ActivityStreams as = baseUri == null ? ActivityStreams.create() : ActivityStreams.create().withBase(baseUri);
        long written;
        try (RecordStream<Activity> in = inputs.open(activities, inputs.activities(activities, codes))) {
          written = as.write(out, () -> in);
        }
        hasila.err.println("wrote " + written + " activities to " + out);
        complete = true;
      }
      case "claim-review" -> {
        ClaimReviews reviews = ClaimReviews.of(institution(t));
        if (siteUri != null) {
          reviews = reviews.withInstitutionUrl(siteUri);
        }
        ExportSummary summary;
        try (RecordStream<Activity> in = inputs.open(activities, inputs.activities(activities, codes))) {
          summary = reviews.write(out, () -> in);
        }
        summary.skipped().forEach(s -> hasila.err.println(Hasila.oneLine(s)));
        hasila.err.println(
            "wrote " + summary.written() + " claim reviews to " + out + (summary.skipped().isEmpty() ? "" : "; " + summary.skipped().size() + " rebuttals left out"));
        complete = summary.skipped().isEmpty();
      }
      default -> {
        List<Activity> all = inputs.readAll(activities, inputs.activities(activities, codes));
        List<AudienceSnapshot> snaps = snapshots == null ? List.of() : inputs.readAll(snapshots, inputs.snapshots(snapshots, codes));
        Dataset dataset = Dataset.builder().institution(institution(t)).addAllActivities(all).addAllSnapshots(snaps).build();
        HasilaCsv csv = (d == null ? Dialect.RFC4180 : d).writer(HasilaCsv.create().withVocabularies(codes));
        Path descriptor = DataPackages.create().withCsv(csv).write(out, dataset, t.stream().toArray(Tally[]::new));
        hasila.err.println("wrote " + all.size() + " activities, " + snaps.size() + " snapshots" + (t.isPresent() ? ", the tally" : "") + " and " + descriptor);
        complete = true;
      }
    }
    return complete && inputs.rejected() == 0 ? Hasila.OK : Hasila.FAILED;
  }

  /** The institution: the tally's, or the one named by --institution. */
  private Institution institution(Optional<Tally> t) {
    if (t.isPresent()) {
      return t.get().institution();
    }
    if (institution == null || institution.isBlank()) {
      throw usage(to + " needs the institution: give --tally or --institution");
    }
    ZoneId z;
    try {
      z = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw usage("--zone must be a time zone such as Africa/Casablanca but was: " + zone);
    }
    String id = institution.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return Institution.of(id.isEmpty() ? "institution" : id, institution, z);
  }

  private URI uri(String option, String value) {
    try {
      URI u = new URI(value);
      if (u.isAbsolute()) {
        return u;
      }
    } catch (URISyntaxException e) {
      // said below
    }
    throw usage(option + " must be an absolute URI such as https://data.example.org/ but was: " + value);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
