package org.example.consumer;

import io.hasila.aggregate.Aggregators;
import io.hasila.aggregate.Counts;
import io.hasila.csv.HasilaCsv;
import io.hasila.io.ReadResult;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.OrgUnit;
import io.hasila.model.Theme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A user's program on the class path: builds the README's rebuttal, writes it as JSON Lines and
 * as CSV, reads both back and counts the activities by theme. Exits with 1 if anything differs.
 */
public final class ClasspathConsumer {
  private ClasspathConsumer() {}

  /** Runs the program; the argument is the directory to write into. */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    Bulletin rebuttal = Bulletin.builder()
        .id("rebuttal-2020-0001").date(LocalDate.of(2020, 4, 10))
        .unit(OrgUnit.of("dgsn", "المديرية العامة للأمن الوطني"))
        .kind(BulletinKind.REBUTTAL)
        .addThemes(Theme.HEALTH_EMERGENCY, Theme.FAKE_NEWS)
        .build();
    List<Activity> activities = List.of(rebuttal);

    Path jsonl = dir.resolve("activities.jsonl");
    HasilaJson.create().writeActivities(jsonl, activities);
    ReadResult<Activity> fromJson = HasilaJson.create().activityReader().read(jsonl);

    Path csv = dir.resolve("activities.csv");
    HasilaCsv.create().writeActivities(csv, activities);
    ReadResult<Activity> fromCsv = HasilaCsv.create().activityReader().read(csv);

    Counts<Theme> byTheme = Aggregators.countBy(Activity.THEMES).aggregate(fromCsv.accepted());
    check(fromJson.accepted().equals(activities), "JSON Lines round trip", fromJson.accepted());
    check(fromCsv.accepted().equals(activities), "CSV round trip", fromCsv.accepted());
    check(byTheme.get(Theme.FAKE_NEWS) == 1, "count of fake-news activities", byTheme);
    System.out.println("classpath consumer: " + fromJson.read() + " JSON Lines record and "
        + fromCsv.read() + " CSV record read back equal; by theme " + byTheme.byKey());
  }

  private static void check(boolean ok, String what, Object found) {
    if (!ok) {
      System.err.println("classpath consumer: " + what + " failed; found " + found);
      System.exit(1);
    }
  }
}
