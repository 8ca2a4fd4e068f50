package io.hasila.csv;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.RecordReader;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Property;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.Mutations;
import io.hasila.testkit.ReadingInvariants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fuzz targets of the CSV format, shared by the Jazzer fuzz tests and the build's run of
 * generated inputs: each checks every reading invariant on one input, in every dialect a reader
 * meets (the delimiter detected or given as ',' or ';'; UTF-8 or Windows-1252), and writes what it
 * read back in every dialect a writer has (plain or Excel, ',' or ';').
 */
final class Fuzzing {
  /** No read of a fuzz input may take longer than this: far above the milliseconds one takes. */
  static final Duration BOUND = Duration.ofSeconds(10);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Fuzzing() {}

  /** The reader configurations a fuzz input is read in: detected delimiter, ',' and ';'; UTF-8 and Windows-1252. */
  static <T> List<CsvRecordReader<T>> dialects(CsvRecordReader<T> reader) {
    return List.of(
        reader,
        reader.withDelimiter(','),
        reader.withDelimiter(';'),
        reader.withCharset(WINDOWS_1252));
  }

  /** The targets of a reader: one set of invariants per dialect, each writing back in one writer dialect. */
  static <T> List<ReadingInvariants<T>> targets(
      CsvRecordReader<T> reader, Function<HasilaCsv, Function<List<T>, byte[]>> write, Path scratch) {
    List<ReadingInvariants<T>> targets = new ArrayList<>();
    List<CsvRecordReader<T>> dialects = dialects(reader);
    HasilaCsv[] writers = {
      HasilaCsv.create(),
      HasilaCsv.create().withDelimiter(';'),
      HasilaCsv.create().withDialect(CsvDialect.EXCEL),
      HasilaCsv.create().withDialect(CsvDialect.EXCEL).withDelimiter(';')
    };
    for (int i = 0; i < dialects.size(); i++) {
      Function<List<T>, byte[]> writer = write.apply(writers[i % writers.length]);
      CsvRecordReader<T> back = reader.withMode(ReadMode.STRICT);
      targets.add(
          new ReadingInvariants<>(
              dialects.get(i),
              new ReadingInvariants.PieceReading<>() {
                @Override
                public <A, R> Aggregated<R> aggregate(RecordReader<T> r, Path file, Aggregator<? super T, A, R> aggregator, long pieceBytes) {
                  return ((CsvRecordReader<T>) r).aggregate(file, aggregator, pieceBytes);
                }
              },
              values -> back.read(new ByteArrayInputStream(writer.apply(values)), "written").accepted(),
              scratch,
              BOUND));
    }
    return targets;
  }

  /** The activities target: the invariants of the activity reader in every dialect. */
  static List<ReadingInvariants<Activity>> activities(Path scratch) {
    return targets(
        HasilaCsv.create().activityReader(),
        csv -> values -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          csv.writeActivities(out, values);
          return out.toByteArray();
        },
        scratch);
  }

  /** The snapshots target: the invariants of the snapshot reader in every dialect. */
  static List<ReadingInvariants<AudienceSnapshot>> snapshots(Path scratch) {
    return targets(
        HasilaCsv.create().snapshotReader(),
        csv -> values -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          csv.writeSnapshots(out, values);
          return out.toByteArray();
        },
        scratch);
  }

  /**
   * The round-trip target: a generated activity (drawn from {@code seed}) whose single-valued texts
   * are replaced by {@code texts}, written in every writer dialect and read back, must come back
   * unchanged, or be refused by the writer in the library's words.
   */
  static void roundTrip(long seed, Supplier<String> texts) {
    Activity generated = HasilaGenerators.activities().next(new Random(seed));
    Activity value;
    try {
      value = withTexts(generated.type(), generated, texts);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return; // the model refuses such a value (a blank id): nothing to write
    }
    HasilaCsv base = HasilaCsv.create().withVocabularies(HasilaGenerators.VOCABULARIES);
    for (HasilaCsv csv :
        List.of(base, base.withDelimiter(';'), base.withDialect(CsvDialect.EXCEL), base.withDialect(CsvDialect.EXCEL).withDelimiter(';'))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        csv.writeActivities(out, List.of(value));
      } catch (HasilaCsvException e) {
        if (!e.getMessage().contains("lone surrogate")) {
          throw new AssertionError("the writer refused a value it should write: " + e.getMessage(), e);
        }
        return;
      }
      List<Activity> back = csv.activityReader().read(new ByteArrayInputStream(out.toByteArray()), "written").accepted();
      if (!List.of(value).equals(back)) {
        throw new AssertionError("write then read changed the value in " + csv + ":\n  " + value + "\n  " + back);
      }
    }
  }

  private static <A extends Activity> Activity withTexts(ActivityType<A> type, Activity value, Supplier<String> texts) {
    Function<Property<? super A, ?>, String> text = p -> texts.get();
    return Mutations.withTexts(type, type.javaType().cast(value), text);
  }

  /** The committed seed inputs of a fuzz test method: the files of its inputs directory. */
  static List<byte[]> seeds(Class<?> test, String method) {
    Path dir;
    try {
      dir = Path.of(test.getResource(test.getSimpleName() + "Inputs/" + method).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<byte[]> seeds = new ArrayList<>();
      for (Path f : files.sorted().collect(Collectors.toList())) {
        seeds.add(Files.readAllBytes(f));
      }
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
