package io.hasila.examples;

import io.hasila.csv.HasilaCsv;
import io.hasila.io.ReadMode;
import io.hasila.io.RecordReader;
import io.hasila.io.RecordStream;
import io.hasila.io.Rejection;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * A stream of records from a JSON Lines or CSV file (chosen by extension) or from the bundled
 * example data, with the count of records read; the examples' one way in.
 */
final class Records<T> implements AutoCloseable {
  private final Stream<T> stream;
  private final LongSupplier read;
  private final AutoCloseable closer;
  private final String source;

  private Records(Stream<T> stream, LongSupplier read, AutoCloseable closer, String source) {
    this.stream = stream;
    this.read = read;
    this.closer = closer;
    this.source = source;
  }

  static Records<Activity> activities(Tally2020.Options o, List<Rejection> rejected) {
    if (o.activities.isPresent()) {
      Path file = o.activities.get();
      return open(reader(o, file, HasilaCsv::activityReader, HasilaJson::activityReader, rejected).open(file), file.toString());
    }
    String name = "activities-2020-synthetic." + (o.csv ? "csv" : "jsonl");
    return bundled(name, reader(o, Path.of(name), HasilaCsv::activityReader, HasilaJson::activityReader, rejected));
  }

  static Records<AudienceSnapshot> snapshots(Tally2020.Options o, List<Rejection> rejected) {
    if (o.snapshots.isPresent()) {
      Path file = o.snapshots.get();
      return open(reader(o, file, HasilaCsv::snapshotReader, HasilaJson::snapshotReader, rejected).open(file), file.toString());
    }
    if (o.activities.isPresent()) {
      return new Records<>(Stream.empty(), () -> 0, () -> {}, "no snapshots");
    }
    String name = "snapshots-2020." + (o.csv ? "csv" : "jsonl");
    return bundled(name, reader(o, Path.of(name), HasilaCsv::snapshotReader, HasilaJson::snapshotReader, rejected));
  }

  /** The reader of the file's format, by extension: both formats share one contract. */
  private static <T> RecordReader<T> reader(
      Tally2020.Options o,
      Path file,
      Function<HasilaCsv, RecordReader<T>> csv,
      Function<HasilaJson, RecordReader<T>> json,
      List<Rejection> rejected) {
    ReadMode mode = o.lenient ? ReadMode.LENIENT : ReadMode.STRICT;
    boolean isCsv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    RecordReader<T> reader =
        isCsv
            ? csv.apply(HasilaCsv.create().withMode(mode).withVocabularies(o.vocabularies))
            : json.apply(HasilaJson.create().withMode(mode).withVocabularies(o.vocabularies));
    return reader.withRejectionHandler(rejected::add);
  }

  private static <T> Records<T> open(RecordStream<T> r, String source) {
    return new Records<>(r.stream(), r::read, r, source);
  }

  private static <T> Records<T> bundled(String name, RecordReader<T> reader) {
    return open(reader.open(Tally2020.resource(name), name), name);
  }

  /** The stream of records; read it once. */
  Stream<T> stream() {
    return stream;
  }

  /** How many records were read so far, accepted or rejected. */
  long read() {
    return read.getAsLong();
  }

  /** Where the records come from. */
  String source() {
    return source;
  }

  @Override
  public void close() {
    try {
      closer.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
