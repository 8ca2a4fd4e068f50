package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.testkit.HasilaGenerators;
import io.hasila.testkit.QuickTheoriesGens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus: each bad line sits on line 3 of a file (a good record, a blank line,
 * the bad one, a good record), so it is record 2. Strict mode must name its exact position; lenient
 * mode must account for every record.
 */
final class MalformedInputTest {
  private static final JsonRecordReader<Activity> FUZZ =
      HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES).activityReader();
  private static final String GOOD =
      "{\"type\":\"campaign\",\"id\":\"c1\",\"date\":\"2020-04-20\",\"unit\":{\"id\":\"dgsn\",\"name\":\"DGSN\"},\"kind\":\"blood_donation\",\"participants\":3683}";
  private static final String GOOD2 = GOOD.replace("\"c1\"", "\"c2\"");
  private static final String HEAD = "{\"type\":\"tweet\",\"id\":\"t1\",";
  private static final String UNIT = "\"unit\":{\"id\":\"dgsn\",\"name\":\"DGSN\"}";

  static Stream<Arguments> corpus() {
    return Stream.of(
        // name, bad line, path, column (code points; 0 = at the given marker), expected (part), found (part)
        bad("truncated line", HEAD + "\"date\":\"2020-", "$.date", -1, "a complete JSON value", "end-of-input"),
        bad("bad date", HEAD + "\"date\":\"31/12/2020\"," + UNIT + ",\"platform\":\"twitter\",\"account\":\"@a\"}",
            "$.date", col(HEAD + "\"date\":"), "an ISO date (yyyy-MM-dd)", "\"31/12/2020\""),
        bad("impossible date", HEAD + "\"date\":\"2020-02-30\"," + UNIT + ",\"platform\":\"twitter\",\"account\":\"@a\"}",
            "$.date", col(HEAD + "\"date\":"), "an ISO date", "\"2020-02-30\""),
        bad("wrong value type", HEAD + "\"date\":\"2020-01-01\"," + UNIT + ",\"platform\":\"twitter\",\"account\":\"@a\",\"views\":\"many\"}",
            "$.views", col(HEAD + "\"date\":\"2020-01-01\"," + UNIT + ",\"platform\":\"twitter\",\"account\":\"@a\",\"views\":"), "a whole number", "\"many\""),
        bad("fractional count", GOOD.replace("3683", "36.5"), "$.participants", col(GOOD.substring(0, GOOD.indexOf("3683"))), "a whole number", "36.5"),
        bad("unknown type", "{\"type\":\"podcast\",\"id\":\"p1\"}", "$.type", 9, "an activity type", "\"podcast\""),
        bad("snapshot in an activity file", "{\"type\":\"audience_snapshot\"}", "$.type", 9, "an activity type", "\"audience_snapshot\""),
        bad("unknown property", HEAD + "\"colour\":\"red\"}", "$.colour", col(HEAD), "a property of tweet", "\"colour\""),
        bad("property of another type", HEAD + "\"participants\":3}", "$.participants", col(HEAD), "a property of tweet", "\"participants\""),
        bad("negative count", GOOD.replace("3683", "-3"), "$.participants", col(GOOD.substring(0, GOOD.indexOf("3683"))),
            "a value that must not be negative", "-3"),
        bad("blank id", GOOD.replace("\"c1\"", "\"  \""), "$.id", col("{\"type\":\"campaign\",\"id\":"), "a value that must not be blank", "\"  \""),
        bad("missing required property", GOOD.replace(",\"participants\":3683", ""), "$.participants", 1,
            "the required property \"participants\"", "none"),
        bad("missing type", "{\"id\":\"x\"}", "$", 1, "a \"type\" property", "none"),
        bad("not an object", "[1,2,3]", "$", 1, "a JSON object", "an array"),
        bad("bare value", "42", "$", 1, "a JSON object", "42"),
        bad("two records on a line", GOOD + " " + GOOD2, "$", GOOD.length() + 2, "the end of the line", "an object"),
        bad("trailing garbage", GOOD + " x", "$", GOOD.length() + 2, "well-formed JSON", "Unrecognized token"),
        bad("repeated property", GOOD.replace("\"id\":\"c1\"", "\"id\":\"c1\",\"id\":\"c3\""), "$.id", col("{\"type\":\"campaign\",\"id\":\"c1\","),
            "each property once", "\"id\" a second time"),
        bad("number too big", GOOD.replace("3683", "123456789012345678901234567890"), "$.participants",
            col(GOOD.substring(0, GOOD.indexOf("3683"))), "a whole number from", "123456789012345678901234567890"),
        bad("null for a string", GOOD.replace("\"c1\"", "null"), "$.id", col("{\"type\":\"campaign\",\"id\":"), "a string", "null"),
        bad("unknown code", GOOD.replace("blood_donation", "bake_sale"), "$.kind", col(GOOD.substring(0, GOOD.indexOf("\"blood_donation"))),
            "a known code of campaign_kind (blood_donation, awareness, solidarity, other)", "\"bake_sale\""),
        bad("unknown theme", GOOD.replace(",\"kind\"", ",\"themes\":[\"Health Emergency\"],\"kind\""), "$.themes[0]",
            col(GOOD.substring(0, GOOD.indexOf(",\"kind\"")) + ",\"themes\":["), "a known code of theme (health_emergency, fake_news,",
            "\"Health Emergency\" (did you mean \"health_emergency\"?)"),
        bad("repeated theme", GOOD.replace(",\"kind\"", ",\"themes\":[\"fake_news\",\"fake_news\"],\"kind\""), "$.themes[1]",
            col(GOOD.substring(0, GOOD.indexOf(",\"kind\"")) + ",\"themes\":[\"fake_news\","), "distinct themes", "\"fake_news\""),
        bad("kind before the type", GOOD.replace("{\"type\":\"campaign\",", "{\"kind\":\"bake_sale\",\"type\":\"campaign\",")
                .replace(",\"kind\":\"blood_donation\"", ""),
            "$.kind", col("{\"kind\":"), "a known code of campaign_kind", "\"bake_sale\""),
        bad("bad time zone", GOOD.replace(",\"unit\"", ",\"time\":\"2020-04-20T10:00:00+01:00[Mars/Olympus]\",\"unit\""), "$.time",
            col(GOOD.substring(0, GOOD.indexOf(",\"unit\"")) + ",\"time\":"), "an ISO zoned date-time", "Mars/Olympus"),
        bad("time on another day", GOOD.replace(",\"unit\"", ",\"time\":\"2020-04-21T10:00:00+01:00[Africa/Casablanca]\",\"unit\""), "$.time",
            col(GOOD.substring(0, GOOD.indexOf(",\"unit\"")) + ",\"time\":"), "a value that must fall on the activity's date", "2020-04-21"),
        bad("unit without name", GOOD.replace(",\"name\":\"DGSN\"", ""), "$.unit.name", -2, "the required property \"name\"", "none"),
        bad("deep nesting (refused at the first bracket)", HEAD + "\"title\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}", "$.title",
            col(HEAD + "\"title\":"), "a string", "an array"),
        bad("Arabic before the fault", GOOD.replace("\"DGSN\"", "\"الأمن الوطني\"").replace("3683", "-3"), "$.participants",
            col(GOOD.replace("\"DGSN\"", "\"الأمن الوطني\"").substring(0, GOOD.replace("\"DGSN\"", "\"الأمن الوطني\"").indexOf("3683"))),
            "must not be negative", "-3"));
  }

  private static Arguments bad(String name, String line, String path, int column, String expected, String found) {
    return Arguments.of(name, line, path, column, expected, found);
  }

  /** The column of the character just after {@code prefix}. */
  private static int col(String prefix) {
    return prefix.codePointCount(0, prefix.length()) + 1;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @DisplayName("strict mode names the exact position; lenient mode accounts for every record")
  void badLine(String name, String line, String path, int column, String expected, String found) {
    byte[] file = file(line.getBytes(StandardCharsets.UTF_8));
    HasilaJsonException e = strict(file);
    assertEquals("corpus.jsonl", e.source());
    assertEquals(3, e.line(), e.getMessage());
    assertEquals(2, e.record(), e.getMessage());
    assertEquals(path, e.field().orElseThrow(), e.getMessage());
    if (column > 0) {
      assertEquals(column, e.column(), e.getMessage());
    } else {
      assertTrue(e.column() > 0, e.getMessage());
    }
    assertTrue(e.expected().contains(expected), e.getMessage());
    assertTrue(e.found().orElseThrow().contains(found), e.getMessage());
    assertTrue(e.getMessage().startsWith("corpus.jsonl line 3, column " + e.column() + ", " + path + ": expected "), e.getMessage());

    List<Rejection> rejected = new ArrayList<>();
    List<Activity> accepted = lenient(file, rejected);
    assertEquals(2, accepted.size());
    assertEquals(1, rejected.size());
    Rejection r = rejected.get(0);
    assertEquals(3, r.line());
    assertEquals(2, r.record());
    assertEquals(path, r.field().orElseThrow());
    assertTrue(r.reason().startsWith(e.reason()), r.reason());
    assertTrue(line.startsWith(r.raw()) || r.raw().length() <= Faults.RAW_SHOWN + 40, r.raw());
  }

  @Test
  @DisplayName("invalid UTF-8 is reported at its line, never decoded silently")
  void invalidUtf8() {
    byte[] bad = GOOD.replace("DGSN\"}", "DG\u0000\"}").getBytes(StandardCharsets.UTF_8);
    int at = new String(bad, StandardCharsets.UTF_8).indexOf('\u0000');
    bad[at] = (byte) 0xFF;
    HasilaJsonException e = strict(file(bad));
    assertEquals(3, e.line());
    assertEquals("$.unit.name", e.field().orElseThrow(), e.getMessage());
    assertTrue(e.found().orElseThrow().contains("UTF-8"), e.getMessage());
    List<Rejection> rejected = new ArrayList<>();
    assertEquals(2, lenient(file(bad), rejected).size());
    assertTrue(rejected.get(0).raw().contains("\uFFFD"), rejected.get(0).raw());
  }

  @Test
  @DisplayName("nesting deeper than the limit is refused")
  void nestingLimit() {
    String meeting =
        "{\"type\":\"community_meeting\",\"id\":\"m1\",\"date\":\"2020-02-12\"," + UNIT
            + ",\"counterparts\":[{\"id\":\"a1\",\"name\":\"A\",\"kind\":\"civil_association\"}]}";
    HasilaJson shallow = HasilaJson.create().withLimits(JsonLimits.defaults().withMaxNestingDepth(2));
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> shallow.activityFromJson(meeting));
    assertEquals("$.counterparts[0]", e.field().orElseThrow(), e.getMessage());
    assertTrue(e.found().orElseThrow().contains("nesting depth"), e.getMessage());
    assertEquals(meeting.indexOf("[{") + 3, e.column(), e.getMessage()); // just after the brace too deep
    assertEquals("m1", HasilaJson.create().activityFromJson(meeting).id());
  }

  @Test
  @DisplayName("a 50 MB line is rejected as too long without being held in memory")
  void fiftyMegabyteLine() {
    int size = 50 << 20;
    HasilaJsonException e =
        assertThrows(HasilaJsonException.class, () -> drain(HasilaJson.create(), hugeLine(size), x -> {}));
    assertEquals(3, e.line());
    assertTrue(e.found().orElseThrow().contains("a line of " + (size + 27) + " bytes"), e.getMessage());
    List<Rejection> rejected = new ArrayList<>();
    assertEquals(2, drain(HasilaJson.create().withMode(ReadMode.LENIENT), hugeLine(size), rejected::add));
    assertEquals(1, rejected.size());
    assertTrue(rejected.get(0).raw().length() < 2_000);
  }

  @Test
  @DisplayName("a 50 MB string within a larger record limit hits the string limit")
  void fiftyMegabyteString() {
    HasilaJson json = HasilaJson.create().withLimits(JsonLimits.defaults().withMaxRecordBytes(64 << 20));
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> drain(json, hugeLine(50 << 20), x -> {}));
    assertEquals(3, e.line());
    assertEquals("$.title", e.field().orElseThrow(), e.getMessage());
    assertTrue(e.found().orElseThrow().contains("String value length"), e.getMessage());
  }

  @Test
  @DisplayName("random truncations and corrupted bytes give a record or a HasilaJsonException, nothing else")
  void noOtherExceptionType() {
    qt().withExamples(1_000)
        .forAll(QuickTheoriesGens.of(HasilaGenerators.activities()), integers().between(0, 10_000), integers().between(0, 255))
        .checkAssert(
            (a, cut, value) -> {
              byte[] line = HasilaJson.create().toJson(a).getBytes(StandardCharsets.UTF_8);
              byte[] corrupted = line.clone();
              corrupted[cut % line.length] = (byte) value.intValue();
              byte[] truncated = java.util.Arrays.copyOf(line, cut % line.length);
              for (byte[] bytes : List.of(corrupted, truncated)) {
                try {
                  strictOrNothing(bytes);
                } catch (HasilaJsonException expected) {
                  assertTrue(expected.line() >= 1 && expected.line() <= 2, expected.getMessage());
                } catch (RuntimeException other) {
                  fail("not a HasilaJsonException: " + other + " for " + new String(bytes, StandardCharsets.UTF_8), other);
                }
              }
            });
  }

  @Test
  @DisplayName("a line break inside a record ends it: both halves are bad records, on their own lines")
  void recordsDoNotSpanLines() {
    String broken = GOOD.substring(0, 40) + "\n" + GOOD.substring(40);
    List<Rejection> rejected = new ArrayList<>();
    List<Activity> accepted = lenient(file(broken.getBytes(StandardCharsets.UTF_8)), rejected);
    assertEquals(2, accepted.size());
    assertEquals(List.of(3L, 4L), rejected.stream().map(Rejection::line).collect(java.util.stream.Collectors.toList()));
  }

  // --- helpers ------------------------------------------------------------------------------

  private static byte[] file(byte[] badLine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((GOOD + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(badLine);
    out.writeBytes(("\r\n" + GOOD2 + "\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static HasilaJsonException strict(byte[] file) {
    try (JsonLinesReader<Activity> r = HasilaJson.create().activityReader().open(new ByteArrayInputStream(file), "corpus.jsonl")) {
      r.forEachRemaining(a -> {});
    } catch (HasilaJsonException e) {
      return e;
    }
    throw new AssertionError("no error for " + new String(file, StandardCharsets.UTF_8));
  }

  private static List<Activity> lenient(byte[] file, List<Rejection> rejected) {
    List<Activity> accepted = new ArrayList<>();
    try (JsonLinesReader<Activity> r =
        HasilaJson.create().withMode(ReadMode.LENIENT).activityReader().withRejectionHandler(rejected::add)
            .open(new ByteArrayInputStream(file), "corpus.jsonl")) {
      r.forEachRemaining(accepted::add);
      assertEquals(r.read(), r.accepted() + r.rejected());
      assertEquals(accepted.size(), r.accepted());
      assertEquals(rejected.size(), r.rejected());
    }
    return accepted;
  }

  private static void strictOrNothing(byte[] line) {
    try (JsonLinesReader<Activity> r = FUZZ.open(new ByteArrayInputStream(line), "fuzz.jsonl")) {
      r.forEachRemaining(a -> {});
    }
  }

  private static long drain(HasilaJson json, InputStream in, java.util.function.Consumer<Rejection> onRejected) {
    try (JsonLinesReader<Activity> r = json.activityReader().withRejectionHandler(onRejected).open(in, "huge.jsonl")) {
      long n = 0;
      while (r.hasNext()) {
        r.next();
        n++;
      }
      return n;
    }
  }

  /** A good line, a blank line, a line with a {@code size}-byte title, a good line: generated as read, never held whole. */
  private static InputStream hugeLine(int size) {
    byte[] before = (GOOD + "\n\n{\"type\":\"tweet\",\"title\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] after = ("\"}\n" + GOOD2 + "\n").getBytes(StandardCharsets.UTF_8);
    long total = (long) before.length + size + after.length;
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        if (pos >= total) {
          return -1;
        }
        long i = pos++;
        if (i < before.length) {
          return before[(int) i] & 0xFF;
        }
        i -= before.length;
        if (i < size) {
          return 'x';
        }
        return after[(int) (i - size)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - pos);
        for (int k = 0; k < n; k++) {
          b[off + k] = (byte) read();
        }
        return n;
      }
    };
  }
}
