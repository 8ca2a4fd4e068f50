package io.hasila.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hasila.csv.HasilaCsv;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the bundled 2020 log tallied on the DirectRunner")
final class BeamTally2020Test {

  @Test
  @DisplayName("from JSON Lines, the pipeline's tally document is the single-machine one, byte for byte, with 4,202 communication activities")
  void jsonLines() throws IOException {
    Path out = Fixtures.directory("tally-2020-json").resolve("tally-2020.json");
    Pipeline p = Fixtures.pipeline();
    PCollection<Activity> activities =
        p.apply("Activities", HasilaRead.activities(Fixtures.DATA.resolve("activities-2020-synthetic.jsonl").toString(), () -> HasilaJson.create().activityReader())
            .withSplitBytes(512 * 1024)).records();
    PCollection<AudienceSnapshot> snapshots =
        p.apply("Snapshots", HasilaRead.snapshots(Fixtures.DATA.resolve("snapshots-2020.jsonl").toString(), () -> HasilaJson.create().snapshotReader())).records();
    PCollection<Tally> tally =
        activities.apply(HasilaTally.of(Fixtures.definition(), Fixtures.institution(), 2020).withSnapshots(snapshots));
    tally.apply(HasilaTally.writeJson(out.toString()));
    Tally expected = single(HasilaJson.create().activityReader().read(Fixtures.DATA.resolve("activities-2020-synthetic.jsonl")).accepted(),
        HasilaJson.create().snapshotReader().read(Fixtures.DATA.resolve("snapshots-2020.jsonl")).accepted());
    Collect<Tally> computed = Collect.of(tally, "Gather");
    p.run().waitUntilFinish();

    assertEquals(List.of(expected), computed.values());

    assertEquals(HasilaJson.create().toJson(expected), Files.readString(out, StandardCharsets.UTF_8));
    Tally read = HasilaJson.create().readTally(out, Fixtures.definition());
    assertEquals(4202L, read.value("communication").orElseThrow());
    assertEquals(expected.check(), read.check());
  }

  @Test
  @DisplayName("from CSV split into small pieces, the pipeline's tally equals the single-machine one figure for figure")
  void csv() {
    Pipeline p = Fixtures.pipeline();
    PCollection<Activity> activities =
        p.apply("Activities", HasilaRead.activities(Fixtures.DATA.resolve("activities-2020-synthetic.csv").toString(), () -> HasilaCsv.create().activityReader())
            .withSplitBytes(256 * 1024)).records();
    PCollection<AudienceSnapshot> snapshots =
        p.apply("Snapshots", HasilaRead.snapshots(Fixtures.DATA.resolve("snapshots-2020.csv").toString(), () -> HasilaCsv.create().snapshotReader())).records();
    PCollection<Tally> tally =
        activities.apply(HasilaTally.of(Fixtures.definition(), Fixtures.institution(), 2020).withSnapshots(snapshots));
    Tally expected = single(HasilaCsv.create().activityReader().read(Fixtures.DATA.resolve("activities-2020-synthetic.csv")).accepted(),
        HasilaCsv.create().snapshotReader().read(Fixtures.DATA.resolve("snapshots-2020.csv")).accepted());
    Collect<Tally> computed = Collect.of(tally, "Gather");
    p.run().waitUntilFinish();

    assertEquals(1, computed.values().size());
    assertEquals(expected.figures(), computed.values().get(0).figures());
    assertEquals(4202L, computed.values().get(0).value("communication").orElseThrow());
  }

  private static Tally single(List<Activity> activities, List<AudienceSnapshot> snapshots) {
    return Tally.compute(Fixtures.definition(), Fixtures.institution(), DateRange.ofYear(2020), activities, snapshots);
  }
}
