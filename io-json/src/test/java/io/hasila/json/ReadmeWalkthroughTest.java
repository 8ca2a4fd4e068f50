package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.model.Activity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newcomer walkthrough of io-json/README.md, step by step, so that the README stays true. */
final class ReadmeWalkthroughTest {
  @TempDir Path dir;

  @Test
  @DisplayName("write 2020's activities, read them back, see a precise error for a broken line")
  void walkthrough() throws IOException {
    List<Activity> activities2020 = Samples2020.activities();
    Path file = dir.resolve("activities.jsonl");

    // 1. Write
    HasilaJson json = HasilaJson.create().withVocabularies(Samples2020.VOCABULARIES);
    json.writeActivities(file, activities2020);

    // 2. Read back, streaming
    try (JsonLinesReader<Activity> in = json.activityReader().open(file)) {
      assertEquals(activities2020, in.stream().collect(java.util.stream.Collectors.toList()));
    }

    // 3. Break line 3 and read again: strict mode stops there
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    lines.set(2, lines.get(2).replace("\"2020-04-02\"", "\"31/12/2020\""));
    Files.write(file, lines, StandardCharsets.UTF_8);
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> json.activityReader().read(file));
    assertEquals(
        "activities.jsonl line 3, column 47, $.date: expected an ISO date (yyyy-MM-dd) but found \"31/12/2020\"",
        e.getMessage());

    // 4. Lenient mode keeps going and accounts for every line
    ReadResult<Activity> result = json.withMode(ReadMode.LENIENT).activityReader().read(file);
    assertEquals(8, result.read());
    assertEquals(7, result.accepted().size());
    assertEquals(
        "activities.jsonl line 3, $.date: expected an ISO date (yyyy-MM-dd) but found \"31/12/2020\" (column 47)",
        result.rejected().get(0).describe());
  }
}
