package io.hasila.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a change between two values")
final class ChangeTest {

  @Test
  @DisplayName("growth is rounded to one decimal, half up")
  void roundsHalfUp() {
    assertEquals(new BigDecimal("0.1"), Change.between("x", 2000, 2001).growthPercent().orElseThrow()); // 0.05
    assertEquals(new BigDecimal("-0.1"), Change.between("x", 2000, 1999).growthPercent().orElseThrow()); // -0.05
    assertEquals(new BigDecimal("33.3"), Change.between("x", 3, 4).growthPercent().orElseThrow());
    assertEquals("-50.0%", Change.between("x", 4, 2).growthText());
    assertEquals("0.0%", Change.between("x", 4, 4).growthText());
  }

  @Test
  @DisplayName("a zero base with a positive current value is new")
  void zeroBaseIsNew() {
    Change c = Change.between("x", 0, 5);
    assertEquals(Change.Outcome.NEW, c.outcome());
    assertEquals("new", c.growthText());
    assertEquals(OptionalLong.of(5), c.absoluteChange());
    assertTrue(c.growthPercent().isEmpty());
  }

  @Test
  @DisplayName("zero to zero is unchanged; a missing current value is not published")
  void otherOutcomes() {
    assertEquals(Change.Outcome.UNCHANGED_ZERO, Change.between("x", 0, 0).outcome());
    assertEquals(Change.Outcome.UNCHANGED_ZERO, Change.between("x", OptionalLong.empty(), OptionalLong.of(0)).outcome());
    assertEquals(Change.Outcome.NOT_PUBLISHED, Change.between("x", OptionalLong.of(3), OptionalLong.empty()).outcome());
    assertEquals(Change.Outcome.NOT_PUBLISHED, Change.between("x", OptionalLong.of(0), OptionalLong.empty()).outcome());
    assertEquals(Change.Outcome.NOT_PUBLISHED, Change.between("x", OptionalLong.empty(), OptionalLong.empty()).outcome());
    assertEquals("not published", Change.between("x", OptionalLong.of(3), OptionalLong.empty()).growthText());
  }

  @Test
  @DisplayName("the outcome words read in Arabic, French and English; a growth rate is the same in all three")
  void outcomeWordsInThreeLanguages() {
    Change notPublished = Change.between("x", OptionalLong.of(3), OptionalLong.empty());
    assertEquals("غير منشور", notPublished.growthText(Locale.forLanguageTag("ar")));
    assertEquals("non publié", notPublished.growthText(Locale.FRENCH));
    assertEquals("not published", notPublished.growthText(Locale.ENGLISH));
    assertEquals("nouveau", Change.between("x", 0, 5).growthText(Locale.FRENCH));
    assertEquals("جديد", Change.between("x", 0, 5).growthText(Locale.forLanguageTag("ar")));
    assertEquals("+859.0%", Change.between("x", 20_010, 191_903).growthText(Locale.forLanguageTag("ar")));
    assertEquals("supprimé", Change.builder().path("x").previous(OptionalLong.of(4)).current(OptionalLong.empty())
        .outcome(Change.Outcome.DISCONTINUED).build().growthText(Locale.FRENCH));
  }

  @Test
  @DisplayName("a growth outcome needs a positive base and a current value")
  void growthNeedsABase() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Change.builder().path("x").previous(OptionalLong.of(0)).current(OptionalLong.of(4)).outcome(Change.Outcome.GROWTH).build());
    assertEquals(
        "Change.outcome must be GROWTH only with a positive previous value and a current value but was: \"OptionalLong[0] -> OptionalLong[4]\"",
        e.getMessage());
  }

  @Test
  @DisplayName("a change prints as path, values and growth")
  void printsReadably() {
    assertEquals("social.facebook_subscribers: 20010 -> 191903 (+859.0%)", Change.between("social.facebook_subscribers", 20_010, 191_903).toString());
  }
}
