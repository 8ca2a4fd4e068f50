package io.hasila.opendata;

import io.hasila.model.ActivityType;
import io.hasila.model.BulletinKind;
import io.hasila.model.Property;
import io.hasila.model.RecordType;
import io.hasila.model.Term;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How Hasila's described records become linked data: the one table of choices (the Activity Streams
 * 2.0 and schema.org type of each record type, keyed by its code; the few properties with a term of
 * those vocabularies, keyed by property name), and everything else derived from the descriptions.
 *
 * <p>A property without an entry here becomes the term of its own name in Hasila's vocabulary
 * ({@code https://hasila.io/ns#name}), typed from its {@link ValueType}: dates as {@code xsd:date},
 * date-times as {@code xsd:dateTime}, links and codes as IRIs (a code {@code c} of the vocabulary
 * {@code v} is {@code https://hasila.io/ns/v#c}). Immutable.
 */
final class LinkedTerms {
  static final String AS_CONTEXT = "https://www.w3.org/ns/activitystreams";
  static final String SCHEMA_CONTEXT = "https://schema.org";
  static final String HASILA = "https://hasila.io/ns#";
  static final String SCHEMA = "http://schema.org/";
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  /** The linked-data types of a record type, and why. */
  record Types(List<String> types, String reason) {}

  /**
   * A property's term: its JSON key, and the compact IRI Hasila's context defines it as ({@code
   * schema:...} or {@code hasila:...}); empty for a term the Activity Streams context defines.
   */
  record Mapped(String key, Optional<String> iri, String reason) {}

  /**
   * The types of each record type, by code: an Activity Streams type first (what fediverse and AS2
   * readers act on), then a schema.org type where one says more; {@code hasila:<Type>} is added to
   * every activity so that the Hasila type is never lost.
   */
  static final Map<String, Types> TYPES =
      ordered(
          "media_coverage",
          new Types(
              List.of("Article", "schema:NewsArticle"),
              "the piece an outside outlet published or aired; AS2 has no broadcast type, Article is its written work of several paragraphs and schema.org's NewsArticle says it is news"),
          "tweet",
          new Types(
              List.of("Note", "schema:SocialMediaPosting"),
              "a short post, what AS2 servers publish as a Note; schema.org's SocialMediaPosting says it was posted on a platform"),
          "bulletin",
          new Types(
              List.of("Article", "schema:Article"),
              "a written official communication of one or more paragraphs; schema.org has no press-release type, and a rebuttal is marked by its kind and typed ClaimReview too (see below)"),
          "community_meeting",
          new Types(
              List.of("Event", "schema:Event"),
              "a meeting on a date with counterparts who attend it"),
          "media_production",
          new Types(
              List.of("Document", "schema:CreativeWork"),
              "a piece the institution produced itself (reportage, informational piece): a document of any medium"),
          "publication_issue",
          new Types(
              List.of("Document", "schema:PublicationIssue"),
              "one issue of a periodical; schema.org's PublicationIssue has its issue number"),
          "outreach_initiative",
          new Types(
              List.of("Event", "schema:Event"),
              "a humanitarian or proximity initiative held on a date for its beneficiaries"),
          "campaign",
          new Types(
              List.of("Event", "schema:Event"),
              "a civic drive held on a date with participants; not an AS2 Activity, which is an actor acting on an object"),
          "org_unit",
          new Types(List.of("Organization"), "the organisational unit that carried out an activity"),
          "counterpart",
          new Types(List.of("Organization"), "an association or body met"),
          "claim",
          new Types(List.of("schema:Claim"), "schema.org's Claim, what a ClaimReview reviews"));

  /** A term of a vocabulary that adds a type to the activity that has it. */
  record ExtraType(Term term, String type, String reason) {}

  /** The types a coded value adds: a rebuttal is a schema.org ClaimReview of its claim. */
  static final List<ExtraType> EXTRA_TYPES =
      List.of(
          new ExtraType(
              BulletinKind.REBUTTAL,
              "schema:ClaimReview",
              "a rebuttal reviews a claim; its claim is the ClaimReview's itemReviewed"));

  /**
   * The properties written with a term of Activity Streams (no IRI: the AS2 context defines it) or
   * of schema.org (its IRI), by property name; every other property is a Hasila term.
   */
  static final Map<String, Mapped> MAPPED =
      ordered(
          "time", new Mapped("published", Optional.empty(), "when it was published or happened, as an xsd:dateTime"),
          "unit", new Mapped("attributedTo", Optional.empty(), "the unit it is attributed to, an Organization"),
          "themes", new Mapped("tag", Optional.empty(), "its themes, each an IRI of the theme vocabulary"),
          "title", new Mapped("name", Optional.empty(), "a title or headline is the object's name"),
          "name", new Mapped("name", Optional.empty(), "the name of a unit or counterpart"),
          "url", new Mapped("url", Optional.empty(), "where it can be read or seen"),
          "language", new Mapped("inLanguage", Optional.of("schema:inLanguage"), "AS2 has no language property; schema.org's inLanguage holds a BCP 47 tag"),
          "counterparts", new Mapped("attendee", Optional.of("schema:attendee"), "the counterparts attend the meeting (an Event)"),
          "number", new Mapped("issueNumber", Optional.of("schema:issueNumber"), "the issue number of a PublicationIssue"),
          "claim", new Mapped("itemReviewed", Optional.of("schema:itemReviewed"), "the claim a rebuttal (a ClaimReview) reviews"),
          "text", new Mapped("text", Optional.of("schema:text"), "the text of the claim"),
          "appearance", new Mapped("appearance", Optional.of("schema:appearance"), "a link to where the claim appeared"),
          "views", new Mapped("viewCount", Optional.of("hasila:viewCount"), "a Hasila count, named like the two below"),
          "likes", new Mapped("likeCount", Optional.of("hasila:likeCount"), "a Hasila count, renamed: AS2's likes is a collection"),
          "shares", new Mapped("shareCount", Optional.of("hasila:shareCount"), "a Hasila count, renamed: AS2's shares is a collection"));

  private LinkedTerms() {}

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... pairs) {
    Map<String, V> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (V) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The types written for a record type: the table's, then for an activity type its Hasila type. */
  static List<String> typesOf(RecordType<?> type) {
    Types t = TYPES.get(type.code());
    if (t == null) {
      throw new IllegalStateException(
          "no linked-data type for the record type " + type.code() + ": add it to LinkedTerms.TYPES");
    }
    List<String> out = new ArrayList<>(t.types());
    if (ActivityType.byCode(type.code()).filter(a -> a == type).isPresent()) {
      out.add("hasila:" + upperCamel(type.code()));
    }
    return out;
  }

  /** {@code media_coverage} as {@code MediaCoverage}. */
  static String upperCamel(String code) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char c : code.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  /** Whether the property becomes the node's {@code id}: a text property named {@code id}. */
  static boolean isId(Property<?, ?> p) {
    return p.name().equals("id") && p.type().kind() == ValueType.Kind.TEXT && p.cardinality() == Property.Cardinality.ONE;
  }

  /** The JSON key a property is written with. */
  static String keyOf(Property<?, ?> p) {
    Mapped m = MAPPED.get(p.name());
    return m == null ? p.name() : m.key();
  }

  /** The IRI the prefix of a vocabulary stands for. */
  static String vocabularyIri(Vocabulary<?> v) {
    return "https://hasila.io/ns/" + v.name() + "#";
  }

  /** Every record type the Activity Streams export writes: the activity types and the records nested in them. */
  static List<RecordType<?>> exportedTypes() {
    Set<RecordType<?>> out = new LinkedHashSet<>();
    for (ActivityType<?> t : ActivityType.all()) {
      collect(t, out);
    }
    return List.copyOf(out);
  }

  private static void collect(RecordType<?> t, Set<RecordType<?>> out) {
    if (!out.add(t)) {
      return;
    }
    for (Property<?, ?> p : t.properties()) {
      p.type().recordType().ifPresent(r -> collect(r, out));
    }
  }
}
