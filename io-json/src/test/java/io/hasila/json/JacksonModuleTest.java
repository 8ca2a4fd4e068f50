package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.Dataset;
import io.hasila.model.Labels;
import io.hasila.model.Platform;
import io.hasila.model.Tweet;
import io.hasila.model.Vocabularies;
import io.hasila.tally.Measure;
import io.hasila.tally.TallyDefinition;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** HasilaModule on a caller's own mapper: found by findAndAddModules, registered from the descriptions. */
final class JacksonModuleTest {
  private static final HasilaJson JSON = HasilaJson.create().withVocabularies(Samples2020.VOCABULARIES);

  @Test
  @DisplayName("findAndAddModules finds HasilaModule through the service file, and the mapper reads and writes Hasila's records")
  void foundAsAService() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().map(JacksonModule::getModuleName).anyMatch("hasila"::equals));
    Activity tweet = Samples2020.activities().get(1);
    assertEquals(JSON.toJson(tweet), mapper.writeValueAsString(tweet));
    assertEquals(tweet, mapper.readValue(mapper.writeValueAsString(tweet), Activity.class));
  }

  @Test
  @DisplayName("a record whose runtime class is the hidden implementation is written by the serializer of its type")
  void hiddenImplementations() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HasilaModule(Samples2020.VOCABULARIES)).build();
    for (Activity a : Samples2020.activities()) {
      assertNotEquals(a.type().javaType(), a.getClass(), "the runtime class is the generated one");
      assertEquals(JSON.toJson(a), mapper.writeValueAsString(a));
      assertEquals(a, mapper.readValue(mapper.writeValueAsString(a), a.type().javaType()));
    }
    AudienceSnapshot s = Samples2020.snapshots().get(2);
    assertEquals(JSON.toJson(s), mapper.writeValueAsString(s));
    Dataset d = Samples2020.dataset();
    assertEquals(d, mapper.readValue(mapper.writeValueAsString(d), Dataset.class));
    TallyDefinition definition = Samples2020.definition();
    assertEquals(definition, mapper.readValue(mapper.writeValueAsString(definition), TallyDefinition.class));
    Measure m = definition.categories().get(0).children().get(0).measure();
    assertEquals(m, mapper.readValue(mapper.writeValueAsString(m), Measure.Distinct.class));
  }

  @Test
  @DisplayName("asking for one activity type and finding another fails, naming both")
  void wrongType() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HasilaModule()).build();
    String bulletin = JSON.toJson(Samples2020.activities().get(2));
    assertTrue(mapper.readValue(bulletin, Activity.class) instanceof Bulletin);
    RuntimeException e = assertThrows(RuntimeException.class, () -> mapper.readValue(bulletin, Tweet.class));
    Throwable cause = e;
    while (!(cause instanceof HasilaJsonException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof HasilaJsonException, String.valueOf(e));
    assertEquals("a value of type Tweet", ((HasilaJsonException) cause).expected());
    assertEquals("a Bulletin", ((HasilaJsonException) cause).found().orElseThrow());
  }

  @Test
  @DisplayName("the module reads the codes of its vocabularies, and a vocabulary document as Vocabularies")
  void vocabularies() {
    Platform x = Platform.of("x", Labels.of("إكس", "X", "X"));
    Vocabularies declared = Vocabularies.standard().with(x);
    AudienceSnapshot s = AudienceSnapshot.of(x, "@x", LocalDate.of(2020, 12, 31), 10);
    JsonMapper standard = JsonMapper.builder().addModule(new HasilaModule()).build();
    JsonMapper mapper = JsonMapper.builder().addModule(new HasilaModule(declared)).build();
    String text = mapper.writeValueAsString(s);
    assertEquals(s, mapper.readValue(text, AudienceSnapshot.class));
    assertThrows(RuntimeException.class, () -> standard.readValue(text, AudienceSnapshot.class));
    assertEquals(declared, mapper.readValue(mapper.writeValueAsString(declared), Vocabularies.class));
    assertEquals(List.of(x), mapper.readValue(mapper.writeValueAsString(declared), Vocabularies.class).declared());
  }
}
