package io.hasila.opendata;

import io.hasila.csv.CsvColumn;
import io.hasila.csv.CsvDialect;
import io.hasila.csv.HasilaCsv;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Dataset;
import io.hasila.model.RecordType;
import io.hasila.tally.Tally;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * The Frictionless Data Package export: the CSV files of a dataset (activities, audience snapshots)
 * and of its tallies, written by io-csv, and beside them a {@code datapackage.json} with a Table
 * Schema per file, so that open-data portals and Frictionless tools load them typed.
 *
 * <p>{@code DataPackages.create().write(dir, dataset, tally)} writes {@code activities.csv}, {@code
 * snapshots.csv}, {@code tally-2020-01-01-2020-12-31.csv} and {@code datapackage.json}. The fields
 * follow from io-csv's column descriptions ({@link HasilaCsv#activityColumns()}): types, formats,
 * required columns, enums of the codes of each vocabulary (the reader's declared and well-known
 * codes, and any other code the file holds), patterns for lists of codes, primary keys, the missing
 * value (a blank cell) and the dialect (delimiter, line terminator, quoting). Each file is written
 * atomically; the descriptor last. Immutable and thread safe.
 */
public final class DataPackages {
  /** The descriptor's file name. */
  public static final String DESCRIPTOR = "datapackage.json";

  private final HasilaCsv csv;

  private DataPackages(HasilaCsv csv) {
    this.csv = csv;
  }

  /** The export with io-csv's defaults: plain UTF-8, commas, line feeds. */
  public static DataPackages create() {
    return new DataPackages(HasilaCsv.create());
  }

  /** The same export writing its CSV files with {@code csv}'s dialect, delimiter and vocabularies. */
  public DataPackages withCsv(HasilaCsv csv) {
    return new DataPackages(Objects.requireNonNull(csv, "csv"));
  }

