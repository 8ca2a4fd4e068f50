package io.hasila.csv;

import io.hasila.tally.Category;
import io.hasila.tally.Change;
import io.hasila.tally.Figure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tally export: one row per category of the definition, in display order, with its figure and
 * provenance; a category without a figure has a blank value. Laid out by a {@link TallyExport}.
 * Written only: read tallies as JSON.
 */
final class TallySchema implements RowEncoder<TallySchema.Line> {
  static final List<String> COLUMNS =
      List.of(
          "institution",
          "period_from",
          "period_to",
          "category",
          "depth",
          "label_ar",
          "label_fr",
          "label_en",
          "value",
          "provenance",
          "inputs",
          "source_title",
          "source_publisher",
          "source_date",
          "source_url",
          "source_note",
          "formula",
          "derived_from",
          "note");

  /** The columns a comparison adds. */
  static final List<String> COMPARISON_COLUMNS = List.of("previous_value", "change", "growth_percent", "outcome");

  /** The standard export (after the column lists, which it reads). */
  static final TallySchema INSTANCE = new TallySchema(TallyExport.standard());

  private static final int LABEL_AR = 5;
  private static final int LABEL_EN = 7;

  private final TallyExport export;
  private final List<String> header;
  private final String[] all;

  /** One category of a tally with its figure, if it has one. */
  record Line(Tally tally, Category category) {}

  TallySchema(TallyExport export) {
    this.export = export;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (export.language().isPresent() && i >= LABEL_AR && i <= LABEL_EN) {
        if (i == LABEL_AR) {
          names.add("label");
        }
      } else {
        names.add(COLUMNS.get(i));
      }
    }
    if (export.comparison().isPresent()) {
      names.addAll(COMPARISON_COLUMNS);
    }
    List<String> shown = new ArrayList<>();
    for (String n : names) {
      shown.add(export.word(n));
    }
    this.header = List.copyOf(shown);
    this.all = new String[COLUMNS.size() + COMPARISON_COLUMNS.size()];
  }

  /** The rows of a tally, in the definition's display order. */
  static List<Line> lines(Tally tally) {
    List<Line> lines = new ArrayList<>();
    for (Category c : tally.definition().allCategories()) {
      lines.add(new Line(tally, c));
    }
    return lines;
  }

  @Override
  public List<String> header() {
    return header;
  }

  /** The comparison's change and growth rate may be negative: written as numbers. */
  @Override
  public boolean signedNumbers(int column) {
    return export.comparison().isPresent() && column >= header.size() - COMPARISON_COLUMNS.size() && column < header.size() - 1;
  }

  @Override
  public void encode(Line line, String[] cells) {
    encodeAll(line, all);
    int out = 0;
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (export.language().isPresent() && i >= LABEL_AR && i <= LABEL_EN) {
        if (i == LABEL_AR) {
          cells[out++] = line.category().labels().get(export.language().get());
        }
      } else {
        cells[out++] = all[i];
      }
    }
    if (export.comparison().isPresent()) {
      for (int i = 0; i < COMPARISON_COLUMNS.size(); i++) {
        cells[out++] = all[COLUMNS.size() + i];
      }
    }
  }

  private void encodeAll(Line line, String[] cells) {
    Arrays.fill(cells, "");
    Tally t = line.tally();
    Category c = line.category();
    cells[0] = t.institution().id();
    cells[1] = t.period().from().toString();
    cells[2] = t.period().to().toString();
    cells[3] = c.id();
    cells[4] = Integer.toString((int) c.id().chars().filter(ch -> ch == '.').count());
    cells[5] = c.labels().ar();
    cells[6] = c.labels().fr();
    cells[7] = c.labels().en();
    cells[18] = c.note().orElse("");
    if (c.hasValue()) {
      export.comparison().flatMap(cmp -> cmp.change(c.id())).ifPresent(ch -> encodeChange(ch, cells, COLUMNS.size()));
    }
    Optional<Figure> figure = t.figure(c.id());
    if (figure.isEmpty()) {
      return;
    }
    Figure f = figure.get();
    cells[8] = Long.toString(f.value());
    Provenance p = f.provenance();
    if (p instanceof Provenance.Computed computed) {
      cells[9] = export.word("computed");
      cells[10] = Long.toString(computed.inputs());
    } else if (p instanceof Provenance.Published published) {
      cells[9] = export.word("published");
      Source s = published.source();
      cells[11] = s.title();
      cells[12] = s.publisher().orElse("");
      cells[13] = s.date().map(Object::toString).orElse("");
      cells[14] = s.url().map(Object::toString).orElse("");
      cells[15] = s.note().orElse("");
    } else if (p instanceof Provenance.Derived derived) {
      cells[9] = export.word("derived");
      cells[16] = derived.formula();
      StringBuilder from = new StringBuilder();
      for (String item : derived.from()) {
        if (from.length() > 0) {
          from.append(Cells.LIST_SEPARATOR);
        }
        Cells.appendEscaped(from, item, false);
      }
      cells[17] = from.toString();
    }
  }

  private void encodeChange(Change ch, String[] cells, int at) {
    ch.previous().ifPresent(v -> cells[at] = Long.toString(v));
    ch.absoluteChange().ifPresent(v -> cells[at + 1] = Long.toString(v));
    ch.growthPercent().ifPresent(g -> cells[at + 2] = g.toPlainString().replace('.', export.decimalSeparator()));
    cells[at + 3] = export.word(ch.outcome().name().toLowerCase(Locale.ROOT));
  }
}
