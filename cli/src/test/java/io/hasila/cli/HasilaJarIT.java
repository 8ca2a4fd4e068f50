package io.hasila.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar cli/target/hasila.jar}, run as a user runs it, after packaging (failsafe). */
@DisplayName("the runnable jar, run as a process")
final class HasilaJarIT {
  private static final Path JAR = Path.of(System.getProperty("hasila.jar", "target/hasila.jar"));

  @TempDir Path dir;

  /** Runs {@code java -jar hasila.jar args...}, its output piped (not a terminal). */
  private Cli.Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    File out = dir.resolve("out.txt").toFile();
    File err = dir.resolve("err.txt").toFile();
    Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "hasila " + String.join(" ", args) + " did not end");
    return new Cli.Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("--help and --version exit 0, an unknown option 2, a missing file 3 with one line")
  void exitCodes() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "the build makes " + JAR);
    Cli.Run help = java("--help");
    assertEquals(0, help.code, help::toString);
    assertTrue(help.out.startsWith("Usage: hasila"), help.out);
    Cli.Run version = java("--version");
    assertEquals(0, version.code, version::toString);
    assertTrue(version.out.startsWith("hasila 0."), "the version comes from the jar's manifest: " + version.out);
    assertEquals(2, java("--no-such-option").code);
    Cli.Run missing = java("validate", dir.resolve("missing.jsonl").toString());
    assertEquals(3, missing.code, missing::toString);
    assertEquals(1, missing.err.lines().count(), missing::toString);
  }

  @Test
  @DisplayName("tally on the bundled 2020 files prints the French table with 4 202 (U+202F) and +574,0 %, no progress bar into a pipe")
  void tally() throws Exception {
    Cli.Run r = java(Cli.tally2020("--lang", "fr"));
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.contains("4\u202F202"), r.out);
    assertTrue(r.out.matches("(?s).*\\+574,0[\u202F\u00A0 ]%.*"), r.out);
    assertTrue(!r.err.contains("\r"), r.err);
  }

  @Test
  @DisplayName("check of the damaged 2020 tally exits 1")
  void damaged() throws Exception {
    Path damaged = dir.resolve("damaged-published-2020.json");
    Files.copy(HasilaJarIT.class.getResourceAsStream("/damaged-published-2020.json"), damaged);
    Cli.Run r = java("check", damaged.toString(), "--definition", Cli.y2020("definition-2020.json"), "--lang", "ar");
    assertEquals(1, r.code, r::toString);
  }

  @Test
  @DisplayName("import-press of the bundled French press text writes the draft and prints the Arabic report, exit 0")
  void importPress() throws Exception {
    Path draft = dir.resolve("draft-2020.json");
    Cli.Run r = java("import-press", "--definition", Cli.y2020("definition-2020.json"), "--out", draft.toString(), "--lang", "ar", Cli.y2020("press-2020-fr.txt"));
    assertEquals(0, r.code, r::toString);
    assertTrue(Files.readString(draft, StandardCharsets.UTF_8).contains("\"value\": 225191"), r::toString);
    assertTrue(r.out.contains("لا شيء للمراجعة"), r.out);
  }
}
