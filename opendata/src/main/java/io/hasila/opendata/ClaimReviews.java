package io.hasila.opendata;

import io.hasila.model.Activity;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Claim;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * The schema.org {@code ClaimReview} export: one review per rebuttal of false news, with the claim
 * it reviews, what search engines and fact-check aggregators read.
 *
 * <p>A rebuttal ({@link Bulletin} of kind {@link BulletinKind#REBUTTAL}) is written when it has
 * what Google's ClaimReview guidance requires: its claim ({@code claimReviewed}), the claim's
 * {@link Claim#verdict() verdict} ({@code reviewRating.alternateName}, in the rebuttal's language)
 * and its own address ({@code url}); others are listed in the {@link ExportSummary} with the reason.
 * The institution is the author; the claim's claimant, appearance, platform and first sighting
 * describe the {@code itemReviewed}. Immutable and thread safe.
 */
public final class ClaimReviews {
  private final Institution institution;
  private final URI institutionUrl;

  private ClaimReviews(Institution institution, URI institutionUrl) {
    this.institution = institution;
    this.institutionUrl = institutionUrl;
  }

  /** The export of the rebuttals of {@code institution}, their author. */
  public static ClaimReviews of(Institution institution) {
    return new ClaimReviews(Objects.requireNonNull(institution, "institution"), null);
  }

  /** The same export with the institution's web site as the author's {@code url}. */
  public ClaimReviews withInstitutionUrl(URI url) {
    return new ClaimReviews(institution, Objects.requireNonNull(url, "url"));
  }

  /**
   * Writes one JSON-LD document, {@code {"@context": "https://schema.org", "@graph": [...]}}, with a
   * review per qualifying rebuttal among {@code activities}, to a file atomically; the activities
   * are read once, in order, so a streamed log needs constant memory.
   *
   * @throws HasilaOpenDataException if the file cannot be written
   */
  public ExportSummary write(Path file, Iterable<? extends Activity> activities) {
    return write(JsonOut.toFile(Objects.requireNonNull(file, "file")), activities);
  }

  /**
   * Writes the document of {@link #write(Path, Iterable)} to a stream, flushes it and leaves it open.
   *
   * @throws HasilaOpenDataException if the stream cannot be written
   */
  public ExportSummary write(OutputStream out, Iterable<? extends Activity> activities) {
    return write(JsonOut.toStream(Objects.requireNonNull(out, "out")), activities);
  }

  /**
   * The review of one rebuttal as a JSON-LD document of its own, for a web page's {@code <script
   * type="application/ld+json">}; empty if the rebuttal lacks what a review requires.
   */
  public Optional<String> document(Bulletin rebuttal) {
    if (problem(rebuttal) != null) {
      return Optional.empty();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonOut out = JsonOut.toStream(bytes);
    review(out.generator(), rebuttal, true);
    out.commit();
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }

  private ExportSummary write(JsonOut out, Iterable<? extends Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    long written = 0;
    List<String> skipped = new ArrayList<>();
    try (out) {
      try {
        JsonGenerator g = out.generator();
        g.writeStartObject();
        g.writeStringProperty("@context", LinkedTerms.SCHEMA_CONTEXT);
        g.writeName("@graph");
        g.writeStartArray();
        for (Activity a : activities) {
          if (a.type() != Bulletin.TYPE) {
            continue;
          }
          Bulletin b = Bulletin.TYPE.javaType().cast(a);
          if (!b.kind().equals(BulletinKind.REBUTTAL)) {
            continue;
          }
          String problem = problem(b);
          if (problem != null) {
            skipped.add(b.id() + ": " + problem);
            continue;
          }
          review(g, b, false);
          written++;
        }
        g.writeEndArray();
        g.writeEndObject();
      } catch (JacksonException e) {
        throw out.failure(e);
      }
      out.commit();
    }
    return new ExportSummary(written, skipped);
  }

  /** Why a rebuttal cannot be reviewed, or null if it can. */
  private static String problem(Bulletin b) {
    if (!b.kind().equals(BulletinKind.REBUTTAL)) {
      return "not a rebuttal (kind " + b.kind().code() + ")";
    }
    if (b.claim().isEmpty()) {
      return "no claim (claimReviewed is required)";
    }
    if (b.claim().get().verdict().isEmpty()) {
      return "no verdict (reviewRating.alternateName is required)";
    }
    if (b.url().isEmpty()) {
      return "no url (the review's url is required)";
    }
    return null;
  }

  private void review(JsonGenerator g, Bulletin b, boolean standalone) {
    Claim claim = b.claim().orElseThrow();
    String language = b.language().orElse("en");
    g.writeStartObject();
    if (standalone) {
      g.writeStringProperty("@context", LinkedTerms.SCHEMA_CONTEXT);
    }
    g.writeStringProperty("@type", "ClaimReview");
    g.writeStringProperty("url", b.url().orElseThrow().toString());
    g.writeStringProperty("datePublished", b.date().toString());
    if (b.title().isPresent()) {
      g.writeStringProperty("name", b.title().get());
    }
    if (b.language().isPresent()) {
      g.writeStringProperty("inLanguage", language);
    }
    g.writeStringProperty("claimReviewed", claim.text());
    g.writeName("author");
    g.writeStartObject();
    g.writeStringProperty("@type", "Organization");
    g.writeStringProperty("name", institution.name());
    if (institutionUrl != null) {
      g.writeStringProperty("url", institutionUrl.toString());
    }
    g.writeEndObject();
    g.writeName("itemReviewed");
    g.writeStartObject();
    g.writeStringProperty("@type", "Claim");
    if (claim.claimant().isPresent()) {
      g.writeName("author");
      g.writeStartObject();
      g.writeStringProperty("@type", "Person");
      g.writeStringProperty("name", claim.claimant().get());
      g.writeEndObject();
    }
    if (claim.firstSeen().isPresent()) {
      g.writeStringProperty("datePublished", claim.firstSeen().get().toString());
    }
    if (claim.appearance().isPresent() || claim.circulatedOn().isPresent()) {
      g.writeName("appearance");
      g.writeStartObject();
      g.writeStringProperty("@type", "CreativeWork");
      if (claim.appearance().isPresent()) {
        g.writeStringProperty("url", claim.appearance().get().toString());
      }
      if (claim.circulatedOn().isPresent()) {
        g.writeName("publisher");
        g.writeStartObject();
        g.writeStringProperty("@type", "Organization");
        g.writeStringProperty("name", claim.circulatedOn().get());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeName("reviewRating");
    g.writeStartObject();
    g.writeStringProperty("@type", "Rating");
    g.writeStringProperty("alternateName", label(claim.verdict().orElseThrow().labels(), language));
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The label in the rebuttal's language: Arabic, French, or else English. */
  private static String label(Labels labels, String language) {
    if (language.equals("ar") || language.startsWith("ar-")) {
      return labels.ar();
    }
    if (language.equals("fr") || language.startsWith("fr-")) {
      return labels.fr();
    }
    return labels.en();
  }

  /** The settings, for logs. */
  @Override
  public String toString() {
    return "ClaimReviews[" + institution.id() + "]";
  }
}
