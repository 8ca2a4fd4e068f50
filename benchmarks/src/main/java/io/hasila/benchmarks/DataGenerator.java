package io.hasila.benchmarks;

import io.hasila.csv.HasilaCsv;
import io.hasila.io.RecordWriter;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CampaignKind;
import io.hasila.model.Claim;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Labels;
import io.hasila.model.MediaCoverage;
import io.hasila.model.MediaProduction;
import io.hasila.model.OrgUnit;
import io.hasila.model.OutletKind;
import io.hasila.model.OutreachInitiative;
import io.hasila.model.Platform;
import io.hasila.model.ProductionKind;
import io.hasila.model.PublicationFormat;
import io.hasila.model.PublicationIssue;
import io.hasila.model.ReadingPlatform;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import io.hasila.model.Vocabularies;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic source of synthetic activities: the same seed and count always give the same
 * activities, hence the same bytes once written.
 *
 * <p>The mix imitates a police communication log: mostly bulletins, media coverages and tweets;
 * community meetings with one to forty counterparts drawn from large pools (so distinct counts are
 * real work); Arabic and French text with commas, double quotes and, in rebuttal claims, line
 * breaks (so CSV cells need quoting); several themes per activity; a third with a time in the
 * institution's zone on the activity's date. Every activity falls in 2020.
 */
public final class DataGenerator {
  /** The zone every generated time is in; the zone of the 2020 reference institution. */
  public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

  private static final List<OrgUnit> UNITS =
      List.of(
          OrgUnit.of("dgsn", "المديرية العامة للأمن الوطني"),
          OrgUnit.of("casablanca", "Préfecture de police de Casablanca"),
          OrgUnit.of("rabat", "ولاية أمن الرباط"),
          OrgUnit.of("marrakech", "Préfecture de police de Marrakech"),
          OrgUnit.of("fes", "ولاية أمن فاس"),
          OrgUnit.of("tanger", "Préfecture de police de Tanger"),
          OrgUnit.of("agadir", "ولاية أمن أكادير"),
          OrgUnit.of("oujda", "Préfecture de police d'Oujda"),
          OrgUnit.of("laayoune", "ولاية أمن العيون"),
          OrgUnit.of("casablanca.media", "Cellule de communication, Casablanca"),
          OrgUnit.of("meknes", "ولاية أمن مكناس"),
          OrgUnit.of("tetouan", "Préfecture de police de Tétouan"));

  private static final List<Theme> THEMES =
      List.of(
          Theme.HEALTH_EMERGENCY,
          Theme.FAKE_NEWS,
          Theme.PROXIMITY_POLICING,
          Theme.INFORMATION_VIGILANCE,
          Theme.of("road_safety", Labels.of("السلامة الطرقية", "sécurité routière", "road safety")),
          Theme.of("cybercrime", Labels.of("الجريمة الإلكترونية", "cybercriminalité", "cybercrime")),
          Theme.of("blood_donation", Labels.of("التبرع بالدم", "don de sang", "blood donation")),
          Theme.of("schools", Labels.of("محيط المؤسسات التعليمية", "abords des écoles", "schools")));

  /** The codes the generated files use beyond the well-known ones: four themes of their own. */
  public static final Vocabularies VOCABULARIES = Vocabularies.standard().with(THEMES.subList(4, THEMES.size()));

  private static final String[] AR_WORDS = {
    "بلاغ", "حول", "توقيف", "شخص", "يشتبه", "في", "تورطه", "ترويج", "الأخبار", "الزائفة", "الطوارئ",
    "الصحية", "حملة", "تحسيسية", "لفائدة", "التلاميذ", "السلامة", "الطرقية", "الأمن", "الوطني", "مدينة",
    "الدار", "البيضاء", "بيان", "حقيقة", "لا", "صحة", "لهذا", "الخبر"
  };
  private static final String[] FR_WORDS = {
    "communiqué", "interpellation", "d'un", "individu", "soupçonné", "de", "diffusion", "fausses",
    "nouvelles", "l'état", "d'urgence", "sanitaire", "campagne", "sensibilisation", "au", "profit",
    "des", "élèves", "sécurité", "routière", "à", "Casablanca", "Rabat", "contrôle", "vidéo",
    "réseaux", "sociaux", "«", "»", "opération"
  };
  private static final String[] OUTLETS = {
    "2M", "Al Aoula", "Medi1 TV", "Hespress", "Le360", "Le Matin", "Assabah", "Al Akhbar",
    "Radio Mars", "Hit Radio", "MAP", "AFP", "Médias24", "TelQuel", "Chada FM", "Luxe Radio"
  };
  private static final String[] PLATFORMS_SEEN = {"Facebook", "WhatsApp", "YouTube", "TikTok", "Twitter"};
  private static final String[] TOPICS = {
    "sécurité aux abords des écoles", "الأمن في الأحياء", "violence | harcèlement", "drogues", "المخدرات",
    "cybersécurité: bonnes pratiques", "الهجرة غير النظامية", "sécurité routière"
  };
  private static final List<CounterpartKind> KINDS = CounterpartKind.VOCABULARY.wellKnown();
  /** Pool sizes per counterpart kind: civil associations dominate, as in the reference year. */
  private static final int[] POOL = {20_000, 400, 300, 2_000, 150};
  private static final String[] KIND_PREFIX = {"assoc", "union", "commune", "ecole", "autre"};

