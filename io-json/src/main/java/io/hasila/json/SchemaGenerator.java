package io.hasila.json;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Platform;
import io.hasila.model.Property;
import io.hasila.model.RecordType;
import io.hasila.model.Term;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import io.hasila.tally.Provenance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Generates the JSON Schemas of {@link JsonSchemas} from the descriptions: every record type, its
 * properties, their value types and cardinalities, the vocabularies and their well-known codes.
 * The schemas refer to each other with {@code $ref}s relative to their {@code $id}s; what they
 * share is in {@code common-2.schema.json}. The committed files are these schemas; a test
 * regenerates them and fails when they differ. Stateless.
 */
final class SchemaGenerator {
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final String COMMON = file(JsonSchemas.COMMON);
  private static final String RECORD = file(JsonSchemas.RECORD);
  private static final String DEFINITION = file(JsonSchemas.TALLY_DEFINITION);
  private static final String CODE_PATTERN = "^[a-z0-9]+([._-][a-z0-9]+)*$";

  private SchemaGenerator() {}

  /** Every schema's text (indented, with a final line feed) by resource name, in the order of {@link JsonSchemas#ALL}. */
  static Map<String, String> generate() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(JsonSchemas.COMMON, text(common()));
    out.put(JsonSchemas.RECORD, text(record()));
    out.put(JsonSchemas.DATASET, text(dataset()));
    out.put(JsonSchemas.TALLY_DEFINITION, text(tallyDefinition()));
    out.put(JsonSchemas.TALLY, text(tally()));
    out.put(JsonSchemas.VOCABULARIES, text(vocabularies()));
    out.put(JsonSchemas.MAPPING, text(mapping()));
    return out;
  }

  private static String file(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  private static Map<String, Object> head(String resource, String title, String description) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("$schema", DRAFT);
    s.put("$id", JsonSchemas.id(resource));
    s.put("title", title);
    s.put("description", description);
    return s;
  }

  // --- common-2 ----------------------------------------------------------------------------------

  private static Map<String, Object> common() {
    Map<String, Object> s =
        head(
            JsonSchemas.COMMON,
            "Hasila JSON: shared definitions",
            "What Hasila's JSON schemas share: texts, dates, codes of each vocabulary, the nested records, labels, institutions"
                + " and declared vocabularies. Generated from the descriptions of Hasila's model.");
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("text", obj("type", "string", "pattern", "\\S", "description", "A string with at least one non-blank character."));
    defs.put(
        "language",
        obj("type", "string", "pattern", "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", "description", "A BCP 47 language tag such as ar, fr or ar-MA."));
    defs.put(
        "date",
        obj("type", "string", "pattern", "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}$", "format", "date", "description", "An ISO-8601 calendar date, yyyy-MM-dd."));
    defs.put(
        "dateTime",
        obj(
            "type",
            "string",
            "pattern",
            "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)(\\[[^\\]]+\\])?$",
            "description",
            "An ISO-8601 date-time with offset and optional region, as java.time's ISO_ZONED_DATE_TIME writes it:"
                + " 2020-03-20T10:15:00+01:00[Africa/Casablanca]."));
    defs.put("uri", obj("type", "string", "description", "A URI (RFC 3986)."));
    defs.put(
        "code",
        obj(
            "type",
            "string",
            "pattern",
            CODE_PATTERN,
            "description",
            "A code of an open vocabulary: lower case letters and digits joined by '_', '-' or '.'. A reader accepts the"
                + " well-known codes and those the institution declares."));
    for (Vocabulary<?> v : Vocabularies.all()) {
      List<Object> examples = new ArrayList<>();
      v.wellKnown().forEach(t -> examples.add(t.code()));
      defs.put(
          codeDef(v),
          obj(
              "$ref",
              "#/$defs/code",
              "description",
              "A code of the vocabulary " + v.name() + " (" + v.labels().en() + "): one of the well-known codes listed in"
                  + " examples, or one the institution declares.",
              "examples",
              examples));
    }
    for (RecordType<?> nested : nestedTypes()) {
      defs.put(nested.code(), recordSchema(nested, "", false));
    }
    defs.put(
        "labels",
        obj(
            "type",
            "object",
            "description",
            "Labels in Arabic, French and English.",
            "properties",
            obj("ar", ref("", "text"), "fr", ref("", "text"), "en", ref("", "text")),
            "required",
            List.of("ar", "fr", "en"),
            "additionalProperties",
            false));
    defs.put(
        "institution",
        obj(
            "type",
            "object",
            "description",
            "The institution: its id, name and time zone (an IANA zone id such as Africa/Casablanca).",
            "properties",
            obj("id", ref("", "text"), "name", ref("", "text"), "zone", ref("", "text")),
            "required",
            List.of("id", "name", "zone"),
            "additionalProperties",
            false));
    Map<String, Object> byVocabulary = new LinkedHashMap<>();
    for (Vocabulary<?> v : Vocabularies.all()) {
      byVocabulary.put(
          v.name(),
          obj(
              "type",
              "array",
              "items",
              obj(
                  "type",
                  "object",
                  "properties",
                  obj("code", ref("", "code"), "labels", ref("", "labels")),
                  "required",
                  List.of("code", "labels"),
                  "additionalProperties",
                  false)));
    }
    defs.put(
        "vocabularies",
        obj(
            "type",
            "object",
            "description",
            "Codes an institution declares beyond (or relabelling) the well-known ones, by vocabulary name.",
            "properties",
            byVocabulary,
            "additionalProperties",
            false));
    s.put("$defs", defs);
    return s;
  }

  private static String codeDef(Vocabulary<?> v) {
    return "code." + v.name();
  }

  /** The record types nested in the described ones, in the order they are first met. */
  private static List<RecordType<?>> nestedTypes() {
    Set<RecordType<?>> out = new LinkedHashSet<>();
    List<RecordType<?>> tops = new ArrayList<>(ActivityType.all());
    tops.add(AudienceSnapshot.TYPE);
    for (RecordType<?> t : tops) {
      collectNested(t, out);
    }
    return new ArrayList<>(out);
  }

  private static void collectNested(RecordType<?> type, Set<RecordType<?>> out) {
    for (Property<?, ?> p : type.properties()) {
      p.type().recordType().ifPresent(r -> {
        out.add(r);
        collectNested(r, out);
      });
    }
  }

  /** The schema of a record type; {@code common} is the prefix of references into common-2 ("" inside it). */
  private static Map<String, Object> recordSchema(RecordType<?> type, String common, boolean top) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    if (top) {
      properties.put(RecordLayout.TYPE, obj("const", type.code()));
      required.add(RecordLayout.TYPE);
    }
    for (Property<?, ?> p : type.properties()) {
      properties.put(p.name(), propertySchema(p, common));
      if (p.required()) {
        required.add(p.name());
      }
    }
    return obj(
        "type",
        "object",
        "description",
        type.labels().en(),
        "properties",
        properties,
        "required",
        required,
        "additionalProperties",
        false);
  }

  private static Map<String, Object> propertySchema(Property<?, ?> p, String common) {
    Map<String, Object> value = valueSchema(p.type(), common);
    if (p.cardinality() != Property.Cardinality.MANY) {
      Map<String, Object> s = new LinkedHashMap<>(value);
      s.put("description", p.labels().en() + (p.defaultValue().isPresent() ? " (" + p.defaultValue().get() + " when left out)" : ""));
      return s;
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "array");
    s.put("description", p.labels().en() + (p.ordered() ? ", in the order recorded" : ", each once"));
    s.put("items", value);
    if (p.minItems() > 0) {
      s.put("minItems", p.minItems());
    }
    if (!p.ordered()) {
      s.put("uniqueItems", true);
    }
    return s;
  }

  private static Map<String, Object> valueSchema(ValueType<?> t, String common) {
    switch (t.kind()) {
      case TEXT:
        return ref(common, "text");
      case LANGUAGE:
        return ref(common, "language");
      case BOOLEAN:
        return obj("type", "boolean");
      case INTEGER:
      case LONG:
        return obj("type", "integer", "minimum", t.minimum().getAsLong(), "maximum", t.maximum().getAsLong());
      case DATE:
        return ref(common, "date");
      case DATE_TIME:
        return ref(common, "dateTime");
      case URI:
        return ref(common, "uri");
      case CODE:
        return ref(common, codeDef(t.vocabulary().orElseThrow()));
      case RECORD:
      default:
        return ref(common, t.recordType().orElseThrow().code());
    }
  }

  private static Map<String, Object> ref(String file, String def) {
    return obj("$ref", file + "#/$defs/" + def);
  }

  // --- record-2, dataset-2, vocabularies-1 -------------------------------------------------------

  private static Map<String, Object> record() {
    Map<String, Object> s =
        head(
            JsonSchemas.RECORD,
            "Hasila JSON Lines record",
            "One line of a Hasila JSON Lines file (.jsonl): an activity or an audience snapshot, told apart by its type."
                + " Optional properties are left out when absent, never null. Generated from the descriptions of Hasila's model.");
    List<Object> all = new ArrayList<>();
    List<Object> activities = new ArrayList<>();
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("activity", obj("description", "An activity of any type.", "oneOf", activities));
    for (ActivityType<?> t : ActivityType.all()) {
      activities.add(ref("", t.code()));
      all.add(ref("", t.code()));
      defs.put(t.code(), recordSchema(t, COMMON, true));
    }
    all.add(ref("", AudienceSnapshot.TYPE.code()));
    defs.put(AudienceSnapshot.TYPE.code(), recordSchema(AudienceSnapshot.TYPE, COMMON, true));
    s.put("oneOf", all);
    s.put("$defs", defs);
    return s;
  }

  private static Map<String, Object> dataset() {
    Map<String, Object> s =
        head(
            JsonSchemas.DATASET,
            "Hasila dataset document",
            "Everything recorded for one institution: its activities, audience snapshots and declared codes (schemaVersion 2).");
    s.put("type", "object");
    s.put(
        "properties",
        obj(
            "schemaVersion",
            obj("const", DatasetCodec.SCHEMA_VERSION),
            "institution",
            ref(COMMON, "institution"),
            VocabularyCodec.MEMBER,
            ref(COMMON, "vocabularies"),
            "activities",
            obj("type", "array", "items", ref(RECORD, "activity")),
            "snapshots",
            obj("type", "array", "items", ref(RECORD, AudienceSnapshot.TYPE.code()))));
    s.put("required", List.of("schemaVersion", "institution"));
    s.put("additionalProperties", false);
    return s;
  }

  private static Map<String, Object> vocabularies() {
    Map<String, Object> s =
        head(
            JsonSchemas.VOCABULARIES,
            "Hasila vocabulary document",
            "Codes an institution declares beyond (or relabelling) the well-known ones, by vocabulary (schemaVersion 1).");
    s.put("type", "object");
    s.put(
        "properties",
        obj("schemaVersion", obj("const", VocabularyCodec.SCHEMA_VERSION), VocabularyCodec.MEMBER, ref(COMMON, "vocabularies")));
    s.put("required", List.of("schemaVersion", VocabularyCodec.MEMBER));
    s.put("additionalProperties", false);
    return s;
  }

  // --- tally-definition-3, tally-3, mapping-1 ----------------------------------------------------

  private static Map<String, Object> tallyDefinition() {
    Map<String, Object> s =
        head(
            JsonSchemas.TALLY_DEFINITION,
            "Hasila tally definition document",
            "The tree of categories an institution reports, each with the measure that computes it, the rules its figures"
                + " must pass and the codes it declares (schemaVersion 3). A schema cannot say that category ids are unique,"
                + " that a child's id is under its parent's, that a total has a part with a value, that a property path exists"
                + " or that listed values fit it, that codes are known or declared, or that rules name categories of the"
                + " definition: the reader checks those.");
    s.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("schemaVersion", obj("const", TallyReader.VERSION));
    properties.putAll(definitionProperties());
    s.put("properties", properties);
    s.put("required", List.of("schemaVersion", "id", "labels", "categories"));
    s.put("additionalProperties", false);
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put(
        "definition",
        obj(
            "type",
            "object",
            "description",
            "A definition inside a tally document: a definition document without its schemaVersion.",
            "properties",
            definitionProperties(),
            "required",
            List.of("id", "labels", "categories"),
            "additionalProperties",
            false));
    defs.put(
        "categoryId",
        obj("type", "string", "pattern", "^[a-z0-9_]+(\\.[a-z0-9_]+)*$", "description", "Dot-separated segments, such as communication.rebuttals."));
    defs.put(
        "category",
        obj(
            "type",
            "object",
            "properties",
            obj(
                "id",
                obj("$ref", "#/$defs/categoryId"),
                "labels",
                ref(COMMON, "labels"),
                "synonyms",
                obj(
                    "type",
                    "object",
                    "description",
                    "Other names of the category a press text may use, by language; each list optional.",
                    "properties",
                    obj(
                        "ar",
                        obj("type", "array", "items", ref(COMMON, "text")),
                        "fr",
                        obj("type", "array", "items", ref(COMMON, "text")),
                        "en",
                        obj("type", "array", "items", ref(COMMON, "text"))),
                    "additionalProperties",
                    false),
                "measure",
                obj("$ref", "#/$defs/measure"),
                "role",
                obj(
                    "enum",
                    TallyReader.ROLES,
                    "description",
                    "Under the parent: part (added up into a total; the default), at_most (a subset, never more than the parent) or"
                        + " display_only (shown, never checked)."),
                "checkedTotal",
                obj("type", "boolean"),
                "tolerance",
                obj("type", "integer", "minimum", 0, "description", "How far the parts may be from this total; 0 unless set."),
                "note",
                ref(COMMON, "text"),
                "children",
                obj("type", "array", "items", obj("$ref", "#/$defs/category"))),
            "required",
            List.of("id", "labels", "measure"),
            "additionalProperties",
            false));
    defs.put(
        "rule",
        obj(
            "type",
            "object",
            "description",
            "A check between categories: the parts add up to the total (sum), at most to it (at_most), or as running totals"
                + " of one date (sum_at_date).",
            "properties",
            obj(
                "kind",
                obj("enum", TallyReader.RULE_KINDS),
                "total",
                obj("$ref", "#/$defs/categoryId"),
                "parts",
                obj("type", "array", "items", obj("$ref", "#/$defs/categoryId"), "minItems", 1, "uniqueItems", true),
                "tolerance",
                obj("type", "integer", "minimum", 0),
                "note",
                ref(COMMON, "text")),
            "required",
            List.of("kind", "total", "parts"),
            "additionalProperties",
            false));
    defs.put(
        "propertyPath",
        obj(
            "type",
            "string",
            "pattern",
            "^[a-z][A-Za-z0-9_]*(\\.[a-z][A-Za-z0-9]*)*$",
            "description",
            "A property path: an activity type's code or a property every activity has, then property names, joined by dots.",
            "examples",
            propertyPaths()));
    defs.put(
        "values",
        obj(
            "type",
            "array",
            "description",
            "Values in the JSON form of the path's value type: codes and texts as strings, numbers, true or false.",
            "items",
            obj("type", List.of("string", "integer", "boolean")),
            "minItems",
            1,
            "uniqueItems",
            true));
    defs.put("dateRange", dateRange());
    List<Object> selectors = new ArrayList<>();
    selectors.add(single("all", obj("const", true)));
    List<Object> types = new ArrayList<>();
    ActivityType.all().forEach(t -> types.add(t.code()));
    selectors.add(single("type", obj("type", "array", "items", obj("enum", types), "minItems", 1, "uniqueItems", true)));
    selectors.add(condition(obj("$ref", "#/$defs/propertyPath"), true));
    selectors.add(condition(obj("$ref", "#/$defs/propertyPath"), false));
    selectors.add(single("between", obj("$ref", "#/$defs/dateRange")));
    selectors.add(single("and", obj("type", "array", "items", obj("$ref", "#/$defs/selector"), "minItems", 1)));
    selectors.add(single("or", obj("type", "array", "items", obj("$ref", "#/$defs/selector"), "minItems", 1)));
    selectors.add(single("not", obj("$ref", "#/$defs/selector")));
    defs.put("selector", obj("description", "Which activities a measure counts.", "oneOf", selectors));
    List<Object> measures = new ArrayList<>();
    measures.add(measure("count", obj("selector", obj("$ref", "#/$defs/selector")), List.of("selector")));
    measures.add(
        measure(
            "distinct",
            obj(
                "of",
                obj("$ref", "#/$defs/propertyPath"),
                "where",
                obj("oneOf", List.of(condition(obj("type", "string"), true), condition(obj("type", "string"), false))),
                "selector",
                obj("$ref", "#/$defs/selector")),
            List.of("of", "selector")));
    measures.add(measure("sum", obj("of", obj("$ref", "#/$defs/propertyPath"), "selector", obj("$ref", "#/$defs/selector")), List.of("of", "selector")));
    List<Object> numeric = new ArrayList<>(LegacyForms.Snapshots.names());
    measures.add(
        measure(
            "latest_snapshot",
            obj("platform", ref(COMMON, codeDef(Platform.VOCABULARY)), "account", ref(COMMON, "text"), "of", obj("enum", numeric)),
            List.of("platform", "of")));
    measures.add(
        measure(
            "snapshot_at",
            obj(
                "date",
                ref(COMMON, "date"),
                "platform",
                ref(COMMON, codeDef(Platform.VOCABULARY)),
                "account",
                ref(COMMON, "text"),
                "of",
                obj("enum", numeric)),
            List.of("date", "platform", "of")));
    measures.add(measure("sum_of_children", obj(), List.of()));
    measures.add(measure("published_only", obj(), List.of()));
    measures.add(measure("programme", obj(), List.of()));
    measures.add(measure("none", obj(), List.of()));
    defs.put("measure", obj("description", "How a category's value is obtained.", "oneOf", measures));
    s.put("$defs", defs);
    return s;
  }

  private static Map<String, Object> definitionProperties() {
    return obj(
        "id",
        ref(COMMON, "text"),
        "version",
        obj("$ref", COMMON + "#/$defs/text", "description", "The definition's version: one id and version, one definition."),
        "labels",
        ref(COMMON, "labels"),
        VocabularyCodec.MEMBER,
        ref(COMMON, "vocabularies"),
        "categories",
        obj("type", "array", "items", obj("$ref", "#/$defs/category")),
        "rules",
        obj("type", "array", "items", obj("$ref", "#/$defs/rule")));
  }

  private static Map<String, Object> dateRange() {
    return obj(
        "type",
        "object",
        "properties",
        obj("from", ref(COMMON, "date"), "to", ref(COMMON, "date")),
        "required",
        List.of("from", "to"),
        "additionalProperties",
        false);
  }

  /** A selector form with a single property. */
  private static Map<String, Object> single(String name, Map<String, Object> value) {
    return obj("type", "object", "properties", obj(name, value), "required", List.of(name), "additionalProperties", false);
  }

  /** A condition on a property: with the values it may hold ({@code in}), or a range of numbers. */
  private static Map<String, Object> condition(Map<String, Object> property, boolean in) {
    Map<String, Object> properties =
        in
            ? obj("property", property, "in", obj("$ref", DEFINITION_LOCAL + "values"))
            : obj("property", property, "from", obj("type", "integer"), "to", obj("type", "integer"));
    return obj(
        "type",
        "object",
        "properties",
        properties,
        "required",
        in ? List.of("property", "in") : List.of("property", "from", "to"),
        "additionalProperties",
        false);
  }

  private static final String DEFINITION_LOCAL = "#/$defs/";

  private static Map<String, Object> measure(String kind, Map<String, Object> own, List<String> required) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("kind", obj("const", kind));
    properties.putAll(own);
    List<Object> req = new ArrayList<>();
    req.add("kind");
    req.addAll(required);
    return obj("type", "object", "properties", properties, "required", req, "additionalProperties", false);
  }

  /** Every property path of every activity type, as examples: the common ones, then each type's own. */
  private static List<Object> propertyPaths() {
    List<Object> out = new ArrayList<>();
    for (Property<Activity, ?> p : Activity.PROPERTIES) {
      paths(p.name(), p, out);
    }
    for (ActivityType<?> t : ActivityType.all()) {
      for (Property<?, ?> p : t.ownProperties()) {
        paths(t.code() + "." + p.name(), p, out);
      }
    }
    return out;
  }

  private static void paths(String dotted, Property<?, ?> p, List<Object> out) {
    out.add(dotted);
    p.type().recordType().ifPresent(r -> r.properties().forEach(n -> paths(dotted + "." + n.name(), n, out)));
  }

  private static Map<String, Object> tally() {
    Map<String, Object> s =
        head(
            JsonSchemas.TALLY,
            "Hasila tally document",
            "The figures of one institution for one period under a definition, inline or named by id (and version), each"
                + " figure with its provenance, the sources of the published ones listed once (schemaVersion 3). A schema cannot"
                + " say that figures name the definition's categories that have a value, once each, or that a published figure"
                + " names a listed source and every listed source is named: the reader checks that.");
    s.put("type", "object");
    s.put(
        "properties",
        obj(
            "schemaVersion",
            obj("const", TallyReader.VERSION),
            "definition",
            ref(DEFINITION, "definition"),
            "definitionRef",
            ref(COMMON, "text"),
            "definitionVersion",
            ref(COMMON, "text"),
            "institution",
            ref(COMMON, "institution"),
            "period",
            ref(DEFINITION, "dateRange"),
            "sources",
            obj("type", "array", "items", obj("$ref", "#/$defs/source")),
            "figures",
            obj("type", "array", "items", obj("$ref", "#/$defs/figure"))));
    s.put("required", List.of("schemaVersion", "institution", "period"));
    s.put("oneOf", List.of(obj("required", List.of("definition")), obj("required", List.of("definitionRef"))));
    s.put("additionalProperties", false);
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put(
        "figure",
        obj(
            "type",
            "object",
            "properties",
            obj(
                "category",
                ref(DEFINITION, "categoryId"),
                "value",
                obj("type", "integer"),
                "provenance",
                obj("$ref", "#/$defs/provenance")),
            "required",
            List.of("category", "value", "provenance"),
            "additionalProperties",
            false));
    List<Object> provenances = new ArrayList<>();
    provenances.add(
        provenance(Provenance.Kind.COMPUTED, obj("inputs", obj("type", "integer", "minimum", 0)), List.of("inputs")));
    provenances.add(
        provenance(
            Provenance.Kind.PUBLISHED,
            obj("source", obj("type", "string", "pattern", CODE_PATTERN, "description", "The id of one of the tally's sources.")),
            List.of("source")));
    provenances.add(
        provenance(
            Provenance.Kind.DERIVED,
            obj("formula", ref(COMMON, "text"), "from", obj("type", "array", "items", ref(COMMON, "text"), "minItems", 1)),
            List.of("formula", "from")));
    defs.put("provenance", obj("oneOf", provenances));
    defs.put(
        "source",
        obj(
            "type",
            "object",
            "properties",
            obj(
                "id",
                obj("type", "string", "pattern", CODE_PATTERN, "description", "The source's id in the tally, named by its figures."),
                "title",
                ref(COMMON, "text"),
                "publisher",
                ref(COMMON, "text"),
                "date",
                ref(COMMON, "date"),
                "url",
                ref(COMMON, "uri"),
                "language",
                ref(COMMON, "language"),
                "note",
                ref(COMMON, "text")),
            "required",
            List.of("id", "title"),
            "additionalProperties",
            false));
    s.put("$defs", defs);
    return s;
  }

  private static Map<String, Object> mapping() {
    Map<String, Object> s =
        head(
            JsonSchemas.MAPPING,
            "Hasila mapping document",
            "How the categories of an earlier tally definition (from) correspond to those of a later one (to): renamed,"
                + " merged, split, new or discontinued lines; a category not named matches by id (schemaVersion 1). A schema"
                + " cannot say that the ids are categories of the definitions: the reader checks that when it knows them.");
    s.put("type", "object");
    Map<String, Object> ids = obj("type", "array", "items", ref(DEFINITION, "categoryId"), "uniqueItems", true);
    s.put(
        "properties",
        obj(
            "schemaVersion",
            obj("const", MappingCodec.SCHEMA_VERSION),
            "from",
            ref(COMMON, "text"),
            "to",
            ref(COMMON, "text"),
            "note",
            ref(COMMON, "text"),
            "lines",
            obj(
                "type",
                "array",
                "items",
                obj(
                    "type",
                    "object",
                    "description",
                    "Categories of the earlier definition (from), added up, against categories of the later one (to), added up;"
                        + " one side may be empty.",
                    "properties",
                    obj("from", ids, "to", ids, "note", ref(COMMON, "text")),
                    "required",
                    List.of("from", "to"),
                    "additionalProperties",
                    false))));
    s.put("required", List.of("schemaVersion", "from", "to"));
    s.put("additionalProperties", false);
    return s;
  }

  private static Map<String, Object> provenance(Provenance.Kind kind, Map<String, Object> own, List<String> required) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("kind", obj("const", TallyReader.provenanceKind(kind)));
    properties.putAll(own);
    List<Object> req = new ArrayList<>();
    req.add("kind");
    req.addAll(required);
    return obj("type", "object", "properties", properties, "required", req, "additionalProperties", false);
  }

  // --- writing -----------------------------------------------------------------------------------

  /** An object from alternating names and values. */
  private static Map<String, Object> obj(Object... entries) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < entries.length; i += 2) {
      m.put((String) entries[i], entries[i + 1]);
    }
    return m;
  }

  /** The schema as a document: two-space indentation, short objects and lists of scalars on one line, a final line feed. */
  private static String text(Map<String, Object> schema) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonSupport(JsonLimits.defaults()).documentGenerator(out)) {
      write(g, schema);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonGenerator g, Object value) {
    if (value instanceof Map) {
      Map<String, Object> m = (Map<String, Object>) value;
      if (inline(m)) {
        JsonSupport.inlineNext(g);
      }
      g.writeStartObject();
      for (Map.Entry<String, Object> e : m.entrySet()) {
        g.writeName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List) {
      List<Object> l = (List<Object>) value;
      if (l.stream().allMatch(SchemaGenerator::scalar)) {
        JsonSupport.inlineNext(g);
      }
      g.writeStartArray();
      for (Object o : l) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (value instanceof String) {
      g.writeString((String) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else if (value instanceof Integer) {
      g.writeNumber((Integer) value);
    } else if (value instanceof Long) {
      g.writeNumber((Long) value);
    } else if (value instanceof Term) {
      g.writeString(((Term) value).code());
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  private static boolean scalar(Object o) {
    return !(o instanceof Map) && !(o instanceof List);
  }

  /** Whether an object reads best on one line: a few scalars, or a few scalar lists, and short. */
  @SuppressWarnings("unchecked")
  private static boolean inline(Map<String, Object> m) {
    int length = 0;
    for (Map.Entry<String, Object> e : m.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Map) {
        return false;
      }
      if (v instanceof List) {
        if (!((List<Object>) v).stream().allMatch(SchemaGenerator::scalar)) {
          return false;
        }
        length += String.valueOf(v).length();
      } else {
        length += String.valueOf(v).length();
      }
      length += e.getKey().length() + 6;
    }
    return length <= 100;
  }
}
