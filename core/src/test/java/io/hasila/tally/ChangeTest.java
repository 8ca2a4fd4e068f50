package io.hasila.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
  @DisplayName("zero to zero, a missing current value and two missing values each have their own outcome")
  void otherOutcomes() {
    assertEquals(Change.Outcome.UNCHANGED_ZERO, Change.between("x", 0, 0).outcome());
    assertEquals(Change.Outcome.UNCHANGED_ZERO, Change.between("x", OptionalLong.empty(), OptionalLong.of(0)).outcome());
    assertEquals(Change.Outcome.MISSING_CURRENT, Change.between("x", OptionalLong.of(3), OptionalLong.empty()).outcome());
    assertEquals(Change.Outcome.MISSING_CURRENT, Change.between("x", OptionalLong.of(0), OptionalLong.empty()).outcome());
    assertEquals(Change.Outcome.MISSING_BOTH, Change.between("x", OptionalLong.empty(), OptionalLong.empty()).outcome());
    assertEquals("n/a", Change.between("x", OptionalLong.of(3), OptionalLong.empty()).growthText());
  }

  @Test
  @DisplayName("a change prints as path, values and growth")
  void printsReadably() {
    assertEquals("social.facebook_subscribers: 20010 -> 191903 (+859.0%)", Change.between("social.facebook_subscribers", 20_010, 191_903).toString());
  }
}
