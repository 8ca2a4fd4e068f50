package io.hasila.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hasila.model.Activity;
import io.hasila.testkit.ReadingInvariants;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the JSON Lines reader with Jazzer: every reading invariant on every input. The build
 * replays the committed inputs ({@code JsonLinesFuzzTestInputs/activities}); the {@code fuzz}
 * profile fuzzes for real (see docs/reliability.md).
 */
final class JsonLinesFuzzTest {
  @TempDir static Path scratch;
  private static ReadingInvariants<Activity> invariants;

  @FuzzTest(maxDuration = "2h")
  void activities(byte[] input) {
    if (invariants == null) {
      invariants = Fuzzing.jsonLines(scratch);
    }
    invariants.check(input);
  }
}
