package io.hasila.csv;

import io.hasila.tally.Category;
import io.hasila.tally.Figure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tally export: one row per category of the definition, in display order, with its figure and
 * provenance; a category without a figure has a blank value. Written only: read tallies as JSON.
 */
final class TallySchema implements RowEncoder<TallySchema.Line> {
  static final TallySchema INSTANCE = new TallySchema();

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

  /** One category of a tally with its figure, if it has one. */
  record Line(Tally tally, Category category) {}

  private TallySchema() {}

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
    return COLUMNS;
  }

  @Override
  public void encode(Line line, String[] cells) {
    java.util.Arrays.fill(cells, "");
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
    Optional<Figure> figure = t.figure(c.id());
    if (figure.isEmpty()) {
      return;
    }
    Figure f = figure.get();
    cells[8] = Long.toString(f.value());
    Provenance p = f.provenance();
    if (p instanceof Provenance.Computed computed) {
      cells[9] = "computed";
      cells[10] = Long.toString(computed.inputs());
    } else if (p instanceof Provenance.Published published) {
      cells[9] = "published";
      Source s = published.source();
      cells[11] = s.title();
      cells[12] = s.publisher().orElse("");
      cells[13] = s.date().map(Object::toString).orElse("");
      cells[14] = s.url().map(Object::toString).orElse("");
      cells[15] = s.note().orElse("");
    } else if (p instanceof Provenance.Derived derived) {
      cells[9] = "derived";
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
}
