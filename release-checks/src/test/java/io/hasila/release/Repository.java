package io.hasila.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository these checks look at: its root, and the modules the BOM publishes. */
final class Repository {
  private static final Pattern HASILA_ARTIFACT = Pattern.compile("<artifactId>hasila-([a-z0-9-]+)</artifactId>");

  private Repository() {}

  /** The repository's root directory (set by the build; the parent of this module otherwise). */
  static Path root() {
    return Path.of(System.getProperty("hasila.root", "..")).toAbsolutePath().normalize();
  }

  /** The text of a file of the repository. */
  static String read(String path) {
    try {
      return Files.readString(root().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The module directories of the artifacts the BOM lists, in its order ("core", "io-json", ...). */
  static List<String> publishedModules() {
    String bom = read("bom/pom.xml");
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
    List<String> modules = new ArrayList<>();
    Matcher m = HASILA_ARTIFACT.matcher(managed);
    while (m.find()) {
      modules.add(m.group(1));
    }
    return modules;
  }
}
