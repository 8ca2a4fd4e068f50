package io.hasila.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.aggregate.Aggregators;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Property;
import io.hasila.model.PropertyPath;
import io.hasila.model.Labels;
import io.hasila.model.Platform;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("tally validation errors name the type, the field and the offending value")
final class TallyValidationMessagesTest {
  private static final Labels L = Labels.of("فئة", "catégorie", "category");
  private static final Measure COUNT = Measure.count(Selector.ofType(Bulletin.TYPE));

  private static Arguments rule(String message, Supplier<?> build) {
    return Arguments.of(message, build);
  }

  @SuppressWarnings("unchecked")
  private static Property<AudienceSnapshot, Long> textField() {
    return (Property<AudienceSnapshot, Long>) (Property<?, ?>) AudienceSnapshot.ACCOUNT;
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule(
            "Category.id must be dot-separated segments of lower case letters, digits and '_' but was: \"Communication\"",
            () -> Category.of("Communication", L, COUNT)),
        rule(
            "Category.children must have ids of the form \"communication.segment\" but was: \"rebuttals\"",
            () -> Category.builder().id("communication").labels(L).measure(COUNT).addChildren(Category.of("rebuttals", L, COUNT)).build()),
        rule(
            "Category.children must have distinct ids but was: \"communication.posts\"",
            () ->
                Category.builder().id("communication").labels(L).measure(COUNT)
                    .addChildren(Category.of("communication.posts", L, COUNT), Category.of("communication.posts", L, COUNT))
                    .build()),
        rule(
            "Category.checkedTotal must be false when the measure is none but was: \"vigilance\"",
            () ->
                Category.builder().id("vigilance").labels(L).measure(Measure.none()).checkedTotal(true)
                    .addChildren(Category.of("vigilance.rebuttals", L, COUNT))
                    .build()),
        rule(
            "DateRange.to must not be before from 2020-12-31 but was: 2020-01-01",
            () -> DateRange.of(LocalDate.of(2020, 12, 31), LocalDate.of(2020, 1, 1))),
        rule("Source.title must not be blank but was: \"\"", () -> Source.of("")),
        rule("Computed.inputs must not be negative but was: -1", () -> Provenance.computed(-1)),
        rule("Derived.formula must not be blank but was: \" \"", () -> Provenance.derived(" ", List.of("a"))),
        rule("Derived.from must have at least one element but was: []", () -> Provenance.derived("a + b", List.of())),
        rule("And.selectors must have at least one element but was: []", () -> Selector.and()),
        rule("Selector.unitIds must not be blank but was: \"\"", () -> Selector.unit("")),
        rule(
            "Where.condition must list values of bulletin.kind (code of bulletin_kind) but was: \"rebuttal\"",
            () -> Selector.where(PropertyPath.parse("bulletin.kind"), Condition.anyOf("rebuttal"))),
        rule(
            "Where.condition must test numbers only on a number property, tweet.account is text but was: Range[min=1, max=2]",
            () -> Selector.where(PropertyPath.parse("tweet.account"), Condition.range(1, 2))),
        rule("Range.max must not be less than min 5 but was: 4", () -> Condition.range(5, 4)),
        rule("Sum.of must reach numbers but was: \"tweet.account\"", () -> Measure.sum(PropertyPath.parse("tweet.account"), Selector.all())),
        rule(
            "Distinct.filter must be on a property of the records community_meeting.counterparts reaches but was: \"kind\"",
            () -> Measure.distinct(PropertyPath.parse("community_meeting.counterparts.id"), Bulletin.KIND, Condition.anyOf(BulletinKind.NEWS), Selector.all())),
        rule(
            "LatestSnapshot.account must not be blank but was: \"\"",
            () -> Measure.latestSnapshot(Platform.TWITTER, "", AudienceSnapshot.FOLLOWERS)),
        rule(
            "LatestSnapshot.field must be a numeric property of audience_snapshot but was: \"account\"",
            () -> Measure.latestSnapshot(Platform.TWITTER, textField())),
        rule(
            "TallyDefinition.categories must have unique ids but was: \"blood_donors\"",
            () ->
                TallyDefinition.builder().id("d").labels(L)
                    .addCategories(Category.of("blood_donors", L, COUNT), Category.of("blood_donors", L, COUNT))
                    .build()),
        rule(
            "Tally.figures must only hold categories of test.communication.2020 but was: \"no_such_category\"",
            () ->
                Tally.builder().from(TestTallies.published2020())
                    .putFigures("no_such_category", Figure.computed(1, 1))
                    .build()),
        rule(
            "Category.children must not be at_most under social, which has no value but was: \"social.themed\"",
            () ->
                Category.builder().id("social").labels(L).measure(Measure.none())
                    .addChildren(Category.builder().id("social.themed").labels(L).measure(COUNT).role(Category.Role.AT_MOST).build())
                    .build()),
        rule(
            "Category.children must all be running totals of one date, or none, when they add up to followers (followers.x is a"
                + " running total at 2020-12-31) but was: \"followers.y is a running total at 2020-06-30\"",
            () ->
                Category.builder().id("followers").labels(L).measure(Measure.sumOfChildren())
                    .addChildren(
                        Category.of("followers.x", L, Measure.snapshotAt(LocalDate.of(2020, 12, 31), Platform.TWITTER, AudienceSnapshot.FOLLOWERS)),
                        Category.of("followers.y", L, Measure.snapshotAt(LocalDate.of(2020, 6, 30), Platform.FACEBOOK, AudienceSnapshot.FOLLOWERS)))
                    .build()),
        rule(
            "Category.children must all be running totals of one date, or none, when they add up to reach (reach.posts is not a"
                + " running total) but was: \"reach.followers is a running total at the end of the period\"",
            () ->
                Category.builder().id("reach").labels(L).measure(Measure.sumOfChildren())
                    .addChildren(Category.of("reach.posts", L, COUNT), Category.of("reach.followers", L, Measure.latestSnapshot(Platform.TWITTER)))
                    .build()),
        rule(
            "Category.measure must be a running total of the date of its parts (a running total at the end of the period) when"
                + " followers is their total but was: \"followers is not a running total\"",
            () ->
                Category.builder().id("followers").labels(L).measure(COUNT).checkedTotal(true)
                    .addChildren(Category.of("followers.x", L, Measure.latestSnapshot(Platform.TWITTER)))
                    .build()),
        rule(
            "Category.children must include a part with a value when communication is a total but was: [communication.themed (display_only)]",
            () ->
                Category.builder().id("communication").labels(L).measure(Measure.sumOfChildren())
                    .addChildren(Category.builder().id("communication.themed").labels(L).measure(COUNT).role(Category.Role.DISPLAY_ONLY).build())
                    .build()),
        rule("Category.tolerance must not be negative but was: -1", () -> Category.builder().id("x").labels(L).measure(COUNT).tolerance(-1).build()),
        rule(
            "TallyDefinition.rules[0].parts must name a category of d (did you mean \"health_emergency.rebuttals\"?) but was:"
                + " \"health_emergency.rebutals\"",
            () ->
                TallyDefinition.builder().id("d").labels(L)
                    .addCategories(
                        Category.of("rebuttals", L, COUNT),
                        Category.builder().id("health_emergency").labels(L).measure(Measure.none())
                            .addChildren(Category.of("health_emergency.rebuttals", L, COUNT))
                            .build())
                    .addRules(Rule.atMost("rebuttals", "health_emergency.rebutals"))
                    .build()),
        rule(
            "TallyDefinition.rules[0].total must name a category with a value but was: \"vigilance\"",
            () ->
                TallyDefinition.builder().id("d").labels(L)
                    .addCategories(Category.of("rebuttals", L, COUNT), Category.of("vigilance", L, Measure.programme()))
                    .addRules(Rule.atMost("vigilance", "rebuttals"))
                    .build()),
        rule(
            "TallyDefinition.rules[0] must not add up running totals (a sum_at_date rule adds up running totals of one date) but was:"
                + " \"followers\"",
            () ->
                TallyDefinition.builder().id("d").labels(L)
                    .addCategories(Category.of("followers", L, Measure.latestSnapshot(Platform.TWITTER)), Category.of("all", L, Measure.publishedOnly()))
                    .addRules(Rule.sum("all", "followers"))
                    .build()),
        rule("Rule.parts must name each category once but was: \"a\"", () -> Rule.sum("t", "a", "a")),
        rule("Rule.parts must not name the total t but was: \"t\"", () -> Rule.atMost("t", "t")),
        rule("Rule.parts must have at least one element but was: []", () -> Rule.sum("t")),
        rule(
            "Source.id must be lower case letters and digits joined by '_', '-' or '.' but was: \"Annual Report\"",
            () -> Source.builder().id("Annual Report").title("Annual report").build()),
        rule(
            "Source.language must be a BCP 47 language tag such as ar or fr-MA but was: \"arabic!\"",
            () -> Source.builder().title("Annual report").language("arabic!").build()),
        rule(
            "Tally.figures must cite different sources by different ids (give one of them its own id with Source.builder().id(...))"
                + " but was: \"communication.posts cites a second source with the id annual-report\"",
            () ->
                TestTallies.published2020With(
                    Map.of(
                        TestTallies.COMMUNICATION, Figure.published(4_202, Source.of("Annual report")),
                        TestTallies.POSTS, Figure.published(689, Source.builder().title("Annual report").publisher("DGSN").build())))),
        rule("SnapshotAt.account must not be blank but was: \"\"", () -> Measure.snapshotAt(LocalDate.of(2020, 12, 31), Platform.TWITTER, "", AudienceSnapshot.FOLLOWERS)),
        rule("Aggregators.topN.n must not be negative but was: -1", () -> Aggregators.<String, String>topN(-1, s -> s)),
        rule("Aggregators.approximateDistinct.lgK must be from 4 to 21 but was: 3", () -> Aggregators.<String>approximateDistinct(List::of, 3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  @DisplayName("a broken rule gives IllegalArgumentException with the exact message")
  void brokenRuleIsReported(String message, Supplier<?> build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }
}
