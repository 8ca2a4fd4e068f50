package io.hasila.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the readers of tally definition and tally documents with Jazzer: only the library's
 * exception, with a position, the same whatever the chunks, in time. The build replays the
 * committed inputs; the {@code fuzz} profile fuzzes for real (see docs/reliability.md).
 */
final class DocumentsFuzzTest {
  private static final HasilaJson JSON = HasilaJson.create();

  @FuzzTest(maxDuration = "2h")
  void definition(byte[] input) {
    Fuzzing.document(input, in -> JSON.readTallyDefinition(in, "fuzz input"));
  }

  @FuzzTest(maxDuration = "2h")
  void tally(byte[] input) {
    Fuzzing.document(input, in -> JSON.readTally(in, "fuzz input"));
  }
}
