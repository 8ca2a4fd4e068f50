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
