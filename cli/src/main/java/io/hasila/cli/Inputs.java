package io.hasila.cli;

import io.hasila.aggregate.Aggregator;
import io.hasila.csv.CsvNumbers;
import io.hasila.csv.CsvRecordReader;
import io.hasila.csv.HasilaCsv;
import io.hasila.csv.HasilaCsvReader;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.RecordReader;
import io.hasila.io.RecordStream;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Projection;
import io.hasila.model.Vocabularies;
import io.hasila.tally.Mapping;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the commands read their files: JSON Lines or CSV by extension, in the mode, vocabularies,
 * threads and progress the options say, every rejected record on one line of stderr.
 */
final class Inputs {
  /** What a file of records holds. */
  enum Kind {
    ACTIVITIES,
    SNAPSHOTS
  }

  private final Hasila hasila;
  private final Common common;
  private final Vocabularies vocabularies;
  private final Optional<CsvNumbers> numbers;
  private long rejected;

  Inputs(Hasila hasila, Common common, Vocabularies vocabularies, Optional<CsvNumbers> numbers) {
    this.hasila = hasila;
    this.common = common;
    this.vocabularies = vocabularies;
    this.numbers = numbers;
  }

  /** The vocabularies of {@code file} (the well-known codes and those it declares), or the well-known codes. */
  static Vocabularies vocabularies(Path file) {
    return file == null ? Vocabularies.standard() : HasilaJson.create().readVocabularies(existing(file));
  }

  /** {@code file}, which must exist: a missing file is an input error naming it. */
  static Path existing(Path file) {
    if (!Files.exists(file)) {
      throw new InputException(InputException.name(file), "a readable file", "no file \"" + file + "\"");
    }
    return file;
  }

  /** The JSON format knowing {@code definitions}. */
  HasilaJson json(List<TallyDefinition> definitions) {
    return HasilaJson.create().withVocabularies(vocabularies).withMode(mode()).withDefinitions(definitions);
  }

  ReadMode mode() {
    return common.lenient ? ReadMode.LENIENT : ReadMode.STRICT;
  }

  /** The definitions in {@code files}, in order. */
  List<TallyDefinition> definitions(List<Path> files) {
    List<TallyDefinition> all = new ArrayList<>();
    HasilaJson json = HasilaJson.create().withVocabularies(vocabularies);
    for (Path f : files) {
      all.add(json.readTallyDefinition(existing(f)));
    }
    return all;
  }

  /** The tally document {@code file}, its definition embedded or one of {@code definitions}. */
  Tally tally(Path file, List<TallyDefinition> definitions) {
    return json(definitions).readTally(existing(file));
  }

  /** The tally document {@code file} under {@code definition}. */
  Tally tally(Path file, TallyDefinition definition) {
    return json(List.of(definition)).readTally(existing(file), definition);
  }

  /** The mapping document {@code file} between two of {@code definitions}. */
  Mapping mapping(Path file, List<TallyDefinition> definitions) {
    return json(definitions).readMapping(existing(file));
  }

