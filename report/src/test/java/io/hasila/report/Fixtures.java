package io.hasila.report;

import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Institution;
import io.hasila.tally.Comparison;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import io.hasila.testkit.HasilaGenerators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The reports the tests render: the bundled 2020 files (the examples' data, copied by the build as
 * test resources and read through io-json) and a tally computed from testkit activities.
 */
final class Fixtures {
  static final String DATA = "/io/hasila/report/data/2020/";
  static final HasilaJson JSON = HasilaJson.create();
  static final TallyDefinition DEFINITION = JSON.readTallyDefinition(open("definition-2020.json"), "definition-2020.json");
  static final Tally PUBLISHED_2020 = JSON.readTally(open("published-2020.json"), "published-2020.json", DEFINITION);
  static final Tally PUBLISHED_2019 = JSON.readTally(open("published-2019.json"), "published-2019.json", DEFINITION);
  static final List<AudienceSnapshot> SNAPSHOTS = snapshots();
  static final Tally COMPUTED_2020 = computed();

  private Fixtures() {}

  /** The published 2020 tally compared with the published 2019 one, with the followers over time. */
  static ReportContent published() {
    return ReportContent.builder()
        .comparison(Comparison.of(PUBLISHED_2019, PUBLISHED_2020))
        .snapshots(SNAPSHOTS)
        .build();
  }

  /** A tally computed from 2,000 testkit activities of 2020 (seed 2020), checked against the published 2020 figures. */
  static ReportContent computed2020() {
    return ReportContent.builder().tally(COMPUTED_2020).published(PUBLISHED_2020).snapshots(SNAPSHOTS).build();
  }

  /** The three languages of the reports. */
  static List<ReportLocale> locales() {
    return List.of(ReportLocale.of("ar"), ReportLocale.of("fr"), ReportLocale.of("en"));
  }

  static InputStream open(String name) {
    InputStream in = Fixtures.class.getResourceAsStream(DATA + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing test resource " + DATA + name + " (copied from the examples' data by the build)"));
    }
    return in;
  }

  private static List<AudienceSnapshot> snapshots() {
    try (InputStream in = open("snapshots-2020.jsonl")) {
      List<AudienceSnapshot> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(JSON.snapshotFromJson(line));
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Tally computed() {
    Random random = new Random(2020);
    List<Activity> activities = new ArrayList<>();
    LocalDate start = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 2000; i++) {
      Activity a = HasilaGenerators.withId(HasilaGenerators.activities().next(random), "act-" + i);
      activities.add(a);
    }
    Institution institution = PUBLISHED_2020.institution();
    return Tally.compute(DEFINITION, institution, DateRange.ofYear(start.getYear()), activities, SNAPSHOTS);
  }
}
