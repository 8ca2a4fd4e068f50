package io.hasila.testkit;

import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Counterpart;
import io.hasila.model.Dataset;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import io.hasila.model.OrgUnit;
import io.hasila.model.Property;
import io.hasila.model.RecordBuilder;
import io.hasila.model.RecordType;
import io.hasila.model.Term;
import io.hasila.model.Theme;
import io.hasila.model.ValueType;
import io.hasila.model.Vocabularies;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seeded generators of valid, random values of every described Hasila record type, drawn from the
 * types' {@link RecordType descriptions}: a new activity type or property is generated without a
 * change here.
 *
 * <p>Each property gets values of its {@link ValueType}: texts mix Arabic, French and English,
 * spreadsheet formula characters, delimiters, quotes and line breaks; dates include leap days and
 * year and century boundaries; codes come from the vocabularies given (well-known and declared);
 * numbers include 0 and large values; optional properties are left out half the time. A few rules
 * keep values realistic and valid:
 *
 * <ul>
 *   <li>a nested record type with an {@code id} property (units, counterparts) is drawn from a
 *       pool of 40 per type, so the same id always comes back with the same values and meetings
 *       share counterparts;
 *   <li>an {@code id} is a random identifier; any other text property takes half of its values
 *       from a pool of four per property, so groupings (by account, by outlet) have several
 *       members;
 *   <li>a date-time falls on the date drawn just before it in the same record, and a date in a
 *       nested record falls up to ten days before the enclosing record's date;
 *   <li>a record the model's own checks refuse (a claim on a bulletin that is not a rebuttal) is
 *       drawn again.
 * </ul>
 *
 * <p>Every generator is stateless and thread safe; all randomness comes from the {@link Random}
 * passed in, so the same seed gives the same values.
 */
public final class HasilaGenerators {
  private static final List<String> WORDS =
      List.of(
          "بلاغ",
          "الأمن الوطني",
          "حالة الطوارئ الصحية",
          "مكافحة الجريمة",
          "communiqué",
          "sûreté nationale",
          "état d'urgence",
          "Casablanca-Settat",
          "press briefing",
          "road safety",
          "\"quoted\"",
          "a, b; c",
          "=SUM(A1:A2)",
          "+212",
          "-minus",
          "@mention",
          "line\nbreak",
          "tab\there",
          "crlf\r\nline",
          "ٱلشُّرْطَة",
          "é à ç œ",
          "😀 emoji");

  private static final List<String> LANGUAGES = List.of("ar", "fr", "en", "ar-MA", "fr-MA", "zgh");

  private static final List<Theme> CUSTOM_THEMES =
      List.of(
          Theme.of("road_safety", Labels.of("السلامة الطرقية", "sécurité routière", "road safety")),
          Theme.of("cyber.crime", Labels.of("الجريمة الإلكترونية", "cybercriminalité", "cybercrime")));

  /** The vocabularies the generators draw codes from: the well-known codes and two declared themes. */
  public static final Vocabularies VOCABULARIES = Vocabularies.standard().with(CUSTOM_THEMES);

  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Africa/Casablanca"), ZoneId.of("UTC"), ZoneId.of("Europe/Paris"), ZoneId.of("Pacific/Kiritimati"));

  private static final List<LocalDate> EDGE_DATES =
      List.of(
          LocalDate.of(2020, 1, 1),
          LocalDate.of(2020, 2, 29),
          LocalDate.of(2020, 3, 20),
          LocalDate.of(2020, 12, 31),
          LocalDate.of(2019, 12, 31),
          LocalDate.of(2000, 2, 29),
          LocalDate.of(1999, 12, 31),
          LocalDate.of(2021, 1, 4));

  private static final int POOL = 40;
  private static final int TEXT_POOL = 4;
  private static final int ATTEMPTS = 100;

  /** Pooled records by type and index, made once from a seed of their own. */
  private static final Map<String, Object> POOLED = new ConcurrentHashMap<>();

  private HasilaGenerators() {}

  /** Activities of every type, in equal shares, with codes from {@link #VOCABULARIES}. */
  public static Generator<Activity> activities() {
    return activities(VOCABULARIES);
  }

  /** Activities of every type, in equal shares, with codes from {@code vocabularies} (declared codes included). */
  public static Generator<Activity> activities(Vocabularies vocabularies) {
    Objects.requireNonNull(vocabularies, "vocabularies");
    List<ActivityType<?>> types = ActivityType.all();
    return r -> records(types.get(r.nextInt(types.size())), vocabularies).next(r);
  }

  /** Activities of one type. */
  public static <A extends Activity> Generator<A> activities(ActivityType<A> type) {
    return records(type);
  }

