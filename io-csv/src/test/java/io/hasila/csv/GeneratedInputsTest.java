package io.hasila.csv;

import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.testkit.GeneratedInputs;
import io.hasila.testkit.ReadingInvariants;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz targets on inputs generated from the committed corpus by seeded mutations (not
 * coverage-guided: that is Jazzer's part, in the {@code fuzz} profile): three fixed seeds and one
 * random seed, printed, which {@code -Dhasila.fuzz.seed=N} replays. A failure names the seed, the
 * input's number and its bytes in Base64.
 */
@DisplayName("generated inputs: the fuzz targets on mutations of the committed corpus")
final class GeneratedInputsTest {
  /** The time box of one format's run: far above what it takes, so only a runaway trips it. */
  private static final Duration BOX = Duration.parse(System.getProperty("hasila.fuzz.box", "PT3M"));

  @TempDir Path dir;

  /** A directory of its own for one target's scratch file. */
  private Path scratch() {
    try {
      return java.nio.file.Files.createTempDirectory(dir, "target");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("the activity reader keeps every reading invariant on 20,000 generated inputs, in every dialect")
  void activities() {
    run(
        "CSV activities",
        Fuzzing.seeds(CsvFuzzTest.class, "activities"),
        20_000,
        2_048,
        () -> {
          List<ReadingInvariants<Activity>> targets = Fuzzing.activities(scratch());
          return input -> targets.get(input.length % targets.size()).check(input);
        });
  }

  @Test
  @DisplayName("the snapshot reader keeps every reading invariant on 4,000 generated inputs, in every dialect")
  void snapshots() {
    run(
        "CSV snapshots",
        Fuzzing.seeds(CsvFuzzTest.class, "snapshots"),
        4_000,
        2_048,
        () -> {
          List<ReadingInvariants<AudienceSnapshot>> targets = Fuzzing.snapshots(scratch());
          return input -> targets.get(input.length % targets.size()).check(input);
        });
  }

  @Test
  @DisplayName("4,000 generated activities with arbitrary texts are written in every dialect and read back unchanged, or refused in the library's words")
  void roundTrip() {
    run(
        "CSV round trip",
        Fuzzing.seeds(CsvRoundTripFuzzTest.class, "roundTrip"),
        4_000,
        512,
        () -> input -> {
          Random r = new Random(java.util.Arrays.hashCode(input));
          Fuzzing.roundTrip(r.nextLong(), () -> r.nextInt(4) == 0 ? null : Texts.of(r, input));
        });
  }

  /** Runs {@code count} inputs mutated from {@code seeds} through the targets {@code targets} makes, and prints what ran. */
  static void run(String what, List<byte[]> seeds, int count, int maxLength, Supplier<Consumer<byte[]>> targets) {
    System.out.println(GeneratedInputs.run(what, seeds, count, maxLength, BOX, targets));
  }

  /** Arbitrary text for the round trip: characters of any kind, lone surrogates now and then. */
  static final class Texts {
    private Texts() {}

    static String of(Random r, byte[] input) {
      StringBuilder sb = new StringBuilder();
      for (int n = r.nextInt(12); n > 0; n--) {
        switch (r.nextInt(6)) {
          case 0:
            sb.append((char) (0xD800 + r.nextInt(0x800)));
            break;
          case 1:
            String special = "=+-@\t\r\n,;'\"|\\:";
            sb.append(special.charAt(r.nextInt(special.length())));
            break;
          case 2:
            sb.append(input.length == 0 ? 'x' : (char) (input[r.nextInt(input.length)] & 0xFF));
            break;
          default:
            sb.appendCodePoint(r.nextInt(4) == 0 ? 0x10000 + r.nextInt(0x1000) : 0x20 + r.nextInt(0x700));
        }
      }
      return sb.toString();
    }
  }
}
