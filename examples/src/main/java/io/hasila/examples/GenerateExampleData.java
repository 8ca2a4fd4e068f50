package io.hasila.examples;

import io.hasila.csv.CsvDialect;
import io.hasila.csv.HasilaCsv;
import io.hasila.json.HasilaJson;
import io.hasila.model.Dataset;
import io.hasila.model.OrgUnit;
import io.hasila.tally.ReferenceDefinitions;
import io.hasila.tally.Selector;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bundled 2020 example files: the synthetic activity log and the snapshots from
 * {@link SyntheticLog2020}, as JSON Lines and as Excel-friendly CSV, and the 2020 tally definition
 * and the published 2020 and 2019 figures as JSON; the same seed gives byte-identical files.
 *
 * <p>Run with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.hasila.examples.GenerateExampleData -Dexec.args="DIR [SEED]"}; the committed
 * files live in {@code examples/src/main/resources/io/hasila/examples/data/2020}.
 */
public final class GenerateExampleData {
  private GenerateExampleData() {}

  /** Writes the files into the directory given as first argument, with an optional seed. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: GenerateExampleData DIR [SEED]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    long seed = args.length == 2 ? Long.parseLong(args[1]) : SyntheticLog2020.DEFAULT_SEED;
    for (Path p : write(dir, seed)) {
      System.out.println("wrote " + p + " (" + Files.size(p) + " bytes)");
    }
  }

  /** Writes every example file of the seed's log into {@code dir} and returns their paths. */
  static java.util.List<Path> write(Path dir, long seed) throws IOException {
    Files.createDirectories(dir);
    Dataset log = SyntheticLog2020.generate(seed);
    HasilaJson json = HasilaJson.create();
    Path activities = dir.resolve("activities-2020-synthetic.jsonl");
    Path snapshots = dir.resolve("snapshots-2020.jsonl");
    Path activitiesCsv = dir.resolve("activities-2020-synthetic.csv");
    Path snapshotsCsv = dir.resolve("snapshots-2020.csv");
    json.writeActivities(activities, log.activities());
    json.writeSnapshots(snapshots, log.snapshots());
    HasilaCsv.activityWriter().dialect(CsvDialect.EXCEL).write(activitiesCsv, log.activities());
    HasilaCsv.snapshotWriter().dialect(CsvDialect.EXCEL).write(snapshotsCsv, log.snapshots());
    Path definition = dir.resolve("definition-2020.json");
    Path published2020 = dir.resolve("published-2020.json");
    Path published2019 = dir.resolve("published-2019.json");
    TallyDefinition def = definition2020();
    json.writeTallyDefinition(definition, def);
    json.writeTallyWithDefinitionRef(published2020, withDefinition(ReferenceDefinitions.published2020(), def));
    json.writeTallyWithDefinitionRef(published2019, withDefinition(ReferenceDefinitions.published2019(), def));
    return java.util.List.of(activities, snapshots, activitiesCsv, snapshotsCsv, definition, published2020, published2019);
  }

  /**
   * The 2020 definition of the example: the reference definition with the communication
   * activities limited to the security-media services, as the source counts them.
   */
  static TallyDefinition definition2020() {
    return ReferenceDefinitions.police2020(
        Selector.unit(SyntheticLog2020.MEDIA_SERVICES.stream().map(OrgUnit::id).toArray(String[]::new)));
  }

  private static Tally withDefinition(Tally tally, TallyDefinition definition) {
    return Tally.builder().from(tally).definition(definition).build();
  }
}
