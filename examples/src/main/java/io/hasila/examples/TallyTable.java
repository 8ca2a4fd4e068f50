package io.hasila.examples;

import io.hasila.model.Labels;
import io.hasila.tally.Category;
import io.hasila.tally.Change;
import io.hasila.tally.Comparison;
import io.hasila.tally.Figure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Tally;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Renders a tally as an aligned text table in Arabic, French or English.
 *
 * <p>Columns: the category (indented by depth), its value with a provenance mark (C computed, P
 * published, D derived), the published figure it is checked against, and the change from the
 * previous period. Arabic lines start with a right-to-left mark and keep each figure in a
 * left-to-right run held between right-to-left marks, so a bidi-aware terminal, editor or browser
 * lays the table out right to left with its columns aligned, also when redirected to a file.
 */
final class TallyTable {
  private static final char RLM = '\u200F';
  private static final char LRM = '\u200E';

  private final Locale lang;
  private final NumberFormat numbers;

  TallyTable(Locale lang) {
    this.lang = lang;
    this.numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
  }

  /**
   * The table lines for {@code tally}, checked against {@code published} (a tally of the same
   * period, compared in that order) and compared with {@code previous}.
   */
  List<String> render(Tally tally, Optional<Tally> published, Optional<Tally> previous) {
    Optional<Comparison> vsPublished = published.map(p -> Comparison.options().inGivenOrder().compare(p, tally));
    Optional<Comparison> vsPrevious = previous.map(p -> Comparison.of(p, tally));
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          text("الفئة", "Catégorie", "Category"),
          text("القيمة", "Valeur", "Value"),
          text("المنشور", "Publié", "Published"),
          previous.map(p -> text("التغير منذ ", "Évolution depuis ", "Change from ") + p.period().from().getYear()).orElse("")
        });
    for (Category c : tally.definition().allCategories()) {
      int depth = (int) c.id().chars().filter(ch -> ch == '.').count();
      String label = "  ".repeat(depth) + label(c.labels());
      Optional<Figure> figure = tally.figure(c.id());
      String value =
          figure.map(f -> number(f.value()) + " " + mark(f.provenance()))
              .orElse(
                  tally.publishedOnly().contains(c.id())
                      ? text("منشور فقط", "publié seulement", "published only")
                      : c.hasValue() ? "—" : "·");
      String check =
          vsPublished
              .flatMap(cmp -> cmp.change(c.id()))
              .filter(ch -> ch.previous().isPresent())
              .map(ch -> ch.previous().equals(ch.current()) ? "= " + number(ch.previous().getAsLong()) : "≠ " + number(ch.previous().getAsLong()))
              .orElse("");
      String change =
          vsPrevious
              .filter(cmp -> c.hasValue())
              .flatMap(cmp -> cmp.change(c.id()))
              .map(
                  ch -> ch.previous().isPresent()
                      ? number(ch.previous().getAsLong()) + previousMark(previous.get(), c.id()) + " → " + ch.growthText(lang)
                      : ch.growthText(lang))
              .orElse("");
      rows.add(new String[] {label, value, check, change});
    }
    return align(rows);
  }

  /** The category's label in the table's language. */
  String label(Labels labels) {
    return labels.get(lang);
  }

  /** The table's language. */
  Locale lang() {
    return lang;
  }

  /** One of three texts, in the table's language. */
  String text(String ar, String fr, String en) {
    return Labels.of(ar, fr, en).get(lang);
  }

  /** A line of output: in Arabic it starts with a right-to-left mark so it is laid out right to left. */
  String line(String text) {
    return rightToLeft() ? RLM + text : text;
  }

  boolean rightToLeft() {
    return "ar".equals(lang.getLanguage());
  }

  private String number(long value) {
    return numbers.format(value);
  }

  /** " D" after a previous-period figure that is derived rather than published or computed. */
  private static String previousMark(Tally previous, String id) {
    return previous.figure(id).filter(f -> f.provenance() instanceof Provenance.Derived).map(f -> " D").orElse("");
  }

  private static String mark(Provenance p) {
    if (p instanceof Provenance.Computed) {
      return "C";
    }
    return p instanceof Provenance.Published ? "P" : "D";
  }

  private List<String> align(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = row[i];
        boolean numeric = i > 0;
        if (numeric && r > 0 && rightToLeft() && !cell.isEmpty()) {
          // A left-to-right run for the figures, held between right-to-left marks so the spaces
          // around it stay right to left and the columns keep the header's order.
          cell = "" + RLM + LRM + cell + LRM + RLM;
        }
        int pad = widths[i] - width(row[i]);
        if (numeric) {
          line.append(" ".repeat(pad)).append(cell);
        } else {
          line.append(cell).append(" ".repeat(pad));
        }
        if (i < columns - 1) {
          line.append("  ");
        }
      }
      lines.add(line(line.toString().stripTrailing()));
    }
    return lines;
  }

  /** Display width: code points, without combining marks and format characters. */
  static int width(String s) {
    return (int)
        s.codePoints()
            .filter(cp -> {
              int type = Character.getType(cp);
              return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT;
            })
            .count();
  }

  /**
   * The rows of a comparison of two years, possibly under different definitions: the line (its
   * labels in the later definition, and those it corresponds to in the earlier one when they
   * differ), the two values and the change or the outcome.
   */
  List<String> render(Comparison comparison) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          text("السطر", "Ligne", "Line"),
          Integer.toString(comparison.previous().period().from().getYear()),
          Integer.toString(comparison.current().period().from().getYear()),
          text("التغير", "Évolution", "Change")
        });
    for (Change ch : comparison.changes()) {
      List<String> ids = ch.currentPaths().isEmpty() ? ch.previousPaths() : ch.currentPaths();
      String label = "  ".repeat((int) ids.get(0).chars().filter(x -> x == '.').count()) + labels(comparison.current(), ch.currentPaths());
      if (ch.currentPaths().isEmpty()) {
        label = "  ".repeat((int) ids.get(0).chars().filter(x -> x == '.').count()) + labels(comparison.previous(), ch.previousPaths());
      } else if (!ch.previousPaths().isEmpty() && !ch.previousPaths().equals(ch.currentPaths())) {
        label = label + " ← " + labels(comparison.previous(), ch.previousPaths());
      }
      rows.add(
          new String[] {
            label,
            ch.previous().isPresent() ? number(ch.previous().getAsLong()) : "—",
            ch.current().isPresent() ? number(ch.current().getAsLong()) : "—",
            ch.growthText(lang)
          });
    }
    return align(rows);
  }

  private String labels(Tally tally, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(tally.definition().category(id).map(c -> label(c.labels())).orElse(id));
    }
    return String.join(" + ", out);
  }

  /** Formats a change for a one-line summary, e.g. {@code 20,010 → 191,903 (+859.0%)}. */
  String summary(Change change) {
    OptionalLong p = change.previous();
    OptionalLong c = change.current();
    return (p.isPresent() ? number(p.getAsLong()) : "—")
        + " → "
        + (c.isPresent() ? number(c.getAsLong()) : "—")
        + " ("
        + change.growthText()
        + ")";
  }
}
