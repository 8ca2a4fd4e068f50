package io.hasila.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.testkit.ReadingInvariants;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the CSV readers with Jazzer: every reading invariant on every input, in one of the reader
 * dialects chosen by the input's length (detected, ',' or ';' delimiter; UTF-8 or Windows-1252),
 * so that mutations move an input through all of them. The build replays the committed
 * inputs ({@code CsvFuzzTestInputs/<method>}); the {@code fuzz} profile fuzzes for real (see
 * docs/reliability.md).
 */
final class CsvFuzzTest {
  @TempDir static Path scratch;
  private static List<ReadingInvariants<Activity>> activities;
  private static List<ReadingInvariants<AudienceSnapshot>> snapshots;

  @FuzzTest(maxDuration = "2h")
  void activities(byte[] input) {
    if (activities == null) {
      activities = Fuzzing.activities(scratch);
    }
    activities.get(input.length % activities.size()).check(input);
  }

  @FuzzTest(maxDuration = "2h")
  void snapshots(byte[] input) {
    if (snapshots == null) {
      snapshots = Fuzzing.snapshots(scratch);
    }
    snapshots.get(input.length % snapshots.size()).check(input);
  }
}