  /** Whether {@code file} is CSV, by its extension; JSON Lines otherwise. */
  static boolean isCsv(Path file) {
    return InputException.name(file).toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /** What {@code file} holds: snapshots if its first record or header says so, activities otherwise. */
  static Kind kind(Path file) {
    try (BufferedReader in = Files.newBufferedReader(existing(file), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        if (isCsv(file)) {
          String header = line.replace("\uFEFF", "").replace("\"", "");
          boolean typed = List.of(header.split("[,;]")).stream().anyMatch(c -> c.strip().equals("type"));
          return typed ? Kind.ACTIVITIES : Kind.SNAPSHOTS;
        }
        return line.replace(" ", "").contains("\"type\":\"audience_snapshot\"") ? Kind.SNAPSHOTS : Kind.ACTIVITIES;
      }
      return Kind.ACTIVITIES;
    } catch (IOException e) {
      // not text: the reader names the first bad byte
      return Kind.ACTIVITIES;
    }
  }

  /** The reader of activities for {@code file}'s format. */
  RecordReader<Activity> activities(Path file, Vocabularies codes) {
    return reader(file, codes, HasilaCsv::activityReader, HasilaJson::activityReader);
  }

  /** The reader of audience snapshots for {@code file}'s format. */
  RecordReader<AudienceSnapshot> snapshots(Path file, Vocabularies codes) {
    return reader(file, codes, HasilaCsv::snapshotReader, HasilaJson::snapshotReader);
  }

  private <T> RecordReader<T> reader(
      Path file, Vocabularies codes, Function<HasilaCsv, CsvRecordReader<T>> csv, Function<HasilaJson, RecordReader<T>> json) {
    RecordReader<T> reader;
    if (isCsv(file)) {
      CsvRecordReader<T> r = csv.apply(HasilaCsv.create().withMode(mode()).withVocabularies(codes));
      reader = numbers.map(r::withNumbers).orElseGet(r::withDetectedNumbers);
    } else {
      reader = json.apply(HasilaJson.create().withMode(mode()).withVocabularies(codes));
    }
    return reader
        .withParallelism(Math.max(1, common.threads()))
        .withRejectionHandler(
            r -> {
              rejected++;
              hasila.err.println(Hasila.oneLine(r.describe()));
            });
  }

  /** How many records were rejected so far (lenient mode). */
  long rejected() {
    return rejected;
  }

  /** Reads {@code file} whole with {@code reader}, its progress on stderr. */
  <T> List<T> readAll(Path file, RecordReader<T> reader) {
    List<T> all = new ArrayList<>();
    try (RecordStream<T> in = open(file, reader)) {
      in.forEachRemaining(all::add);
    }
    return all;
  }

  /** Opens {@code file} with {@code reader}, its progress on stderr; a CSV file's dialect is said on stderr. */
  <T> RecordStream<T> open(Path file, RecordReader<T> reader) {
    return open(file, reader, Progress.of(hasila, common, InputException.name(file)));
  }

  private <T> RecordStream<T> open(Path file, RecordReader<T> reader, Progress bar) {
    RecordStream<T> in = (bar == null ? reader : reader.withProgress(bar)).open(existing(file));
    if (in instanceof HasilaCsvReader) {
      HasilaCsvReader<T> csv = (HasilaCsvReader<T>) in;
      hasila.err.println(
          InputException.name(file) + ": read as CSV with '" + csv.delimiter() + "' between cells and numbers "
              + csv.numbers().description() + " (" + Dialect.of(csv.numbers()).code + ")");
    }
    return bar == null ? in : new Finishing<>(in, bar);
  }

  /**
   * Aggregates {@code file} with {@code reader} on the option's threads, its progress on stderr;
   * every value of every record is decoded and validated (no projection), so that the records set
   * aside are all those a full read sets aside.
   */
  <T, R> Aggregated<R> aggregate(Path file, RecordReader<T> reader, Aggregator<? super T, ?, R> aggregator) {
    if (isCsv(file)) {
      open(file, reader, null).close(); // its header only: the dialect it assumed is said on stderr
    }
    Progress bar = Progress.of(hasila, common, InputException.name(file));
    try {
      RecordReader<T> validating = reader.withProjection(Projection.all());
      return (bar == null ? validating : validating.withProgress(bar)).aggregate(existing(file), aggregator);
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
  }

  /** A stream that ends its progress bar's line when closed. */
  private static final class Finishing<T> implements RecordStream<T> {
    private final RecordStream<T> in;
    private final Progress bar;

    Finishing(RecordStream<T> in, Progress bar) {
      this.in = in;
      this.bar = bar;
    }

    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public T next() {
      return in.next();
    }

    @Override
    public String source() {
      return in.source();
    }

    @Override
    public long read() {
      return in.read();
    }

    @Override
    public long rejected() {
      return in.rejected();
    }

    @Override
    public void close() {
      try {
        in.close();
      } finally {
        bar.finish();
      }
    }
  }
}