  private final SplittableRandom random;
  private long sequence;

  /** A generator whose output is fixed by {@code seed}. */
  public DataGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next activity. */
  public Activity next() {
    long n = ++sequence;
    int roll = random.nextInt(1000);
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(366));
    Optional<ZonedDateTime> time =
        random.nextInt(3) == 0
            ? Optional.of(ZonedDateTime.of(date, LocalTime.of(7 + random.nextInt(15), random.nextInt(60)), ZONE))
            : Optional.empty();
    OrgUnit unit = UNITS.get(skewed(UNITS.size()));
    Set<Theme> themes = themes();
    boolean arabic = random.nextInt(5) < 3;
    Optional<String> language = Optional.of(arabic ? "ar" : random.nextInt(4) == 0 ? "fr-MA" : "fr");
    Optional<String> title = random.nextInt(10) < 8 ? Optional.of(title(arabic)) : Optional.empty();
    if (title.isEmpty()) {
      language = Optional.empty();
    }
    Optional<URI> url =
        random.nextInt(5) == 0 ? Optional.of(URI.create("https://www.dgsn.gov.ma/fr/actualites/" + n)) : Optional.empty();
    if (roll < 350) {
      BulletinKind kind = BulletinKind.VOCABULARY.wellKnown().get(random.nextInt(4));
      Optional<Claim> claim = Optional.empty();
      if (kind.equals(BulletinKind.REBUTTAL) && random.nextInt(4) != 0) {
        var b = Claim.builder().text(claimText());
        if (random.nextBoolean()) {
          b.circulatedOn(PLATFORMS_SEEN[random.nextInt(PLATFORMS_SEEN.length)]);
        }
        if (random.nextBoolean()) {
          b.firstSeen(date.minusDays(random.nextInt(4)));
        }
        claim = Optional.of(b.build());
      }
      return Bulletin.builder()
          .id("2020-bl-" + n).date(date).time(time).unit(unit).themes(themes).title(title).language(language).url(url)
          .kind(kind)
          .claim(claim)
          .build();
    }
    if (roll < 600) {
      OutletKind kind = OutletKind.VOCABULARY.wellKnown().get(skewed(OutletKind.VOCABULARY.wellKnown().size()));
      return MediaCoverage.builder()
          .id("2020-mc-" + n).date(date).time(time).unit(unit).themes(themes).title(title).language(language).url(url)
          .outlet(OUTLETS[random.nextInt(OUTLETS.length)])
          .outletKind(kind)
          .foreign(kind.equals(OutletKind.FOREIGN_PRESS_AGENCY) || random.nextInt(20) == 0)
          .build();
    }
    if (roll < 800) {
      boolean twitter = random.nextInt(3) != 0;
      var b =
          Tweet.builder()
              .id("2020-tw-" + n).date(date).time(time).unit(unit).themes(themes).title(title).language(language).url(url)
              .platform(twitter ? Platform.TWITTER : Platform.FACEBOOK)
              .account(twitter ? "@DGSN_MAROC" : "DGSN.Maroc");
      if (random.nextInt(4) != 0) {
        b.postId(Long.toString(1_240_000_000_000_000_000L + n))
            .views(OptionalLong.of(random.nextInt(500_000)))
            .likes(OptionalLong.of(random.nextInt(20_000)))
            .shares(OptionalLong.of(random.nextInt(5_000)));
      }
      return b.build();
    }
    if (roll < 880) {
      List<String> topics = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        if (!topics.contains(topic)) {
          topics.add(topic);
        }
      }
      return CommunityMeeting.builder()
          .id("2020-cm-" + n).date(date).time(time).unit(unit).themes(themes).title(title).language(language).url(url)
          .counterparts(counterparts())
          .topics(topics)
          .build();
    }
    if (roll < 930) {
      return MediaProduction.builder()
          .id("2020-mp-" + n).date(date).time(time).unit(unit).themes(themes).title(title).language(language).url(url)
          .kind(ProductionKind.VOCABULARY.wellKnown().get(random.nextInt(ProductionKind.VOCABULARY.wellKnown().size())))
          .partnerOutlet(random.nextBoolean() ? Optional.of(OUTLETS[random.nextInt(OUTLETS.length)]) : Optional.empty())
          .build();
    }
    if (roll < 945) {
      boolean electronic = random.nextBoolean();
      List<PublicationFormat> formats =
          electronic ? PublicationFormat.VOCABULARY.wellKnown() : List.of(PublicationFormat.PRINT);
      List<ReadingPlatform> platforms =
          electronic ? List.of(ReadingPlatform.IOS, ReadingPlatform.ANDROID) : List.of();
      return PublicationIssue.builder()
          .id("2020-pi-" + n).date(date).time(time).unit(unit).themes(themes).title(title).language(language).url(url)
          .publication(random.nextBoolean() ? "مجلة الشرطة" : "Revue de la police")
          .number(1 + random.nextInt(200))
          .formats(formats)
          .platforms(platforms)
          .build();
    }
    if (roll < 975) {
      return OutreachInitiative.builder()
          .id("2020-oi-" + n).date(date).time(time).unit(unit).themes(themes).title(title).language(language).url(url)
          .beneficiaries(random.nextInt(2_000))
          .build();
    }
    return Campaign.builder()
        .id("2020-ca-" + n).date(date).time(time).unit(unit).themes(themes).title(title).language(language).url(url)
        .kind(CampaignKind.VOCABULARY.wellKnown().get(random.nextInt(CampaignKind.VOCABULARY.wellKnown().size())))
        .participants(random.nextInt(5_000))
        .build();
  }

  /** An index below {@code n}, small ones more likely. */
  private int skewed(int n) {
    return Math.min(random.nextInt(n), random.nextInt(n));
  }

  private Set<Theme> themes() {
    Set<Theme> out = new LinkedHashSet<>();
    int count = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      out.add(THEMES.get(skewed(THEMES.size())));
    }
    return out;
  }

  private String title(boolean arabic) {
    String[] words = arabic ? AR_WORDS : FR_WORDS;
    StringBuilder sb = new StringBuilder();
    int count = 4 + random.nextInt(9);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(random.nextInt(8) == 0 ? ", " : " ");
      }
      sb.append(words[random.nextInt(words.length)]);
    }
    if (random.nextInt(10) == 0) {
      sb.append(" \"").append(words[random.nextInt(words.length)]).append('"');
    }
    return sb.toString();
  }

  private String claimText() {
    String text = title(random.nextBoolean());
    return random.nextInt(3) == 0 ? text + "\n" + title(false) : text;
  }

  private Set<Counterpart> counterparts() {
    int roll = random.nextInt(100);
    int count = roll < 70 ? 1 + random.nextInt(3) : roll < 95 ? 4 + random.nextInt(7) : 11 + random.nextInt(30);
    Set<Counterpart> out = new LinkedHashSet<>();
    Set<String> ids = new HashSet<>();
    while (out.size() < count) {
      int k = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(KINDS.size() - 1);
      int number = random.nextInt(POOL[k]);
      String id = KIND_PREFIX[k] + "-" + number;
      if (ids.add(id)) {
        out.add(Counterpart.of(id, name(k, number), KINDS.get(k)));
      }
    }
    return out;
  }

  /** The name of a counterpart, a function of its id so that an id always has one name. */
  private static String name(int kind, int number) {
    switch (kind) {
      case 0:
        return number % 2 == 0 ? "جمعية الأمل للتنمية " + number : "Association Al Amal " + number;
      case 1:
        return "Syndicat: section locale " + number;
      case 2:
        return "جماعة " + number;
      case 3:
        return "Lycée " + number;
      default:
        return "Partenaire " + number;
    }
  }

  /** Writes {@code count} activities from {@code seed} to a JSON Lines file and a CSV file, both atomically. */
  public static void write(long seed, long count, Path jsonl, Path csv) throws IOException {
    Files.createDirectories(jsonl.toAbsolutePath().getParent());
    Files.createDirectories(csv.toAbsolutePath().getParent());
    DataGenerator generator = new DataGenerator(seed);
    try (RecordWriter<Activity> json = HasilaJson.create().activityWriter(jsonl);
        RecordWriter<Activity> out = HasilaCsv.create().activityWriter(csv)) {
      for (long i = 0; i < count; i++) {
        Activity a = generator.next();
        json.write(a);
        out.write(a);
      }
      json.commit();
      out.commit();
    }
  }

  /** {@code DataGenerator COUNT JSONL CSV [SEED]}. */
  public static void main(String[] args) throws IOException {
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 2020L;
    write(seed, Long.parseLong(args[0]), Path.of(args[1]), Path.of(args[2]));
  }
}
