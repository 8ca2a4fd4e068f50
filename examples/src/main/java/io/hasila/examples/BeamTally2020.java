package io.hasila.examples;

import io.hasila.beam.HasilaRead;
import io.hasila.beam.HasilaTally;
import io.hasila.csv.HasilaCsv;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.values.PCollection;

/**
 * The 2020 tally computed by an Apache Beam pipeline: reads the bundled activity log (JSON Lines,
 * or CSV with {@code --csv}) and snapshots, tallies them under the bundled 2020 definition on the
 * DirectRunner, writes the tally document, then reads it back, checks it and prints the table as
 * {@link Tally2020} does (4,202 communication activities).
 *
 * <p>Run with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.hasila.examples.BeamTally2020}. Options in {@code -Dexec.args="..."}: {@code
 * --csv}, {@code --splitBytes=N} (the pieces files are read in), {@code --out=FILE} (the tally
 * document, target/beam-tally-2020.json unless set), and any Beam pipeline option such as {@code
 * --runner=...} with that runner on the class path (see beam/README.md).
 */
public final class BeamTally2020 {
  private BeamTally2020() {}

  /** Runs the pipeline; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean csv = false;
    long splitBytes = HasilaRead.DEFAULT_SPLIT_BYTES;
    Path document = Path.of("target", "beam-tally-2020.json");
    List<String> beamArgs = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--csv")) {
        csv = true;
      } else if (a.startsWith("--splitBytes=")) {
        splitBytes = Long.parseLong(a.substring("--splitBytes=".length()));
      } else if (a.startsWith("--out=")) {
        document = Path.of(a.substring("--out=".length()));
      } else {
        beamArgs.add(a);
      }
    }
    Files.createDirectories(document.toAbsolutePath().getParent());
    PipelineOptions options = PipelineOptionsFactory.fromArgs(beamArgs.toArray(new String[0])).withValidation().create();
    HasilaJson json = HasilaJson.create();
    TallyDefinition definition = json.readTallyDefinition(Tally2020.resource("definition-2020.json"), "definition-2020.json");
    Tally published = json.readTally(Tally2020.resource("published-2020.json"), "published-2020.json", definition);
    Tally previous = json.readTally(Tally2020.resource("published-2019.json"), "published-2019.json", definition);
    String extension = csv ? ".csv" : ".jsonl";
    Path activitiesFile = bundled("activities-2020-synthetic" + extension);
    Path snapshotsFile = bundled("snapshots-2020" + extension);

    Pipeline pipeline = Pipeline.create(options);
    HasilaRead<Activity> activities =
        csv
            ? HasilaRead.activities(activitiesFile.toString(), () -> HasilaCsv.create().activityReader())
            : HasilaRead.activities(activitiesFile.toString(), () -> HasilaJson.create().activityReader());
    HasilaRead<AudienceSnapshot> snapshots =
        csv
            ? HasilaRead.snapshots(snapshotsFile.toString(), () -> HasilaCsv.create().snapshotReader())
            : HasilaRead.snapshots(snapshotsFile.toString(), () -> HasilaJson.create().snapshotReader());
    PCollection<AudienceSnapshot> snapshotRecords = pipeline.apply("Snapshots", snapshots).records();
    pipeline
        .apply("Activities", activities.withSplitBytes(splitBytes))
        .records()
        .apply("Tally", HasilaTally.of(definition, published.institution(), 2020).withSnapshots(snapshotRecords))
        .apply("Write", HasilaTally.writeJson(document.toAbsolutePath().toString()));
    pipeline.run().waitUntilFinish();

    Tally computed = json.readTally(document, definition);
    TallyTable table = new TallyTable(Locale.ENGLISH);
    out.println("Tally 2020 computed by a Beam pipeline (" + options.getRunner().getSimpleName() + ") from " + activitiesFile.getFileName() + ", written to " + document);
    out.println();
    table.render(computed, Optional.of(published), Optional.of(previous)).forEach(out::println);
    out.println();
    out.println("Check of the computed tally: " + (computed.check().isEmpty() ? "OK" : computed.check().size() + " violations"));
  }

  /** The bundled file as a path Beam can match: itself when on disk, else a copy in a temporary directory. */
  static Path bundled(String name) throws IOException {
    URL url = BeamTally2020.class.getResource(Tally2020.DATA + name);
    if (url == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException("bundled example data " + Tally2020.DATA + name));
    }
    if ("file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    }
    Path copy = Files.createTempDirectory("hasila-2020").resolve(name);
    try (InputStream in = url.openStream()) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }
}
