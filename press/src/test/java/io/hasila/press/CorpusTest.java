package io.hasila.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the press corpus: figure to category")
final class CorpusTest {

  @Test
  @DisplayName("precision and recall of figure to category over the whole corpus are at least 0.95 each")
  void precisionAndRecall() {
    int correct = 0;
    int kept = 0;
    int expected = 0;
    List<String> errors = new ArrayList<>();
    for (String name : Corpus.NAMES) {
      Corpus.Expected want = Corpus.expected(name);
      ImportReport r = PressImport.of(Corpus.definition(want.definition())).read(Corpus.text(name));
      expected += want.figures().size();
      for (PressFigure f : r.figures()) {
        kept++;
        if (Long.valueOf(f.value()).equals(want.figures().get(f.category()))) {
          correct++;
        } else {
          errors.add(name + ": kept " + f + ", expected " + want.figures().get(f.category()));
        }
      }
      for (Map.Entry<String, Long> e : want.figures().entrySet()) {
        if (r.draft().value(e.getKey()).orElse(-1) != e.getValue()) {
          errors.add(name + ": missed " + e);
        }
      }
    }
    double precision = correct / (double) kept;
    double recall = correct / (double) expected;
    System.out.printf(
        Locale.ROOT, "Press corpus: %d texts, %d expected figures, %d kept, %d correct: precision %.3f, recall %.3f%n", Corpus.NAMES.size(),
        expected, kept, correct, precision, recall);
    errors.forEach(e -> System.out.println("  " + e));
    assertTrue(precision >= 0.95, () -> "precision " + precision + ": " + errors);
    assertTrue(recall >= 0.95, () -> "recall " + recall + ": " + errors);
  }

  @Test
  @DisplayName("the corpus has at least 20 texts, in Arabic and in French, for three definitions")
  void corpusSize() {
    assertTrue(Corpus.NAMES.size() >= 20);
    assertTrue(Corpus.NAMES.stream().anyMatch(n -> n.endsWith("-ar")) && Corpus.NAMES.stream().anyMatch(n -> n.endsWith("-fr")));
    assertEquals(3, Corpus.NAMES.stream().map(n -> Corpus.expected(n).definition()).distinct().count());
  }
}
