package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.hasila.testkit.Generator;
import io.hasila.testkit.QuickTheoriesGens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("cells")
final class CellsTest {
  private static final long SEED = 20_201_231L;
  private static final String AWKWARD = "=+-@\t\r\n'\\|:,;\" aب é😀";

  /** Strings of up to 8 characters, mostly the characters the cell rules care about. */
  private static final Generator<String> STRINGS =
      r -> {
        int n = r.nextInt(9);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
          sb.appendCodePoint(AWKWARD.codePoints().toArray()[r.nextInt((int) AWKWARD.codePoints().count())]);
        }
        return sb.toString();
      };

  private static final Gen<String> TEXT = QuickTheoriesGens.of(STRINGS);

  @Test
  @DisplayName("restore(neutralise(s)) is s for every text")
  void neutralisationIsReversible() {
    qt().withFixedSeed(SEED).withExamples(5_000).forAll(TEXT).checkAssert(s -> assertEquals(s, Cells.restore(Cells.neutralise(s))));
  }

  @Test
  @DisplayName("a neutralised cell never starts with =, +, -, @, tab or CR")
  void neutralisedCellsAreNeverFormulas() {
    qt().withFixedSeed(SEED)
        .withExamples(5_000)
        .forAll(TEXT)
        .checkAssert(
            s -> {
              String cell = Cells.neutralise(s);
              assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
            });
  }

  @Test
  @DisplayName("formula cells get a leading apostrophe, and a leading apostrophe is doubled")
  void neutralisationExamples() {
    assertEquals("'=SUM(A1:A2)", Cells.neutralise("=SUM(A1:A2)"));
    assertEquals("'+212", Cells.neutralise("+212"));
    assertEquals("'-minus", Cells.neutralise("-minus"));
    assertEquals("'@mention", Cells.neutralise("@mention"));
    assertEquals("'\tx", Cells.neutralise("\tx"));
    assertEquals("'\rx", Cells.neutralise("\rx"));
    assertEquals("''quoted", Cells.neutralise("'quoted"));
    assertEquals("3683", Cells.neutralise("3683"));
    assertEquals("بلاغ", Cells.neutralise("بلاغ"));
    assertEquals("", Cells.neutralise(""));
  }

  @Test
  @DisplayName("a list of non-empty items survives joining with | and splitting")
  void listsRoundTrip() {
    Gen<List<String>> lists =
        QuickTheoriesGens.of(
            r -> {
              int n = 1 + r.nextInt(5);
              List<String> out = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                String s = STRINGS.next(r);
                out.add(s.isEmpty() ? "x" : s);
              }
              return out;
            });
    qt().withFixedSeed(SEED)
        .withExamples(5_000)
        .forAll(lists)
        .checkAssert(
            items -> {
              StringBuilder sb = new StringBuilder();
              for (String item : items) {
                if (sb.length() > 0) {
                  sb.append('|');
                }
                Cells.appendEscaped(sb, item, false);
              }
              assertEquals(items, Cells.splitList(sb.toString()));
            });
  }

  @Test
  @DisplayName("hand-typed backslashes that escape nothing are kept as typed")
  void unknownEscapesAreKept() {
    assertEquals(List.of("C:\\docs", "b"), Cells.splitList("C:\\docs|b"));
    assertEquals(List.of("a|b", "c\\"), Cells.splitList("a\\|b|c\\"));
    assertEquals(List.of("x:y"), Cells.splitList("x\\:y"));
    assertEquals(List.of(), Cells.splitList(""));
  }

  @Test
  @DisplayName("a counterpart item splits at its first two unescaped colons only")
  void counterpartParts() {
    assertEquals(List.of("cp\\:1", "civil_association", "Association: Nour"),
        Cells.splitRaw("cp\\:1:civil_association:Association: Nour", ':', 3));
  }
}
