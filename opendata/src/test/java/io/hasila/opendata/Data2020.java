package io.hasila.opendata;

import io.hasila.json.HasilaJson;
import io.hasila.model.Dataset;
import io.hasila.model.Institution;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.nio.file.Path;
import java.time.ZoneId;

/** The bundled 2020 example data of the examples module, read in place with io-json. */
final class Data2020 {
  static final Path DIR = Path.of("..", "examples", "src", "main", "resources", "io", "hasila", "examples", "data", "2020");

  static final Institution INSTITUTION =
      Institution.of(
          "dgsn", "المديرية العامة للأمن الوطني — Direction générale de la sûreté nationale", ZoneId.of("Africa/Casablanca"));

  private static Dataset log;

  private Data2020() {}

  /** The synthetic 2020 log: its activities and snapshots. */
  static synchronized Dataset log() {
    if (log == null) {
      HasilaJson json = HasilaJson.create();
      log =
          Dataset.builder()
              .institution(INSTITUTION)
              .addAllActivities(json.activityReader().read(DIR.resolve("activities-2020-synthetic.jsonl")).accepted())
              .addAllSnapshots(json.snapshotReader().read(DIR.resolve("snapshots-2020.jsonl")).accepted())
              .build();
    }
    return log;
  }

  /** The published 2020 tally. */
  static Tally published() {
    HasilaJson json = HasilaJson.create();
    TallyDefinition d = json.readTallyDefinition(DIR.resolve("definition-2020.json"));
    return json.readTally(DIR.resolve("published-2020.json"), d);
  }
}
