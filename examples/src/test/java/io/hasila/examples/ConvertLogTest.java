package io.hasila.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the conversion example")
final class ConvertLogTest {
  private static Path copy(String resource, Path dir) throws IOException {
    Path p = dir.resolve(resource);
    try (InputStream in = Tally2020.resource(resource)) {
      Files.copy(in, p);
    }
    return p;
  }

  private static String run(List<String> args, int expectedStatus) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = ConvertLog.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(expectedStatus, status, text);
    return text;
  }

  @Test
  @DisplayName("CSV to JSON Lines and back keeps every activity")
  void roundTrip(@TempDir Path dir) throws IOException {
    Path csv = copy("activities-2020-synthetic.csv", dir);
    Path jsonl = dir.resolve("out.jsonl");
    String summary = run(List.of(csv.toString(), jsonl.toString()), 0);
    assertTrue(summary.contains("9654 read, 9654 written, 0 rejected"), summary);
    List<Activity> expected;
    try (InputStream in = Tally2020.resource("activities-2020-synthetic.jsonl")) {
      expected = HasilaJson.create().activityReader().read(in, "bundled").accepted();
    }
    assertEquals(expected, HasilaJson.create().activityReader().read(jsonl).accepted());
    Path back = dir.resolve("back.csv");
    run(List.of(jsonl.toString(), back.toString(), "--excel"), 0);
    assertEquals(Files.readString(csv), Files.readString(back));
  }

  @Test
  @DisplayName("a broken record is rejected with its line and reason, and read = written + rejected")
  void reportsRejections(@TempDir Path dir) throws IOException {
    Path jsonl = copy("activities-2020-synthetic.jsonl", dir);
    List<String> lines = new ArrayList<>(Files.readAllLines(jsonl));
    lines.set(41, lines.get(41).replaceFirst("\"date\":\"2020-(\\d\\d)-(\\d\\d)\"", "\"date\":\"$2/$1/2020\""));
    Files.write(jsonl, lines);
    Path csv = dir.resolve("out.csv");
    String summary = run(List.of(jsonl.toString(), csv.toString()), 1);
    assertTrue(summary.contains("9654 read, 9653 written, 1 rejected"), summary);
    assertTrue(summary.contains("line 42"), summary);
    assertTrue(summary.contains("expected an ISO date"), summary);
  }

  @Test
  @DisplayName("in strict mode the first bad record stops the conversion and no output file appears")
  void strictStops(@TempDir Path dir) throws IOException {
    Path jsonl = copy("activities-2020-synthetic.jsonl", dir);
    Files.writeString(jsonl, "{\"type\":\"tweet\"}\n", java.nio.file.StandardOpenOption.APPEND);
    Path csv = dir.resolve("out.csv");
    try {
      run(List.of(jsonl.toString(), csv.toString(), "--strict"), 2);
    } catch (RuntimeException e) {
      assertTrue(e.getMessage().contains("line 9655"), e.getMessage());
    }
    assertFalse(Files.exists(csv));
  }
}
