package io.hasila.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.hasila.csv.CsvDialect;
import io.hasila.csv.HasilaCsv;
import io.hasila.model.Dataset;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("the data package's descriptor passes the Tabular Data Package rules, and every row passes its Table Schema")
final class DataPackagesTest {
  private static final Schema PACKAGE =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(SchemaLocation.of("classpath:io/hasila/opendata/tabular-data-package.schema.json"));
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Validates the descriptor and every resource's rows; returns the descriptor. */
  private static JsonNode check(Path descriptor) throws IOException {
    String text = Files.readString(descriptor);
    List<Error> errors = PACKAGE.validate(text, InputFormat.JSON);
    assertEquals(List.of(), errors, "the descriptor against the Tabular Data Package schema");
    JsonNode d = JSON.readTree(text);
    List<String> problems = new ArrayList<>();
    for (JsonNode r : d.get("resources")) {
      Set<String> names = new TreeSet<>();
      r.get("schema").get("fields").forEach(f -> names.add(f.get("name").asString()));
      for (JsonNode k : r.get("schema").get("primaryKey")) {
        assertTrue(names.contains(k.asString()), "the primary key " + k + " is a field");
      }
      problems.addAll(TableChecker.check(descriptor.resolveSibling(r.get("path").asString()), r));
    }
    assertEquals(List.of(), problems);
    return d;
  }

  @Test
  @DisplayName("the bundled 2020 log and published tally, as plain CSV and as French Excel CSV")
  void the2020Data(@TempDir Path dir) throws IOException {
    Path plain = DataPackages.create().write(dir.resolve("plain"), Data2020.log(), Data2020.published());
    JsonNode d = check(plain);
    assertEquals(3, d.get("resources").size());
    assertEquals(
        List.of("activities.csv", "snapshots.csv", "tally-2020-01-01-2020-12-31.csv"),
        List.of(d.get("resources").get(0).get("path").asString(), d.get("resources").get(1).get("path").asString(), d.get("resources").get(2).get("path").asString()));
    // The activities file has a row per activity, and its table as many fields as io-csv has columns.
    assertEquals(Data2020.log().activities().size() + 1, Files.readAllLines(plain.resolveSibling("activities.csv")).size());
    assertEquals(HasilaCsv.activityColumns().size(), d.get("resources").get(0).get("schema").get("fields").size());
    Path excel =
        DataPackages.create()
            .withCsv(HasilaCsv.create().withDialect(CsvDialect.EXCEL).withDelimiter(';'))
            .write(dir.resolve("excel"), Data2020.log(), Data2020.published());
    JsonNode e = check(excel);
    assertEquals(";", e.get("resources").get(0).get("dialect").get("delimiter").asString());
    assertEquals("\r\n", e.get("resources").get(0).get("dialect").get("lineTerminator").asString());
  }

  @Test
  @DisplayName("a column of codes lists every code of its vocabularies, a closed column its only values")
  void enums(@TempDir Path dir) throws IOException {
    JsonNode d = JSON.readTree(Files.readString(DataPackages.create().write(dir, Data2020.log())));
    JsonNode fields = d.get("resources").get(0).get("schema").get("fields");
    JsonNode type = fields.get(0);
    assertEquals("type", type.get("name").asString());
    assertEquals(io.hasila.model.ActivityType.all().size(), type.get("constraints").get("enum").size());
    for (JsonNode f : fields) {
      if (f.get("name").asString().equals("claim_verdict")) {
        List<String> codes = new ArrayList<>();
        f.get("constraints").get("enum").forEach(c -> codes.add(c.asString()));
        assertEquals(List.of("false", "misleading", "fabricated", "out_of_context", "unfounded"), codes);
        return;
      }
    }
    throw new AssertionError("no claim_verdict field");
  }

  @Test
  @DisplayName("generated datasets of every activity type, with declared codes, pass their Table Schemas")
  void generated(@TempDir Path dir) {
    int[] n = {0};
    qt().withExamples(40)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.datasets()))
        .checkAssert(
            (Dataset dataset) -> {
              try {
                check(DataPackages.create().write(dir.resolve("p" + n[0]++), dataset));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
