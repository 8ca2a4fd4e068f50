package io.hasila.json;

import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Dataset;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import io.hasila.model.Theme;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** Reads and writes the dataset document ({@code schemaVersion} 1). */
final class DatasetCodec {
  /** The document format version this code reads and writes. */
  static final int SCHEMA_VERSION = 1;

  private DatasetCodec() {}

  /** Writes a dataset as an indented document (without a trailing line feed). */
  static void write(JsonGenerator g, Dataset d) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
    g.writeName("institution");
    writeInstitution(g, d.institution());
    if (!d.themes().isEmpty()) {
      g.writeArrayPropertyStart("themes");
      for (Theme t : d.themes()) {
        g.writeStartObject();
        g.writeStringProperty("id", t.id());
        g.writeName("labels");
        writeLabels(g, t.labels());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!d.activities().isEmpty()) {
      g.writeArrayPropertyStart("activities");
      for (Activity a : d.activities()) {
        RecordWriter.write(g, a);
      }
      g.writeEndArray();
    }
    if (!d.snapshots().isEmpty()) {
      g.writeArrayPropertyStart("snapshots");
      for (AudienceSnapshot s : d.snapshots()) {
        RecordWriter.write(g, s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes an institution: {@code {"id", "name", "zone"}}. */
  static void writeInstitution(JsonGenerator g, Institution institution) {
    g.writeStartObject();
    g.writeStringProperty("id", institution.id());
    g.writeStringProperty("name", institution.name());
    g.writeStringProperty("zone", institution.zone().getId());
    g.writeEndObject();
  }

  /** Writes labels: {@code {"ar", "fr", "en"}}. */
  static void writeLabels(JsonGenerator g, Labels labels) {
    g.writeStartObject();
    g.writeStringProperty("ar", labels.ar());
    g.writeStringProperty("fr", labels.fr());
    g.writeStringProperty("en", labels.en());
    g.writeEndObject();
  }

  /** Reads an institution, the parser on its opening brace, {@code path} its JSON path. */
  static Institution readInstitution(JsonParser p, String path) {
    String[] v = RecordReader.objectOfStrings(p, "id", "name", "zone");
    ZoneId zone;
    try {
      zone = ZoneId.of(v[2]);
    } catch (DateTimeException e) {
      throw new JsonFault(
          p.currentTokenLocation(), path + ".zone", "a time zone id such as \"Africa/Casablanca\"", JsonPaths.quote(v[2]), e);
    }
    return RecordReader.building(p, () -> Institution.of(v[0], v[1], zone));
  }

  /** Reads labels, the parser on their opening brace. */
  static Labels readLabels(JsonParser p) {
    String[] l = RecordReader.objectOfStrings(p, "ar", "fr", "en");
    return RecordReader.building(p, () -> Labels.of(l[0], l[1], l[2]));
  }

  /**
   * Reads a document. A bad activity or snapshot is rejected in lenient mode; anything else wrong
   * (malformed JSON, a broken limit, a bad institution, theme or schema version) ends the read.
   *
   * @param bytes the document's bytes if the parser reads them, to quote rejected records; else null
   */
  static DatasetReadResult read(
      JsonParser p, byte[] bytes, String source, ReadMode mode, ThemeRegistry registry) {
    return new Reading(p, bytes, source, mode, registry).run();
  }

  private static final class Reading {
    private final JsonParser p;
    private final byte[] bytes;
    private final String source;
    private final ReadMode mode;
    private ThemeRegistry registry;
    private RecordReader records;

    private final List<Activity> activities = new ArrayList<>();
    private final List<AudienceSnapshot> snapshots = new ArrayList<>();
    private final List<Theme> themes = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final Map<String, Long> activityLines = new HashMap<>();
    private final Map<String, Long> snapshotLines = new HashMap<>();
    private long read;

    Reading(JsonParser p, byte[] bytes, String source, ReadMode mode, ThemeRegistry registry) {
      this.p = p;
      this.bytes = bytes;
      this.source = source;
      this.mode = mode;
      this.registry = registry;
    }

    DatasetReadResult run() {
      try {
        try {
          return document();
        } catch (JacksonException e) {
          throw Faults.locate(e, p);
        }
      } catch (RuntimeException e) {
        throw Faults.of(e, source, 0, bytes, 1);
      }
    }

    private DatasetReadResult document() {
      JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
      if (t != JsonToken.START_OBJECT) {
        throw RecordReader.fault(p, "a dataset document (a JSON object with schemaVersion " + SCHEMA_VERSION + ")");
      }
      TokenStreamLocation start = p.currentTokenLocation();
      Institution institution = null;
      boolean versioned = false;
      Map<String, Boolean> seen = new LinkedHashMap<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        if (seen.put(name, true) != null) {
          throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each property once", "\"" + name + "\" a second time", null);
        }
        p.nextToken();
        switch (name) {
          case "schemaVersion":
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || RecordReader.count(p) != SCHEMA_VERSION) {
              throw RecordReader.fault(p, "schemaVersion " + SCHEMA_VERSION);
            }
            versioned = true;
            break;
          case "institution":
            institution = readInstitution(p, "$.institution");
            break;
          case "themes":
            RecordReader.array(p, this::theme);
            registry = registry.plus(themes);
            break;
          case "activities":
            RecordReader.array(p, () -> element(true));
            break;
          case "snapshots":
            RecordReader.array(p, () -> element(false));
            break;
          default:
            throw new JsonFault(
                p.currentTokenLocation(),
                JsonPaths.of(p),
                "a property of a dataset document (schemaVersion, institution, themes, activities, snapshots)",
                "\"" + name + "\"",
                null);
        }
      }
      if (!versioned) {
        throw new JsonFault(start, "$.schemaVersion", "the required property \"schemaVersion\"", "none", null);
      }
      if (institution == null) {
        throw new JsonFault(start, "$.institution", "the required property \"institution\"", "none", null);
      }
      if (p.nextToken() != null) {
        throw RecordReader.fault(p, "the end of the document");
      }
      Dataset dataset =
          Dataset.builder()
              .institution(institution)
              .addAllActivities(activities)
              .addAllSnapshots(snapshots)
              .addAllThemes(themes)
              .build();
      return new DatasetReadResult(dataset, rejected, read);
    }

    private void theme() {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw RecordReader.fault(p, "a theme: an object with id and labels");
      }
      String id = null;
      String[] labels = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        if (name.equals("id") && id == null) {
          id = RecordReader.string(p);
        } else if (name.equals("labels") && labels == null) {
          labels = RecordReader.objectOfStrings(p, "ar", "fr", "en");
        } else {
          throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "the properties id and labels, once each", "\"" + name + "\"", null);
        }
      }
      if (id == null || labels == null) {
        throw new JsonFault(
            p.currentTokenLocation(), JsonPaths.of(p) + (id == null ? ".id" : ".labels"), "the required properties id and labels", "none", null);
      }
      String themeId = id;
      String[] l = labels;
      Theme theme = RecordReader.building(p, () -> Theme.of(themeId, Labels.of(l[0], l[1], l[2])));
      if (themes.contains(theme)) {
        throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p) + ".id", "distinct theme ids", JsonPaths.quote(themeId) + " a second time", null);
      }
      themes.add(theme);
    }

    /** One activity or snapshot: accepted, rejected (lenient) or fatal (strict). */
    private void element(boolean activity) {
      read++;
      if (records == null) {
        records = new RecordReader(registry);
      }
      TokenStreamLocation start = p.currentTokenLocation();
      int arrayDepth = p.currentToken().isStructStart() ? p.streamReadContext().getParent().getNestingDepth() : p.streamReadContext().getNestingDepth();
      try {
        if (activity) {
          Activity a = records.readActivity(p);
          Long previous = activityLines.putIfAbsent(a.id(), (long) start.getLineNr());
          if (previous != null) {
            throw new JsonFault(
                start, JsonPaths.of(p) + ".id", "an activity id not used before (it is used on line " + previous + ")", JsonPaths.quote(a.id()), null);
          }
          activities.add(a);
        } else {
          AudienceSnapshot s = records.readSnapshot(p);
          String key = s.platform().code() + " " + s.account() + " " + s.date();
          Long previous = snapshotLines.putIfAbsent(key, (long) start.getLineNr());
          if (previous != null) {
            throw new JsonFault(
                start,
                JsonPaths.of(p),
                "one snapshot per account and day (this one is on line " + previous + ")",
                "a second snapshot of " + s.platform().code() + " " + JsonPaths.quote(s.account()) + " on " + s.date(),
                null);
          }
          snapshots.add(s);
        }
      } catch (JacksonException e) {
        throw Faults.of(Faults.locate(e, p), source, read, bytes, 1);
      } catch (RuntimeException e) {
        HasilaJsonException error = Faults.of(e, source, read, bytes, 1);
        if (mode == ReadMode.STRICT) {
          throw error;
        }
        while (p.streamReadContext().getNestingDepth() > arrayDepth) {
          p.nextToken();
        }
        rejected.add(error.toRejection(start.getLineNr(), raw(start)));
      }
    }

    private String raw(TokenStreamLocation start) {
      long from = start.getByteOffset();
      long to = p.currentLocation().getByteOffset();
      if (bytes == null || from < 0 || to < from || to > bytes.length) {
        return "";
      }
      return Faults.raw(bytes, (int) from, (int) (to - from), to - from);
    }
  }
}
