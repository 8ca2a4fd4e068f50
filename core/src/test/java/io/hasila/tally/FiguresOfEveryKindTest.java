package io.hasila.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Labels;
import io.hasila.model.OrgUnit;
import io.hasila.model.Platform;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("every kind of figure a published tally holds: computed, published only, running totals at one date, programmes")
final class FiguresOfEveryKindTest {
  private static final Labels L = Labels.of("سطر", "ligne", "line");
  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

  private static TallyDefinition definition() {
    return TallyDefinition.builder()
        .id("test.kinds")
        .labels(L)
        .addCategories(
            Category.builder()
                .id("campaign")
                .labels(L)
                .measure(Measure.sumOfChildren())
                .addChildren(
                    Category.of("campaign.rebuttals", L, Measure.count(Selector.anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.REBUTTAL))),
                    Category.of("campaign.views", L, Measure.publishedOnly()))
                .build(),
            Category.builder()
                .id("followers")
                .labels(L)
                .measure(Measure.sumOfChildren())
                .addChildren(
                    Category.of("followers.twitter", L, Measure.snapshotAt(END_2020, Platform.TWITTER, "@DGSN_MAROC", AudienceSnapshot.FOLLOWERS)),
                    Category.of("followers.facebook", L, Measure.snapshotAt(END_2020, Platform.FACEBOOK, AudienceSnapshot.FOLLOWERS)),
                    Category.of("followers.instagram", L, Measure.snapshotAt(END_2020, Platform.INSTAGRAM, AudienceSnapshot.FOLLOWERS)))
                .build(),
            Category.builder().id("vigilance").labels(L).measure(Measure.programme()).note("set up in 2020, reported without a figure").build())
        .build();
  }

  private static Activity rebuttal(String id) {
    return Bulletin.builder().id(id).date(LocalDate.of(2020, 4, 2)).unit(OrgUnit.of("dgsn", "DGSN")).kind(BulletinKind.REBUTTAL).build();
  }

  private static Tally computed() {
    List<AudienceSnapshot> snapshots =
        List.of(
            AudienceSnapshot.of(Platform.TWITTER, "@DGSN_MAROC", END_2020, 225_191),
            AudienceSnapshot.of(Platform.TWITTER, "@DGSN_MAROC", LocalDate.of(2020, 6, 30), 120_000),
            AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc", END_2020, 191_903),
            AudienceSnapshot.of(Platform.FACEBOOK, "DGSN.Maroc.Jobs", END_2020, 1_000),
            AudienceSnapshot.of(Platform.INSTAGRAM, "dgsn.maroc", LocalDate.of(2020, 12, 30), 50_000));
    return Tally.compute(definition(), TestTallies.police(), DateRange.ofYear(2020), List.of(rebuttal("r1"), rebuttal("r2")), snapshots);
  }

  @Test
  @DisplayName("a published-only figure is never computed, and the computed tally says so; its total is not computed either")
  void publishedOnly() {
    Tally t = computed();
    assertEquals(OptionalLong.of(2), t.value("campaign.rebuttals"));
    assertTrue(t.figure("campaign.views").isEmpty());
    assertTrue(t.figure("campaign").isEmpty(), "a sum that would leave out a published-only part has no figure");
    assertEquals(List.of("campaign.views"), t.publishedOnly());
    Tally published =
        Tally.published(definition(), TestTallies.police(), DateRange.ofYear(2020), TestTallies.source(),
            java.util.Map.of("campaign", 120_002L, "campaign.rebuttals", 2L, "campaign.views", 120_000L));
    assertEquals(List.of(), published.publishedOnly());
    assertEquals(List.of(), published.check());
  }

  @Test
  @DisplayName("running totals at one date: one account, every account of a platform that day; none without a snapshot that day")
  void snapshotsAtOneDate() {
    Tally t = computed();
    assertEquals(OptionalLong.of(225_191), t.value("followers.twitter"));
    assertEquals(OptionalLong.of(192_903), t.value("followers.facebook"));
    assertEquals(2, ((Provenance.Computed) t.figure("followers.facebook").orElseThrow().provenance()).inputs());
    assertTrue(t.figure("followers.instagram").isEmpty(), "the Instagram snapshot is of the day before");
    assertEquals(OptionalLong.of(418_094), t.value("followers"));
    assertEquals(Provenance.Kind.DERIVED, t.figure("followers").orElseThrow().provenance().kind());
    assertEquals(List.of(Rule.sumAtDate("followers", "followers.twitter", "followers.facebook", "followers.instagram")),
        definition().allRules().subList(1, 2));
  }

  @Test
  @DisplayName("a programme is listed without a figure, and cannot be given one")
  void programme() {
    Category vigilance = definition().category("vigilance").orElseThrow();
    assertFalse(vigilance.hasValue());
    assertTrue(computed().figure("vigilance").isEmpty());
  }

  @Test
  @DisplayName("a tally lists its sources once, in the order of the figures that cite them; a source's id is made from its title")
  void sourcesOnce() {
    Source report = Source.builder().title("Annual report 2020").publisher("DGSN").language("ar").build();
    Source press = Source.builder().id("press-2020").title("La presse, 31 décembre 2020").language("fr").build();
    Tally t =
        TestTallies.published2020With(
            java.util.Map.of(
                TestTallies.COMMUNICATION, Figure.published(4_202, report),
                TestTallies.POSTS, Figure.published(689, press),
                TestTallies.REBUTTALS, Figure.published(152, report)));
    assertEquals("annual-report-2020", report.id());
    assertEquals("source", Source.of("الحصيلة السنوية").id());
    assertEquals("national-security-in-2020", Source.of("National security in 2020: the annual tally").id());
    assertEquals(List.of("annual-report-2020", "the-2020-communication-tally", "press-2020"), t.sources().stream().map(Source::id).toList());
  }
}
