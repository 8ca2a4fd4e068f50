package io.hasila.json;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.HasilaFormatException;
import io.hasila.io.RecordReader;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.Property;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.Mutations;
import io.hasila.testkit.ReadingInvariants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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
 * The fuzz targets of the JSON formats, shared by the Jazzer fuzz tests and the build's run of
 * generated inputs: each checks every reading invariant on one input.
 */
final class Fuzzing {
  /** No read of a fuzz input may take longer than this: far above the milliseconds one takes. */
  static final Duration BOUND = Duration.ofSeconds(10);

  private Fuzzing() {}

  /** The JSON Lines target: every invariant of the activity reader on one input. */
  static ReadingInvariants<Activity> jsonLines(Path scratch) {
    JsonRecordReader<Activity> reader = HasilaJson.create().activityReader();
    return new ReadingInvariants<>(
        reader,
        new ReadingInvariants.PieceReading<>() {
          @Override
          public <A, R> Aggregated<R> aggregate(
              RecordReader<Activity> r, Path file, Aggregator<? super Activity, A, R> aggregator, long pieceBytes) {
            return ((JsonRecordReader<Activity>) r).withMinPieceBytes(pieceBytes).aggregate(file, aggregator);
          }
        },
        values -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try (JsonLinesWriter<Activity> w = HasilaJson.create().activityWriter(out)) {
            w.writeAll(values).commit();
          }
          return reader.read(new ByteArrayInputStream(out.toByteArray()), "written").accepted();
        },
        scratch,
        BOUND);
  }

  /** The document targets: reading whole or one byte at a time gives the same, in the library's words, in time. */
  static void document(byte[] input, Function<java.io.InputStream, Object> read) {
    long breaks = 0;
    for (byte b : input) {
      if (b == '\n' || b == '\r') {
        breaks++;
      }
    }
    long lines = breaks + 1;
    long size = input.length;
    Function<HasilaFormatException, Boolean> inside = e -> e.line() <= lines && e.column() <= size + 1;
    String whole = timed(() -> outcome(() -> read.apply(new ByteArrayInputStream(input)), inside));
    String bytes = timed(() -> outcome(() -> read.apply(ReadingInvariants.oneByteAtATime(input)), inside));
    if (!whole.equals(bytes)) {
      throw new AssertionError("a document read whole and one byte at a time differ:\n  " + whole + "\n  " + bytes);
    }
  }

  private static String outcome(Supplier<Object> read, Function<HasilaFormatException, Boolean> inside) {
    try {
      return "read " + read.get();
    } catch (HasilaFormatException e) {
      if (!"fuzz input".equals(e.source()) || e.line() < 0 || e.column() < 0 || !inside.apply(e)) {
        throw new AssertionError("a fault must name the source and a position: " + e.getMessage(), e);
      }
      return "failed: " + e.getMessage() + " [line " + e.line() + ", column " + e.column() + "]";
    }
  }

  private static String timed(Supplier<String> read) {
    long start = System.nanoTime();
    String s = read.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (took.compareTo(BOUND) > 0) {
      throw new AssertionError("a document read took " + took + ", more than " + BOUND);
    }
    return s;
  }

  /**
   * The round-trip target: a generated activity (drawn from {@code seed}) whose single-valued texts
   * are replaced by {@code texts}, written as JSON Lines and read back, must come back unchanged, or
   * be refused by the writer in the library's words.
   */
  static void roundTrip(long seed, Supplier<String> texts) {
    Activity generated = HasilaGenerators.activities().next(new Random(seed));
    Activity value;
    try {
      value = withTexts(generated.type(), generated, texts);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return; // the model refuses such a value (a blank id): nothing to write
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HasilaJson json = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);
    try (JsonLinesWriter<Activity> w = json.activityWriter(out)) {
      w.write(value).commit();
    } catch (HasilaJsonException e) {
      if (!e.getMessage().contains("lone surrogate")) {
        throw new AssertionError("the writer refused a value it should write: " + e.getMessage(), e);
      }
      return;
    }
    List<Activity> back = json.activityReader().read(new ByteArrayInputStream(out.toByteArray()), "written").accepted();
    if (!List.of(value).equals(back)) {
      throw new AssertionError("write then read changed the value:\n  " + value + "\n  " + back);
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
