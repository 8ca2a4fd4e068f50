package io.hasila.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The BOM against the build: it lists exactly the published modules, at the build's version. */
final class BomTest {
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

  @Test
  @DisplayName("the BOM lists every module that is deployed and none that is not")
  void listsThePublishedModules() {
    List<String> deployed = new ArrayList<>();
    Matcher m = MODULE.matcher(Repository.read("pom.xml"));
    while (m.find()) {
      String pom = Repository.read(m.group(1) + "/pom.xml");
      boolean skipped = pom.contains("<maven.deploy.skip>true</maven.deploy.skip>");
      boolean library = !pom.contains("<packaging>pom</packaging>");
      if (library && !skipped) {
        deployed.add(m.group(1));
      }
    }
    assertEquals(deployed.stream().sorted().toList(), Repository.publishedModules().stream().sorted().toList());
  }

  @Test
  @DisplayName("the BOM, which has no parent, has the build's version and the parent's project metadata")
  void keptInStepWithTheParent() {
    String parent = Repository.read("pom.xml");
    String bom = Repository.read("bom/pom.xml");
    for (String element : List.of("version", "url", "inceptionYear", "licenses", "developers", "issueManagement")) {
      assertEquals(first(parent, element), first(bom, element), element);
    }
    assertEquals(first(parent, "connection"), first(bom, "connection"), "scm connection");
  }

  /** The first element of that name in a POM, as written (the project's own, before any plugin's). */
  private static String first(String pom, String element) {
    Matcher m = Pattern.compile("(?s)<" + element + "(?: [^>]*)?>(.*?)</" + element + ">").matcher(pom);
    return m.find() ? m.group(1).trim() : "<" + element + "> missing";
  }
}
