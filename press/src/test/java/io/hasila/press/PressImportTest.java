package io.hasila.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.tally.Provenance;
import io.hasila.tally.Source;
import io.hasila.tally.TallyDefinition;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("importing a press text into a draft published tally")
final class PressImportTest {
  private static final TallyDefinition CIVIL = Corpus.definition("civil-protection");

  @Test
  @DisplayName("each kept figure is published in the source and carries its sentence, span, matched label and confidence")
  void evidence() {
    String text = "En 2021, la Protection civile a diffusé 214 communiqués de presse. Elle a mené 37 campagnes de sensibilisation.";
    ImportReport r = PressImport.of(CIVIL).source(Source.of("Bilan 2021")).read(text);
    assertEquals(OptionalLong.of(214), r.draft().value("press_releases"));
    assertEquals(Provenance.Kind.PUBLISHED, r.draft().figure("press_releases").orElseThrow().provenance().kind());
    PressFigure f = r.figures().get(0);
    assertEquals("214", text.substring(f.evidence().start(), f.evidence().end()));
    assertTrue(f.evidence().sentence().contains("214 communiqués"));
    assertEquals("communiqués de presse", f.evidence().matched());
    assertTrue(f.evidence().confidence() >= r.threshold() && f.evidence().confidence() <= 1);
    assertEquals(2021, r.draft().period().from().getYear());
    assertTrue(r.unmatched().stream().anyMatch(n -> n.kind() == PressNumber.Kind.YEAR));
  }

  @Test
  @DisplayName("Arabic spelling variants (hamza, taa marbuta, alef maqsura, diacritics, tatweel) and French accents and case still match")
  void variants() {
    ImportReport ar = PressImport.of(CIVIL).read("خلال سنة 2021 نُظِّمَت 37 حـمـلـة تحسيسيه، وتمت زيارة 315 موسسة تعليميّة.");
    assertEquals(OptionalLong.of(37), ar.draft().value("awareness_campaigns"));
    assertEquals(OptionalLong.of(315), ar.draft().value("schools_visited"));
    ImportReport fr = PressImport.of(CIVIL).read("EN 2021 : 315 ETABLISSEMENTS SCOLAIRES VISITES.");
    assertEquals(OptionalLong.of(315), fr.draft().value("schools_visited"));
  }

  @Test
  @DisplayName("a figure is read whether its noun comes before or after it in the clause")
  void beforeOrAfter() {
    assertEquals(OptionalLong.of(58), PressImport.of(CIVIL).read("En 2021, 58 interviews accordées aux médias.").draft().value("interviews"));
    assertEquals(OptionalLong.of(58), PressImport.of(CIVIL).read("En 2021, interviews accordées aux médias : 58.").draft().value("interviews"));
  }

  @Test
  @DisplayName("a figure below the threshold is left for review, never put in the draft")
  void belowThreshold() {
    String text = "En 2021, la page a été vue par de nombreux internautes, et 120 bénévoles ont participé.";
    ImportReport loose = PressImport.of(CIVIL).threshold(0).read(text);
    ImportReport strict = PressImport.of(CIVIL).threshold(1).read(text);
    assertFalse(loose.figures().isEmpty());
    assertTrue(strict.figures().isEmpty());
    assertTrue(strict.draft().figures().isEmpty());
    assertEquals(loose.figures().size(), strict.forReview().size());
  }

  @Test
  @DisplayName("a count given for another year is only a candidate")
  void otherPeriod() {
    ImportReport r = PressImport.of(CIVIL).read("En 2021, la page Facebook compte 86 500 abonnés, contre 61 800 abonnés en 2020. Bilan 2021.");
    assertEquals(OptionalLong.of(86500), r.draft().value("facebook_followers"));
    assertTrue(r.forReview().stream().noneMatch(f -> f.evidence().confidence() >= r.threshold() && f.value() == 61800));
  }

  @Test
  @DisplayName("a text without a year needs a period; a threshold outside [0, 1] is refused")
  void refusals() {
    assertThrows(IllegalArgumentException.class, () -> PressImport.of(CIVIL).read("214 communiqués de presse."));
    assertThrows(IllegalArgumentException.class, () -> PressImport.of(CIVIL).threshold(1.5));
  }
}
