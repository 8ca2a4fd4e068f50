package io.hasila.cli;

import io.hasila.json.JsonSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hasila schema}: prints one of the JSON Schemas the library bundles. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpAutoWidth = true,
    usageHelpWidth = 120,
    description = {
      "Prints a JSON Schema (draft 2020-12) of Hasila's files, for editors and validators: record (one",
      "line of an activity log or a snapshots file), dataset, tally-definition, tally, mapping,",
      "vocabularies, or common (the definitions they share)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./hasila schema tally-definition > tally-definition.schema.json",
      "  ./hasila schema record",
      "",
      Hasila.EXIT_CODES
    })
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand Hasila hasila;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The schema's name (see above).")
  String name;

  @Override
  public Integer call() {
    List<String> names = new ArrayList<>();
    for (String resource : JsonSchemas.ALL) {
      String n = nameOf(resource);
      names.add(n);
      if (n.equals(name)) {
        try (InputStream in = JsonSchemas.open(resource)) {
          in.transferTo(hasila.out);
          hasila.out.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return Hasila.OK;
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "NAME must be one of " + String.join(", ", names) + " but was: " + name);
  }

  /** {@code tally-definition} for {@code /io/hasila/json/schema/tally-definition-3.schema.json}. */
  static String nameOf(String resource) {
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    return file.replaceAll("-\\d+\\.schema\\.json$", "");
  }
}
