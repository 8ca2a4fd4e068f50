package io.hasila.beam;

import io.hasila.io.RecordReader;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Institution;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.Pipeline;

/** The bundled 2020 data, the single-machine results the pipelines are compared with, and pipelines. */
final class Fixtures {
  /** The examples module's bundled 2020 data: the seed's activity log, snapshots, definition and published tally. */
  static final Path DATA = Path.of(System.getProperty("basedir", "."), "..", "examples", "src", "main", "resources", "io", "hasila", "examples", "data", "2020");
  /** Where tests write the files they generate. */
  static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target", "beam-tests");

  private Fixtures() {}

  static TallyDefinition definition() {
    return HasilaJson.create().readTallyDefinition(DATA.resolve("definition-2020.json"));
  }

  static Institution institution() {
    return HasilaJson.create().readTally(DATA.resolve("published-2020.json"), definition()).institution();
  }

  /** A directory of its own under target/, emptied. */
  static Path directory(String name) {
    Path dir = TARGET.resolve(name);
    try {
      if (Files.exists(dir)) {
        try (var files = Files.list(dir)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Files.delete(f);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What one machine reads from {@code files} with {@code reader}, in file order. */
  static <T> List<T> readAll(RecordReader<T> reader, List<Path> files) {
    List<T> all = new ArrayList<>();
    for (Path f : files) {
      all.addAll(reader.read(f).accepted());
    }
    return all;
  }

  /** The tally one machine computes. */
  static Tally singleMachine(
      TallyDefinition definition, Institution institution, DateRange period, List<Activity> activities, List<AudienceSnapshot> snapshots) {
    return Tally.compute(definition, institution, period, activities, snapshots);
  }

  /** A DirectRunner pipeline that checks encodings and immutability, with a target parallelism. */
  static Pipeline pipeline() {
    return Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--targetParallelism=2").create());
  }

  /**
   * A DirectRunner pipeline that skips the runner's per-element encoding and immutability checks:
   * for the large generated logs, whose coders the other tests check element by element.
   */
  static Pipeline fastPipeline() {
    return Pipeline.create(
        PipelineOptionsFactory.fromArgs(
                "--runner=DirectRunner", "--targetParallelism=2", "--enforceEncodability=false", "--enforceImmutability=false")
            .create());
  }
}