  /**
   * Writes the dataset's activities and snapshots, each tally, and the descriptor into {@code dir}
   * (created if needed) and returns the descriptor's path.
   *
   * @throws HasilaOpenDataException if the directory or the descriptor cannot be written
   * @throws io.hasila.csv.HasilaCsvException if a CSV file cannot be written
   */
  public Path write(Path dir, Dataset dataset, Tally... tallies) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(dataset, "dataset");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw HasilaOpenDataException.writing(String.valueOf(dir.getFileName()), "directory " + dir.toAbsolutePath(), e);
    }
    HasilaCsv format = csv.withVocabularies(csv.vocabularies().with(dataset.declared()));
    TableSchemas schemas = new TableSchemas(format.vocabularies());
    List<Resource> resources = new ArrayList<>();

    format.writeActivities(dir.resolve("activities.csv"), seeing(dataset.activities(), a -> schemas.see(a.type(), a)));
    List<TableSchemas.Field> activityFields = new ArrayList<>();
    for (CsvColumn c : HasilaCsv.activityColumns()) {
      activityFields.add(schemas.field(c, ActivityType.all()));
    }
    resources.add(
        new Resource("activities", "activities.csv", "Activities of " + dataset.institution().name(), activityFields, List.of("id")));

    format.writeSnapshots(dir.resolve("snapshots.csv"), seeing(dataset.snapshots(), s -> schemas.see(AudienceSnapshot.TYPE, s)));
    List<TableSchemas.Field> snapshotFields = new ArrayList<>();
    List<RecordType<?>> snapshotTypes = List.of(AudienceSnapshot.TYPE);
    for (CsvColumn c : HasilaCsv.snapshotColumns()) {
      snapshotFields.add(schemas.field(c, snapshotTypes));
    }
    resources.add(
        new Resource(
            "snapshots",
            "snapshots.csv",
            "Audience snapshots of " + dataset.institution().name() + " (running totals: compare them, never add them up)",
            snapshotFields,
            List.of("platform", "account", "date")));

    Set<String> names = new HashSet<>();
    for (Tally t : tallies) {
      String name = "tally-" + t.period().from() + "-" + t.period().to();
      String unique = name;
      for (int i = 2; !names.add(unique); i++) {
        unique = name + "-" + i;
      }
      format.writeTally(dir.resolve(unique + ".csv"), t);
      resources.add(
          new Resource(
              unique,
              unique + ".csv",
              "Tally of " + t.institution().name() + " from " + t.period().from() + " to " + t.period().to(),
              TableSchemas.tallyFields(HasilaCsv.tallyColumns()),
              List.of("category")));
    }
    Path descriptor = dir.resolve(DESCRIPTOR);
    writeDescriptor(descriptor, dataset, resources, format.dialect(), format.delimiter());
    return descriptor;
  }

  /** One CSV file of the package. */
  private record Resource(String name, String path, String title, List<TableSchemas.Field> fields, List<String> primaryKey) {}

  private static <T> Iterable<T> seeing(List<T> values, Consumer<? super T> see) {
    return () -> {
      Iterator<T> it = values.iterator();
      return new Iterator<T>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public T next() {
          T v = it.next();
          see.accept(v);
          return v;
        }
      };
    };
  }

  private static void writeDescriptor(Path file, Dataset dataset, List<Resource> resources, CsvDialect dialect, char delimiter) {
    JsonOut out = JsonOut.toFile(file);
    try (out) {
      try {
        JsonGenerator g = out.generator();
        g.writeStartObject();
        g.writeStringProperty("profile", "tabular-data-package");
        g.writeStringProperty("name", packageName(dataset.institution().id()));
        g.writeStringProperty("title", "Communication activities of " + dataset.institution().name());
        g.writeStringProperty(
            "description",
            "Written by Hasila from its record descriptions: one row per activity, per audience snapshot, and per category of each tally.");
        g.writeName("resources");
        g.writeStartArray();
        for (Resource r : resources) {
          g.writeStartObject();
          g.writeStringProperty("profile", "tabular-data-resource");
          g.writeStringProperty("name", r.name());
          g.writeStringProperty("path", r.path());
          g.writeStringProperty("title", r.title());
          g.writeStringProperty("format", "csv");
          g.writeStringProperty("mediatype", "text/csv");
          // UTF-8 in both dialects; the Excel dialect starts with a byte order mark, which UTF-8 readers skip.
          g.writeStringProperty("encoding", "utf-8");
          g.writeName("dialect");
          g.writeStartObject();
          g.writeStringProperty("delimiter", String.valueOf(delimiter));
          g.writeStringProperty("lineTerminator", dialect.lineSeparator());
          g.writeStringProperty("quoteChar", "\"");
          g.writeBooleanProperty("doubleQuote", true);
          g.writeBooleanProperty("header", true);
          g.writeEndObject();
          g.writeName("schema");
          g.writeStartObject();
          g.writeName("fields");
          g.writeStartArray();
          for (TableSchemas.Field f : r.fields()) {
            json(g, f.json());
          }
          g.writeEndArray();
          g.writeName("primaryKey");
          json(g, r.primaryKey());
          g.writeName("missingValues");
          json(g, List.of(""));
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      } catch (JacksonException e) {
        throw out.failure(e);
      }
      out.commit();
    }
  }

  /** A package name: lower case letters, digits and {@code -._/}, as the Data Package specification asks. */
  private static String packageName(String institution) {
    StringBuilder sb = new StringBuilder();
    for (char c : institution.toLowerCase(Locale.ROOT).toCharArray()) {
      sb.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ? c : '-');
    }
    return sb + "-activities";
  }

  @SuppressWarnings("unchecked")
  private static void json(JsonGenerator g, Object v) {
    if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
        g.writeName(e.getKey());
        json(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object o : (List<Object>) v) {
        json(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof Number) {
      g.writeNumber(((Number) v).longValue());
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  /** The settings, for logs. */
  @Override
  public String toString() {
    return "DataPackages[" + csv + "]";
  }
}
