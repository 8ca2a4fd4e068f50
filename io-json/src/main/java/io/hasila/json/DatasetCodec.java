package io.hasila.json;

import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Dataset;
import io.hasila.model.Institution;
import io.hasila.model.Term;
import io.hasila.model.Theme;
import io.hasila.model.Vocabularies;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads and writes the dataset document: {@code schemaVersion} 2 with the declared codes under
 * {@code "vocabularies"}; version 1, whose declared themes are a {@code "themes"} array, is still
 * read.
 */
final class DatasetCodec {
  /** The document format version this code writes. */
  static final int SCHEMA_VERSION = 2;

  /** The version whose declared themes are an array of {@code {"id", "labels"}}. */
  static final int THEMES_VERSION = 1;

  private DatasetCodec() {}

  /** Writes a dataset as an indented document (without a trailing line feed). */
  static void write(JsonGenerator g, Dataset d) {
    RecordEncoder encoder = new RecordEncoder();
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
    g.writeName("institution");
    writeInstitution(g, d.institution());
    if (!d.declared().isEmpty()) {
      g.writeName(VocabularyCodec.MEMBER);
      VocabularyCodec.writeDeclared(g, d.declared());
    }
    if (!d.activities().isEmpty()) {
      g.writeArrayPropertyStart("activities");
      for (Activity a : d.activities()) {
        encoder.write(g, RecordLayout.of(a.type()), a);
      }
      g.writeEndArray();
    }
    if (!d.snapshots().isEmpty()) {
      g.writeArrayPropertyStart("snapshots");
      RecordLayout snapshot = RecordLayout.of(AudienceSnapshot.TYPE);
      for (AudienceSnapshot s : d.snapshots()) {
        encoder.write(g, snapshot, s);
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

  /** Reads an institution, the parser on its opening brace, {@code path} its JSON path. */
  static Institution readInstitution(JsonParser p, String path) {
    String[] v = JsonValues.objectOfStrings(p, "id", "name", "zone");
    ZoneId zone;
    try {
      zone = ZoneId.of(v[2]);
    } catch (DateTimeException e) {
      throw new JsonFault(
          p.currentTokenLocation(), path + ".zone", "a time zone id such as \"Africa/Casablanca\"", JsonPaths.quote(v[2]), e);
    }
    return JsonValues.building(p, () -> Institution.of(v[0], v[1], zone));
  }

  /** Opens a new parser over the document, for a second reading. */
  interface Parsers {
    /** A parser over the whole document. */
    JsonParser open();
  }

  /**
   * Reads a document. A bad activity or snapshot is rejected in lenient mode; anything else wrong
   * (malformed JSON, a broken limit, a bad institution, declaration or schema version) ends the
   * read. Declared codes resolve the records wherever they are in the document: when they come
   * after records, the document is read a second time with them known from the start.
   *
   * @param bytes the document's bytes, to quote rejected records; null if not at hand
   * @param parsers a way to read the document again; null if there is none, in which case codes
   *     must be declared before the records that use them
   */
  static DatasetReadResult read(
      JsonParser p, Parsers parsers, byte[] bytes, String source, ReadMode mode, Vocabularies vocabularies) {
    try {
      return new Reading(p, bytes, source, mode, vocabularies, null).run();
    } catch (Reread again) {
      if (parsers == null) {
        throw Faults.of(
            new JsonFault(again.at, again.path, "declared codes before the records that use them", "a declaration after records", null),
            source,
            0,
            bytes,
            1);
      }
      try (JsonParser second = parsers.open()) {
        return new Reading(second, bytes, source, mode, vocabularies, again.declared).run();
      }
    }
  }

  /** Declarations met after records: the document is read again with them. */
  private static final class Reread extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient List<Term> declared;
    final transient TokenStreamLocation at;
    final String path;

    Reread(List<Term> declared, TokenStreamLocation at, String path) {
      super(null, null, false, false);
      this.declared = declared;
      this.at = at;
      this.path = path;
    }
  }

  private static final class Reading {
    private final JsonParser p;
    private final byte[] bytes;
    private final String source;
    private final ReadMode mode;
    private final Vocabularies base;
    /** The declarations read in a first reading, known from the start of this one; null in a first reading. */
    private final List<Term> known;
    private Vocabularies vocabularies;
    private RecordDecoder activityDecoder;
    private RecordDecoder snapshotDecoder;

    private final List<Activity> activities = new ArrayList<>();
    private final List<AudienceSnapshot> snapshots = new ArrayList<>();
    private final Set<Term> declared = new LinkedHashSet<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final Map<String, Long> activityLines = new HashMap<>();
    private final Map<String, Long> snapshotLines = new HashMap<>();
    private long read;

    Reading(JsonParser p, byte[] bytes, String source, ReadMode mode, Vocabularies vocabularies, List<Term> known) {
      this.p = p;
      this.bytes = bytes;
      this.source = source;
      this.mode = mode;
      this.base = vocabularies;
      this.known = known;
      this.vocabularies = known == null ? vocabularies : vocabularies.with(known);
    }

    DatasetReadResult run() {
      try {
        try {
          return document();
        } catch (JacksonException e) {
          throw Faults.locate(e, p);
        }
      } catch (Reread e) {
        throw e;
      } catch (RuntimeException e) {
        throw Faults.of(e, source, 0, bytes, 1);
      }
    }

    private DatasetReadResult document() {
      JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
      if (t != JsonToken.START_OBJECT) {
        throw JsonValues.fault(p, "a dataset document (a JSON object with schemaVersion " + SCHEMA_VERSION + ")");
      }
      TokenStreamLocation start = p.currentTokenLocation();
      Institution institution = null;
      boolean versioned = false;
      Set<String> seen = new java.util.HashSet<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        if (!seen.add(name)) {
          throw new JsonFault(p.currentTokenLocation(), JsonPaths.of(p), "each property once", JsonPaths.quote(name) + " a second time", null);
        }
        TokenStreamLocation at = p.currentTokenLocation();
        String path = JsonPaths.of(p);
        p.nextToken();
        switch (name) {
          case "schemaVersion":
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                || (JsonValues.count(p) != SCHEMA_VERSION && p.getLongValue() != THEMES_VERSION)) {
              throw JsonValues.fault(p, "schemaVersion " + THEMES_VERSION + " or " + SCHEMA_VERSION);
            }
            versioned = true;
            break;
          case "institution":
            institution = readInstitution(p, "$.institution");
            break;
          case VocabularyCodec.MEMBER:
            declare(VocabularyCodec.readDeclared(p), at, path);
            break;
          case "themes":
            List<Term> themes = new ArrayList<>();
            Set<String> ids = new java.util.HashSet<>();
            JsonValues.array(
                p,
                () -> {
                  Term theme = VocabularyCodec.readTerm(p, Theme.VOCABULARY, "id");
                  if (!ids.add(theme.code())) {
                    throw new JsonFault(
                        p.currentTokenLocation(), JsonPaths.of(p) + ".id", "distinct theme ids", JsonPaths.quote(theme.code()) + " a second time", null);
                  }
                  themes.add(theme);
                });
            declare(themes, at, path);
            break;
          case "activities":
            JsonValues.array(p, () -> element(true));
            break;
          case "snapshots":
            JsonValues.array(p, () -> element(false));
            break;
          default:
            throw new JsonFault(
                at,
                path,
                "a property of a dataset document (schemaVersion, institution, vocabularies, activities, snapshots)",
                Codes.found(name, List.of("schemaVersion", "institution", VocabularyCodec.MEMBER, "activities", "snapshots")),
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
        throw JsonValues.fault(p, "the end of the document");
      }
      Institution owner = institution;
      Dataset dataset =
          JsonValues.building(
              p,
              () -> Dataset.builder()
                  .institution(owner)
                  .addAllActivities(activities)
                  .addAllSnapshots(snapshots)
                  .addAllDeclared(declared)
                  .build());
      return new DatasetReadResult(dataset, rejected, read);
    }

    /** Declared codes: they resolve the records after them (and, read again, those before them). */
    private void declare(List<Term> terms, TokenStreamLocation at, String path) {
      declared.addAll(terms);
      if (known != null) {
        return; // known from the start of this second reading
      }
      if (read > 0 && !terms.isEmpty()) {
        throw new Reread(new ArrayList<>(declared), at, path);
      }
      vocabularies = base.with(declared);
      activityDecoder = null;
      snapshotDecoder = null;
    }

    /** One activity or snapshot: accepted, rejected (lenient) or fatal (strict). */
    private void element(boolean activity) {
      read++;
      TokenStreamLocation start = p.currentTokenLocation();
      int arrayDepth =
          p.currentToken().isStructStart() ? p.streamReadContext().getParent().getNestingDepth() : p.streamReadContext().getNestingDepth();
      try {
        if (activity) {
          if (activityDecoder == null) {
            activityDecoder = new RecordDecoder(vocabularies, RecordLayout.ACTIVITIES);
          }
          Activity a = (Activity) activityDecoder.read(p);
          Long previous = activityLines.putIfAbsent(a.id(), (long) start.getLineNr());
          if (previous != null) {
            throw new JsonFault(
                start, JsonPaths.of(p) + ".id", "an activity id not used before (it is used on line " + previous + ")", JsonPaths.quote(a.id()), null);
          }
          activities.add(a);
        } else {
          if (snapshotDecoder == null) {
            snapshotDecoder = new RecordDecoder(vocabularies, RecordLayout.SNAPSHOTS);
          }
          AudienceSnapshot s = (AudienceSnapshot) snapshotDecoder.read(p);
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
