package io.hasila.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hasila.aggregate.Aggregators;
import io.hasila.model.ActivityType;
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
  private static final Measure COUNT = Measure.count(Selector.ofType(ActivityType.BULLETIN));

  private static Arguments rule(String message, Supplier<?> build) {
    return Arguments.of(message, build);
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
        rule("Units.unitIds must not be blank but was: \"\"", () -> Selector.unit("")),
        rule(
            "LatestSnapshot.account must not be blank but was: \"\"",
            () -> Measure.latestSnapshot(Platform.TWITTER, "", SnapshotField.FOLLOWERS)),
        rule(
            "TallyDefinition.categories must have unique ids but was: \"blood_donors\"",
            () ->
                TallyDefinition.builder().id("d").labels(L)
                    .addCategories(Category.of("blood_donors", L, COUNT), Category.of("blood_donors", L, COUNT))
                    .build()),
        rule(
            "Tally.figures must only hold categories of dgsn.communication.2020 but was: \"no_such_category\"",
            () ->
                Tally.builder().from(ReferenceDefinitions.published2020())
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
