package io.hasila.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.csv.HasilaCsv;
import io.hasila.io.RecordReader;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import io.hasila.testkit.HasilaGenerators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("generated logs tallied on the DirectRunner equal the single-machine tally")
final class GeneratedLogTest {
  private static final int FILES = 4;
  private static final int PER_FILE = 25_000;
  private static final List<Path> JSONL = new ArrayList<>();
  private static final List<Path> CSV = new ArrayList<>();
  private static Path jsonDir;
  private static Path csvDir;

  @BeforeAll
  static void generate() {
    jsonDir = Fixtures.directory("generated-jsonl");
    csvDir = Fixtures.directory("generated-csv");
    Random random = new Random(14);
    HasilaJson json = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);
    HasilaCsv csv = HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES);
    for (int f = 0; f < FILES; f++) {
      List<Activity> activities = HasilaGenerators.activities(HasilaGenerators.VOCABULARIES).list(random, PER_FILE);
      Path j = jsonDir.resolve("activities-" + f + ".jsonl");
      json.writeActivities(j, activities);
      JSONL.add(j);
      if (f < 2) {
        // CSV: fewer records (its texts hold quoted line breaks, so its cuts must be proven)
        Path c = csvDir.resolve("activities-" + f + ".csv");
        csv.writeActivities(c, activities.subList(0, PER_FILE / 5));
        CSV.add(c);
      }
    }
  }

  @Test
  @DisplayName("100,000 activities in four JSON Lines files, split into pieces of 1 MiB and of 8 MiB")
  void jsonLines() {
    List<Activity> all = Fixtures.readAll(HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader(), JSONL);
    assertEquals(FILES * PER_FILE, all.size());
    Tally expected = Tally.compute(Fixtures.definition(), Fixtures.institution(), DateRange.ofYear(2020), all, List.of());
    assertTrue(expected.figures().values().stream().anyMatch(f -> f.value() > 1000), "a tally with large figures: " + expected.figures());
    for (long split : new long[] {1 << 20, 8 << 20}) {
      Tally computed = pipeline(HasilaRead.activities(jsonDir.resolve("*.jsonl").toString(),
          () -> HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader()).withSplitBytes(split));
      assertEquals(expected.figures(), computed.figures(), "pieces of " + split + " bytes");
    }
  }

  @Test
  @DisplayName("activities in two CSV files with quoted line breaks, split into pieces of 64 KiB")
  void csv() throws Exception {
    assertTrue(Files.size(CSV.get(0)) > 10 * 64 * 1024);
    Tally expected = single(HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader(), CSV);
    Tally computed = pipeline(HasilaRead.activities(csvDir.resolve("*.csv").toString(),
        () -> HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader()).withSplitBytes(64 * 1024));
    assertEquals(expected.figures(), computed.figures());
  }

  private static Tally single(RecordReader<Activity> reader, List<Path> files) {
    return Tally.compute(Fixtures.definition(), Fixtures.institution(), DateRange.ofYear(2020), Fixtures.readAll(reader, files), List.of());
  }

  private static Tally pipeline(HasilaRead<Activity> read) {
    Pipeline p = Fixtures.fastPipeline();
    PCollection<Tally> tally =
        p.apply(read).records()
            .apply(HasilaTally.of(Fixtures.definition(), Fixtures.institution(), 2020).withVocabularies(HasilaGenerators.VOCABULARIES));
    Collect<Tally> computed = Collect.of(tally, "Gather");
    p.run().waitUntilFinish();
    assertEquals(1, computed.values().size());
    return computed.values().get(0);
  }
}
