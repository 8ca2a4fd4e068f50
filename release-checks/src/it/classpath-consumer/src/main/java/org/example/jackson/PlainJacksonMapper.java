package org.example.jackson;

import io.hasila.model.Activity;
import io.hasila.model.OrgUnit;
import io.hasila.model.Platform;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import java.time.LocalDate;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain Jackson 3 mapper that finds its modules as services: it must find Hasila's and then
 * write and read an activity as Hasila's JSON form. Exits with 1 otherwise.
 */
public final class PlainJacksonMapper {
  private PlainJacksonMapper() {}

  /** Runs the program. */
  public static void main(String[] args) {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String modules = mapper.registeredModules().stream().map(JacksonModule::getModuleName).toList().toString();
    check(modules.contains("hasila"), "Hasila's module among the modules found", modules);

    Activity tweet = Tweet.builder()
        .id("tweet-2020-0771").date(LocalDate.of(2020, 12, 31))
        .unit(OrgUnit.of("dgsn", "المديرية العامة للأمن الوطني"))
        .addThemes(Theme.HEALTH_EMERGENCY)
        .platform(Platform.TWITTER).account("@DGSN_MAROC")
        .build();
    String json = mapper.writeValueAsString(tweet);
    Activity back = mapper.readValue(json, Activity.class);
    check(json.startsWith("{\"type\":\"tweet\""), "the activity written with its type first", json);
    check(back.equals(tweet), "the activity read back", back);
    System.out.println("jackson consumer: modules " + modules + "; " + json);
  }

  private static void check(boolean ok, String what, Object found) {
    if (!ok) {
      System.err.println("jackson consumer: " + what + " failed; found " + found);
      System.exit(1);
    }
  }
}
