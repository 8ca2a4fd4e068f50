package io.hasila.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.csv.HasilaCsv;
import io.hasila.io.HasilaFormatException;
import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.testkit.HasilaGenerators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("damaged files read on the DirectRunner reject what the single-machine lenient read rejects")
final class RejectionsTest {
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  @Test
  @DisplayName("JSON Lines: the same rejections, at the same lines and records; strict mode fails with the first one")
  void jsonLines() throws IOException {
    Path dir = Fixtures.directory("damaged-jsonl");
    List<Path> files = damaged(dir, ".jsonl", (f, list) -> HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES).writeActivities(f, list));
    HasilaRead.ReaderRecipe<Activity> lenient =
        () -> HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES).withMode(ReadMode.LENIENT).activityReader();
    HasilaRead.ReaderRecipe<Activity> strict = () -> HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader();
    check(dir.resolve("*.jsonl").toString(), files, lenient, strict);
  }

  @Test
  @DisplayName("CSV: the same rejections, at the same lines and records; strict mode fails with the first one")
  void csv() throws IOException {
    Path dir = Fixtures.directory("damaged-csv");
    List<Path> files = damaged(dir, ".csv", (f, list) -> HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES).writeActivities(f, list));
    HasilaRead.ReaderRecipe<Activity> lenient =
        () -> HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES).withMode(ReadMode.LENIENT).activityReader();
    HasilaRead.ReaderRecipe<Activity> strict = () -> HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader();
    check(dir.resolve("*.csv").toString(), files, lenient, strict);
  }

  private static void check(String pattern, List<Path> files, HasilaRead.ReaderRecipe<Activity> lenient, HasilaRead.ReaderRecipe<Activity> strict) {
    List<Rejection> expected = new ArrayList<>();
    long accepted = 0;
    for (Path f : files) {
      var result = lenient.reader().read(f);
      expected.addAll(result.rejected());
      accepted += result.accepted().size();
    }
    assertTrue(expected.size() > 20, "damaged records: " + expected.size());

    Pipeline p = Fixtures.pipeline();
    HasilaRead.Output<Activity> read = p.apply(HasilaRead.activities(pattern, lenient).withSplitBytes(32 * 1024));
    Collect<Rejection> rejections = Collect.of(read.rejections(), "GatherRejections");
    Collect<Activity> records = Collect.of(read.records(), "GatherRecords");
    p.run().waitUntilFinish();
    assertEquals(sorted(expected), sorted(rejections.values()));
    assertEquals(accepted, records.values().size());

    HasilaFormatException first = assertThrows(HasilaFormatException.class, () -> strict.reader().read(files.get(0)));
    Pipeline q = Fixtures.pipeline();
    q.apply(HasilaRead.activities(files.get(0).toString(), strict).withSplitBytes(32 * 1024));
    Exception failed = assertThrows(Exception.class, () -> q.run().waitUntilFinish());
    assertTrue(String.valueOf(failed.getMessage()).contains(first.getMessage()), failed.getMessage() + " / " + first.getMessage());
  }

  /** Two files of generated activities, every 53rd date made impossible (month 13). */
  private static List<Path> damaged(Path dir, String extension, Writer writer) throws IOException {
    Random random = new Random(53);
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < 2; f++) {
      Path file = dir.resolve("activities-" + f + extension);
      writer.write(file, HasilaGenerators.activities(HasilaGenerators.VOCABULARIES).list(random, 2_000));
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = DATE.matcher(text);
      StringBuilder out = new StringBuilder();
      int n = 0;
      while (m.find()) {
        m.appendReplacement(out, ++n % 53 == 0 ? "$1-13-$3" : "$0");
      }
      m.appendTail(out);
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  private static List<String> sorted(List<Rejection> rejections) {
    List<String> out = new ArrayList<>();
    rejections.stream()
        .sorted(Comparator.comparing(Rejection::source).thenComparingLong(Rejection::record))
        .forEach(r -> out.add(r.source() + " line " + r.line() + " record " + r.record() + " " + r.field() + ": " + r.reason() + " | " + r.raw()));
    return out;
  }

  @FunctionalInterface
  private interface Writer {
    void write(Path file, List<Activity> activities);
  }
}
