package io.hasila.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.model.Activity;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the ClaimReview export has what Google's ClaimReview guidance requires, checked on the expanded JSON-LD")
final class ClaimReviewsTest {
  private static final String S = Expansion.SCHEMA;

  private static String export(List<? extends Activity> activities, List<ExportSummary> summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    summary.add(ClaimReviews.of(Data2020.INSTITUTION).withInstitutionUrl(URI.create("https://example.org/dgsn/")).write(out, activities));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<Bulletin> reviewable(List<? extends Activity> activities) {
    List<Bulletin> out = new ArrayList<>();
    for (Activity a : activities) {
      if (a.type() == Bulletin.TYPE) {
        Bulletin b = Bulletin.TYPE.javaType().cast(a);
        if (b.kind().equals(BulletinKind.REBUTTAL) && b.claim().flatMap(c -> c.verdict()).isPresent() && b.url().isPresent()) {
          out.add(b);
        }
      }
    }
    return out;
  }

  /** Checks every review of the export against its rebuttal, on the expanded form. */
  private static void check(List<? extends Activity> activities) {
    List<ExportSummary> summary = new ArrayList<>();
    String document = export(activities, summary);
    List<Bulletin> rebuttals = reviewable(activities);
    assertEquals(rebuttals.size(), summary.get(0).written());
    JsonArray expanded = Expansion.expand(document);
    assertEquals(List.of(), Expansion.unexpanded(expanded));
    assertEquals(rebuttals.size(), expanded.size());
    for (int i = 0; i < rebuttals.size(); i++) {
      Bulletin b = rebuttals.get(i);
      JsonObject review = expanded.getJsonObject(i);
      assertEquals(List.of(S + "ClaimReview"), Expansion.types(review));
      // Required: claimReviewed, reviewRating with alternateName, url.
      assertEquals(b.claim().orElseThrow().text(), Expansion.first(review, S + "claimReviewed").getString("@value"));
      assertEquals(b.url().orElseThrow().toString(), Expansion.first(review, S + "url").getString("@id"));
      JsonObject rating = Expansion.first(review, S + "reviewRating");
      assertEquals(List.of(S + "Rating"), Expansion.types(rating));
      String verdict = Expansion.first(rating, S + "alternateName").getString("@value");
      var labels = b.claim().orElseThrow().verdict().orElseThrow().labels();
      assertTrue(List.of(labels.ar(), labels.fr(), labels.en()).contains(verdict), verdict);
      // Recommended: author (the institution), datePublished, itemReviewed (a Claim).
      JsonObject author = Expansion.first(review, S + "author");
      assertEquals(List.of(S + "Organization"), Expansion.types(author));
      assertEquals(Data2020.INSTITUTION.name(), Expansion.first(author, S + "name").getString("@value"));
      JsonObject date = Expansion.first(review, S + "datePublished");
      assertEquals(b.date().toString(), date.getString("@value"));
      assertEquals(S + "Date", date.getString("@type"));
      JsonObject claim = Expansion.first(review, S + "itemReviewed");
      assertEquals(List.of(S + "Claim"), Expansion.types(claim));
      b.claim().orElseThrow().claimant().ifPresent(
          who -> assertEquals(who, Expansion.first(Expansion.first(claim, S + "author"), S + "name").getString("@value")));
      b.claim().orElseThrow().firstSeen().ifPresent(
          seen -> assertEquals(seen.toString(), Expansion.first(claim, S + "datePublished").getString("@value")));
      b.claim().orElseThrow().appearance().ifPresent(
          url -> assertEquals(url.toString(), Expansion.first(Expansion.first(claim, S + "appearance"), S + "url").getString("@id")));
    }
  }

  @Test
  @DisplayName("the 2020 log: one review per rebuttal, 152, each with its claim, claimant, verdict and address")
  void the2020Log() {
    List<Activity> log = Data2020.log().activities();
    assertEquals(152, reviewable(log).size());
    check(log);
  }

  @Test
  @DisplayName("generated logs: a review for every rebuttal that has a claim, a verdict and a url; the others are listed with why")
  void generated() {
    qt().withExamples(80).forAll(QuickTheoriesGens.of(HasilaGenerators.activityLists(15))).checkAssert(activities -> {
      check(activities);
      List<ExportSummary> summary = new ArrayList<>();
      export(activities, summary);
      long rebuttals =
          activities.stream()
              .filter(a -> a.type() == Bulletin.TYPE)
              .map(Bulletin.TYPE.javaType()::cast)
              .filter(b -> b.kind().equals(BulletinKind.REBUTTAL))
              .count();
      assertEquals(rebuttals, summary.get(0).written() + summary.get(0).skipped().size());
    });
  }

  @Test
  @DisplayName("one review as a document of its own, for a web page, reads in the rebuttal's language")
  void oneDocument() {
    Bulletin b = reviewable(Data2020.log().activities()).get(0);
    String document = ClaimReviews.of(Data2020.INSTITUTION).document(b).orElseThrow();
    JsonObject review = Expansion.expand(document).getJsonObject(0);
    String label = Expansion.first(Expansion.first(review, S + "reviewRating"), S + "alternateName").getString("@value");
    var labels = b.claim().orElseThrow().verdict().orElseThrow().labels();
    assertEquals(b.language().orElse("en").equals("ar") ? labels.ar() : b.language().orElse("en").equals("fr") ? labels.fr() : labels.en(), label);
  }
}
