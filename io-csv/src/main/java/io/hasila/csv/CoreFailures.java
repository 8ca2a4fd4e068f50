package io.hasila.csv;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the core's validation failures into problems naming a column.
 *
 * <p>Core messages read {@code "Type.field rule but was: value"}; the field is mapped to the
 * column that holds it ({@code Claim.circulatedOn} to {@code claim_circulated_on}, {@code
 * OrgUnit.id} to {@code unit_id}, ...). A message of another shape is kept whole, with no column.
 */
final class CoreFailures {
  private static final Pattern SHAPE = Pattern.compile("^([A-Za-z]+)\\.([A-Za-z.]+) (.*?)(?: but was: (.*))?$", Pattern.DOTALL);
  private static final String SEPARATOR = " but was: ";
  private static final Map<String, String> SPECIAL =
      Map.of(
          "Bulletin.claim", "claim_text",
          "Bulletin.claim.firstSeen", "claim_first_seen",
          "OrgUnit.id", "unit_id",
          "OrgUnit.name", "unit_name",
          "Counterpart.id", "counterparts",
          "Counterpart.name", "counterparts",
          "Theme.id", "themes");

  private CoreFailures() {}

  static CellProblem toProblem(Schema<?> schema, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    Matcher m = SHAPE.matcher(message);
    if (!m.matches() || !message.contains(SEPARATOR)) {
      return new CellProblem(null, "a valid " + schema.noun(), CellProblem.quote(message));
    }
    String type = m.group(1);
    String field = m.group(2);
    String column = SPECIAL.get(type + "." + field);
    if (column == null) {
      column = (type.equals("Claim") ? "claim_" : "") + snake(field);
    }
    if (!schema.columns().contains(column)) {
      column = null;
    }
    return new CellProblem(column, "a valid " + schema.noun() + " (" + type + "." + field + " " + m.group(3) + ")", m.group(4));
  }

  private static String snake(String field) {
    return field.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
