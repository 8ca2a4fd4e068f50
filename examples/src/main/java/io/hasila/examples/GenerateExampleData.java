package io.hasila.examples;

import io.hasila.csv.CsvDialect;
import io.hasila.csv.HasilaCsv;
import io.hasila.json.HasilaJson;
import io.hasila.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the bundled 2020 example log: the synthetic activities and the snapshots from {@link
 * SyntheticLog2020}, as JSON Lines and as Excel-friendly CSV; the same seed gives byte-identical
 * files. The 2020 definition and the published 2020 and 2019 figures beside them are data files
 * edited by hand, each figure with its source: they are not generated.
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

  /** Writes the example log of the seed into {@code dir} and returns the paths of the files. */
  static List<Path> write(Path dir, long seed) throws IOException {
    Files.createDirectories(dir);
    Dataset log = SyntheticLog2020.generate(seed);
    HasilaJson json = HasilaJson.create();
    HasilaCsv csv = HasilaCsv.create().withDialect(CsvDialect.EXCEL);
    Path activities = dir.resolve("activities-2020-synthetic.jsonl");
    Path snapshots = dir.resolve("snapshots-2020.jsonl");
    Path activitiesCsv = dir.resolve("activities-2020-synthetic.csv");
    Path snapshotsCsv = dir.resolve("snapshots-2020.csv");
    json.writeActivities(activities, log.activities());
    json.writeSnapshots(snapshots, log.snapshots());
    csv.writeActivities(activitiesCsv, log.activities());
    csv.writeSnapshots(snapshotsCsv, log.snapshots());
    return List.of(activities, snapshots, activitiesCsv, snapshotsCsv);
  }
}