  /** Records of any described type (an activity type, {@link AudienceSnapshot#TYPE}, a nested record type). */
  public static <R> Generator<R> records(RecordType<R> type) {
    return records(type, VOCABULARIES);
  }

  /** Records of any described type, with codes from {@code vocabularies}. */
  public static <R> Generator<R> records(RecordType<R> type, Vocabularies vocabularies) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(vocabularies, "vocabularies");
    return r -> record(r, type, vocabularies, null);
  }

  /**
   * Lists of up to {@code maxSize} activities with distinct ids.
   *
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public static Generator<List<Activity>> activityLists(int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must not be negative but was: " + maxSize);
    }
    Generator<Activity> one = activities();
    return r -> {
      int n = r.nextInt(maxSize + 1);
      List<Activity> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(withId(one.next(r), "act-" + i + "-" + Long.toHexString(r.nextLong())));
      }
      return out;
    };
  }

  /** The same activity with another id. */
  public static Activity withId(Activity activity, String id) {
    return withId0(activity.type(), activity, id);
  }

  private static <A extends Activity> A withId0(ActivityType<A> type, Activity activity, String id) {
    return type.builder().from(type.javaType().cast(activity)).set(Activity.ID, id).build();
  }

  /** Snapshots of a handful of accounts, with and without a cumulative post count. */
  public static Generator<AudienceSnapshot> audienceSnapshots() {
    return records(AudienceSnapshot.TYPE);
  }

  /** Well-known and declared themes. */
  public static Generator<Theme> themes() {
    List<Theme> all = VOCABULARIES.terms(Theme.VOCABULARY);
    return r -> all.get(r.nextInt(all.size()));
  }

  /** Units from a pool, so the same id comes back with the same name. */
  public static Generator<OrgUnit> orgUnits() {
    return records(OrgUnit.TYPE);
  }

  /** Counterparts from a pool, so the same id comes back with the same name and kind. */
  public static Generator<Counterpart> counterparts() {
    return records(Counterpart.TYPE);
  }

  /** Whole datasets: an institution, up to 30 activities with unique ids, snapshots of distinct account-days and declared themes. */
  public static Generator<Dataset> datasets() {
    Generator<List<Activity>> activities = activityLists(30);
    Generator<AudienceSnapshot> snapshots = audienceSnapshots();
    return r -> {
      Dataset.Builder b = Dataset.builder();
      b.institution(
              Institution.builder()
                  .id(pick(r, List.of("dgsn", "police.ma", "ministry-1")))
                  .name(text(r))
                  .zone(pick(r, ZONES))
                  .build())
          .addAllActivities(activities.next(r));
      Set<String> keys = new LinkedHashSet<>();
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) {
        AudienceSnapshot s = snapshots.next(r);
        if (keys.add(s.platform() + " " + s.account() + " " + s.date())) {
          b.addSnapshots(s);
        }
      }
      Set<Term> declared = new LinkedHashSet<>();
      int t = r.nextInt(3);
      for (int i = 0; i < t; i++) {
        declared.add(pick(r, CUSTOM_THEMES));
      }
      return b.addAllDeclared(declared).build();
    };
  }

  // --- drawing from the descriptions -----------------------------------------------------------

  /** The date drawn last in the record being built, and the enclosing record's date. */
  private static final class Dates {
    final LocalDate enclosing;
    LocalDate last;

    Dates(LocalDate enclosing) {
      this.enclosing = enclosing;
    }
  }

  private static <R> R record(Random r, RecordType<R> type, Vocabularies vocabularies, LocalDate enclosing) {
    if (enclosing != null && type.property("id").isPresent()) {
      return pooled(r.nextInt(POOL), type, vocabularies);
    }
    IllegalArgumentException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      RecordBuilder<R> b = type.builder();
      Dates dates = new Dates(enclosing);
      for (Property<? super R, ?> p : type.properties()) {
        fill(r, b, p, vocabularies, dates);
      }
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        last = e; // a combination the model refuses: draw again
      }
    }
    throw new IllegalStateException("could not draw a valid " + type.code() + " in " + ATTEMPTS + " attempts", last);
  }

  /** A pooled record; its codes are well-known ones, valid whatever the vocabularies of the reader. */
  private static <R> R pooled(int index, RecordType<R> type, Vocabularies ignored) {
    Vocabularies vocabularies = Vocabularies.standard();
    String key = type.code() + '#' + index;
    Object known = POOLED.get(key);
    if (known == null) {
      Random own = new Random(type.code().hashCode() * 31L + index);
      RecordBuilder<R> b = type.builder();
      Dates dates = new Dates(null);
      for (Property<? super R, ?> p : type.properties()) {
        if (p.name().equals("id")) {
          set(b, p, type.code().replace('_', '-') + "-" + index);
        } else {
          fill(own, b, p, vocabularies, dates);
        }
      }
      known = b.build();
      POOLED.putIfAbsent(key, known);
    }
    return type.javaType().cast(known);
  }

  private static <R, V> void fill(Random r, RecordBuilder<R> b, Property<? super R, V> p, Vocabularies vocabularies, Dates dates) {
    switch (p.cardinality()) {
      case ONE:
        if (p.defaultValue().isPresent() && r.nextInt(4) == 0) {
          return; // left out: the default applies
        }
        b.set(p, value(r, p, vocabularies, dates));
        return;
      case OPTIONAL:
        if (r.nextBoolean()) {
          b.set(p, value(r, p, vocabularies, dates));
        }
        return;
      case MANY:
      default:
        int n = p.minItems() + r.nextInt(4);
        Set<Object> seen = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
          V v = value(r, p, vocabularies, dates);
          if (p.ordered() || seen.add(v)) {
            b.set(p, v);
          }
        }
    }
  }

  @SuppressWarnings("unchecked")
  private static <R, V> void set(RecordBuilder<R> b, Property<? super R, V> p, Object value) {
    b.set(p, (V) value);
  }

  private static <V> V value(Random r, Property<?, V> p, Vocabularies vocabularies, Dates dates) {
    ValueType<V> type = p.type();
    Object v;
    switch (type.kind()) {
      case TEXT:
        if (p.name().equals("id")) {
          v = pick(r, List.of("a", "ب-", "act-", "2020/")) + Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
        } else {
          v = r.nextBoolean() ? pooledText(p, r.nextInt(TEXT_POOL)) : text(r);
        }
        break;
      case LANGUAGE:
        v = pick(r, LANGUAGES);
        break;
      case BOOLEAN:
        v = r.nextBoolean();
        break;
      case INTEGER:
        v = (int) number(r, type);
        break;
      case LONG:
        v = number(r, type);
        break;
      case DATE:
        LocalDate d = dates.enclosing != null ? dates.enclosing.minusDays(r.nextInt(10)) : date(r);
        dates.last = d;
        v = d;
        break;
      case DATE_TIME:
        v = dateTime(r, dates.last != null ? dates.last : date(r));
        break;
      case URI:
        v = URI.create("https://www.dgsn.gov.ma/news/" + r.nextInt(100_000) + "?lang=" + pick(r, List.of("ar", "fr")));
        break;
      case CODE:
        List<? extends Term> terms = vocabularies.terms(type.vocabulary().orElseThrow());
        v = terms.get(r.nextInt(terms.size()));
        break;
      case RECORD:
      default:
        v = record(r, type.recordType().orElseThrow(), vocabularies, dates.last != null ? dates.last : date(r));
        break;
    }
    return type.javaType().cast(v);
  }

  private static long number(Random r, ValueType<?> type) {
    long min = type.minimum().orElse(0);
    switch (r.nextInt(10)) {
      case 0:
        return min;
      case 1:
        return type.kind() == ValueType.Kind.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE >> 20;
      default:
        return min + r.nextInt(5_000);
    }
  }

  /** A date-time on {@code day}; noon UTC if ten wall times in a row fall in daylight-saving gaps. */
  private static ZonedDateTime dateTime(Random r, LocalDate day) {
    for (int i = 0; i < 10; i++) {
      ZonedDateTime zdt =
          ZonedDateTime.of(day, LocalTime.of(r.nextInt(24), r.nextInt(60), r.nextInt(60)), pick(r, ZONES));
      if (zdt.toLocalDate().equals(day)) {
        return zdt;
      }
    }
    return ZonedDateTime.of(day, LocalTime.NOON, ZoneId.of("UTC"));
  }

  private static String pooledText(Property<?, ?> p, int i) {
    return (p.name().hashCode() & 1) == 0 ? p.labels().en() + " " + i : p.labels().ar() + " " + i;
  }

  /** A date: one of the edge dates a quarter of the time, else a day of 2019 to 2021. */
  static LocalDate date(Random r) {
    if (r.nextInt(4) == 0) {
      return pick(r, EDGE_DATES);
    }
    return LocalDate.of(2019, 1, 1).plusDays(r.nextInt(3 * 365));
  }

  /** A piece of text of one to four words from a multilingual pool with awkward characters. */
  static String text(Random r) {
    int n = 1 + r.nextInt(4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(pick(r, WORDS));
    }
    return sb.toString();
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
