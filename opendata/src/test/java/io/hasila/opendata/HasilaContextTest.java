package io.hasila.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hasila's JSON-LD context is made from the descriptions; the bundled copy must be the same.
 * Refresh it with {@code ./mvnw -pl opendata -am verify -Dtest=HasilaContextTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dhasila.regenerate=true}.
 */
@DisplayName("Hasila's JSON-LD context follows from the descriptions and defines no Activity Streams term again")
final class HasilaContextTest {
  private static final boolean UPDATE = Boolean.getBoolean("hasila.regenerate");
  private static final Path BUNDLED = Path.of("src/main/resources/io/hasila/opendata/context/hasila.jsonld");

  @Test
  @DisplayName("the bundled context is the one the descriptions make")
  void bundled() throws IOException {
    String made = ActivityStreams.hasilaContext();
    if (UPDATE) {
      Files.writeString(BUNDLED, made);
    }
    assertEquals(made, Files.readString(BUNDLED, StandardCharsets.UTF_8), "regenerate with -Dhasila.regenerate=true");
  }

  @Test
  @DisplayName("no Hasila term redefines a term of the bundled Activity Streams context")
  void noClash() throws IOException {
    Set<String> as = new TreeSet<>();
    try (InputStream in = ActivityStreams.class.getResourceAsStream("context/activitystreams.jsonld")) {
      JsonMapper.builder().build().readTree(in).get("@context").propertyNames().forEach(as::add);
    }
    Set<String> clash = new TreeSet<>(HasilaContext.TERMS.keySet());
    // The bundled context holds only the terms the export uses: check against every term of the full one too.
    as.addAll(List.of(
        "actor", "attachment", "attributedTo", "audience", "bcc", "bto", "cc", "context", "current", "first",
        "generator", "icon", "image", "inReplyTo", "instrument", "last", "location", "items", "oneOf", "anyOf",
        "closed", "origin", "next", "object", "prev", "preview", "result", "replies", "tag", "target", "to", "url",
        "accuracy", "altitude", "content", "name", "duration", "height", "href", "hreflang", "partOf", "latitude",
        "longitude", "mediaType", "endTime", "published", "startTime", "radius", "rel", "startIndex", "summary",
        "totalItems", "units", "updated", "width", "subject", "relationship", "describes", "formerType", "deleted",
        "source", "inbox", "outbox", "following", "followers", "liked", "likes", "shares", "streams",
        "preferredUsername", "endpoints", "provider", "orderedItems"));
    clash.retainAll(as);
    clash.remove("xsd"); // the same prefix, the same IRI
    assertEquals(Set.of(), clash);
    assertFalse(HasilaContext.TERMS.containsKey("@vocab"), "an undefined term must not expand silently");
    assertTrue(HasilaContext.TERMS.containsKey("verdict"));
  }
}
