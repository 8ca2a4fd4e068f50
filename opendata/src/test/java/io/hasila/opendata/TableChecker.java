package io.hasila.opendata;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a CSV file against its Table Schema as a Frictionless validator would: the header names
 * the fields in order, every cell is of its field's type (integer, boolean with its true and false
 * values, ISO date, URI), within its constraints (required, minimum, enum, pattern), and the
 * primary key is unique; the dialect says the delimiter, and a UTF-8 byte order mark is skipped.
 */
final class TableChecker {
  private TableChecker() {}

  /** The problems found, each as "file line N, field F: ..."; empty when the file passes. */
  static List<String> check(Path csv, JsonNode resource) throws IOException {
    List<String> problems = new ArrayList<>();
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonNode dialect = resource.get("dialect");
    char delimiter = dialect.get("delimiter").asString().charAt(0);
    String terminator = dialect.get("lineTerminator").asString();
    if (!text.isEmpty() && !text.endsWith(terminator)) {
      problems.add(csv.getFileName() + ": lines do not end with the dialect's line terminator");
    }
    JsonNode schema = resource.get("schema");
    List<JsonNode> fields = new ArrayList<>();
    schema.get("fields").forEach(fields::add);
    Set<String> missing = new HashSet<>();
    schema.get("missingValues").forEach(m -> missing.add(m.asString()));
    List<String> key = new ArrayList<>();
    JsonNode pk = schema.get("primaryKey");
    if (pk.isArray()) {
      pk.forEach(k -> key.add(k.asString()));
    } else {
      key.add(pk.asString());
    }
    Set<List<String>> keys = new HashSet<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(text)) {
      int line = 0;
      List<String> header = null;
      for (CsvRecord r : reader) {
        line++;
        List<String> cells = r.getFields();
        if (header == null) {
          header = cells;
          List<String> names = new ArrayList<>();
          fields.forEach(f -> names.add(f.get("name").asString()));
          if (!header.equals(names)) {
            problems.add(csv.getFileName() + ": header " + header + " is not the fields " + names);
            return problems;
          }
          continue;
        }
        if (cells.size() != fields.size()) {
          problems.add(csv.getFileName() + " line " + line + ": " + cells.size() + " cells for " + fields.size() + " fields");
          continue;
        }
        List<String> keyValues = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
          JsonNode f = fields.get(i);
          String name = f.get("name").asString();
          String cell = cells.get(i);
          String where = csv.getFileName() + " line " + line + ", field " + name + ": ";
          if (key.contains(name)) {
            keyValues.add(cell);
          }
          JsonNode c = f.has("constraints") ? f.get("constraints") : null;
          if (missing.contains(cell)) {
            if (c != null && c.has("required") && c.get("required").asBoolean() || key.contains(name)) {
              problems.add(where + "a required value is missing");
            }
            continue;
          }
          String problem = typeProblem(f, cell);
          if (problem == null && c != null) {
            problem = constraintProblem(f.get("type").asString(), c, cell);
          }
          if (problem != null) {
            problems.add(where + problem + " but found \"" + cell + "\"");
          }
        }
        if (!keys.add(keyValues)) {
          problems.add(csv.getFileName() + " line " + line + ": the primary key " + key + " repeats " + keyValues);
        }
      }
    }
    return problems;
  }

  private static String typeProblem(JsonNode f, String cell) {
    String type = f.get("type").asString();
    switch (type) {
      case "integer":
        return cell.matches("[+-]?\\d+") ? null : "expected an integer";
      case "boolean":
        for (String k : List.of("trueValues", "falseValues")) {
          for (JsonNode v : f.get(k)) {
            if (v.asString().equals(cell)) {
              return null;
            }
          }
        }
        return "expected one of the true or false values";
      case "date":
        try {
          LocalDate.parse(cell);
          return null;
        } catch (DateTimeParseException e) {
          return "expected an ISO date";
        }
      case "string":
        if (f.has("format") && f.get("format").asString().equals("uri")) {
          try {
            URI u = new URI(cell);
            return u.isAbsolute() ? null : "expected an absolute URI";
          } catch (URISyntaxException e) {
            return "expected a URI";
          }
        }
        return null;
      default:
        return "an unexpected type " + type;
    }
  }

  private static String constraintProblem(String type, JsonNode c, String cell) {
    if (c.has("minimum") && Long.parseLong(cell) < c.get("minimum").asLong()) {
      return "expected at least " + c.get("minimum").asLong();
    }
    if (c.has("enum")) {
      boolean found = false;
      for (JsonNode v : c.get("enum")) {
        found |= v.asString().equals(cell);
      }
      if (!found) {
        return "expected one of " + c.get("enum");
      }
    }
    if (c.has("pattern") && !cell.matches(c.get("pattern").asString())) {
      return "expected the pattern " + c.get("pattern").asString();
    }
    return null;
  }
}
