package org.example.modular;

import io.hasila.io.ReadResult;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bundled 2020 activity log and snapshots, tallies them under the 2020 definition and
 * writes the tally as JSON, all from a named module; exits with 1 unless the tally counts 4,202
 * communication activities, passes its checks and reads back equal.
 */
public final class Tally2020OnTheModulePath {
  private Tally2020OnTheModulePath() {}

  /** Runs the program: {@code DATA_DIR OUTPUT.json}. */
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    Path output = Path.of(args[1]);
    check(Tally2020OnTheModulePath.class.getModule().isNamed(), "this class is in a named module", Tally2020OnTheModulePath.class.getModule());
    check("io.hasila.json".equals(HasilaJson.class.getModule().getName()), "Hasila's JSON module on the module path", HasilaJson.class.getModule());

    HasilaJson json = HasilaJson.create();
    TallyDefinition definition = json.readTallyDefinition(data.resolve("definition-2020.json"));
    Tally published = json.readTally(data.resolve("published-2020.json"), definition);
    ReadResult<Activity> activities = json.activityReader().read(data.resolve("activities-2020-synthetic.jsonl"));
    ReadResult<AudienceSnapshot> snapshots = json.snapshotReader().read(data.resolve("snapshots-2020.jsonl"));
    Tally computed = Tally.compute(definition, published.institution(), DateRange.ofYear(2020),
        activities.accepted().stream(), snapshots.accepted().stream());
    json.writeTally(output, computed);
    Tally back = json.readTally(output, definition);

    OptionalLong communication = computed.value("communication");
    check(communication.equals(OptionalLong.of(4_202)), "4,202 communication activities", communication);
    check(computed.check().isEmpty(), "the computed tally's checks", computed.check());
    check(back.equals(computed), "the tally read back from " + output, back);
    List<JacksonModule> modules = JsonMapper.builder().findAndAddModules().build().registeredModules()
        .stream().filter(m -> m.getClass().getModule() == HasilaJson.class.getModule()).toList();
    check(modules.size() == 1, "Hasila's Jackson module found on the module path", modules);
    System.out.println("module-path consumer: " + activities.read() + " records read, "
        + communication.getAsLong() + " communication activities, tally written to " + output.getFileName());
  }

  private static void check(boolean ok, String what, Object found) {
    if (!ok) {
      System.err.println("module-path consumer: " + what + " failed; found " + found);
      System.exit(1);
    }
  }
}
