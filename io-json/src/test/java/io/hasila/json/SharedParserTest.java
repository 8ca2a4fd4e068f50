package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.testkit.HasilaGenerators;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JSON Lines reader decodes the lines of its read buffer with one shared parser while they read
 * cleanly and falls back to a parser per line otherwise. These tests compare it with a read that
 * never uses the shared parser (an input handing over one byte per read, so that no line lies whole
 * in the buffer): same activities, same rejections with the same positions, same counts, same
 * strict faults.
 */
final class SharedParserTest {
  /** Hands over at most one byte per read. */
  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static final class Outcome {
    final List<Activity> accepted = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();
    long read;
    long acceptedCount;
    long rejectedCount;
  }

  private static Outcome lenient(InputStream in) {
    return lenient(in, JsonLimits.defaults());
  }

  private static Outcome lenient(InputStream in, JsonLimits limits) {
    HasilaJson json = HasilaJson.create().withMode(ReadMode.LENIENT).withLimits(limits).withVocabularies(HasilaGenerators.VOCABULARIES);
    Outcome o = new Outcome();
    try (JsonLinesReader<Activity> r = json.activityReader().withRejectionHandler(o.rejected::add).open(in, "test.jsonl")) {
      r.forEachRemaining(o.accepted::add);
      o.read = r.read();
      o.acceptedCount = r.accepted();
      o.rejectedCount = r.rejected();
    }
    return o;
  }

  private static HasilaJsonException strict(InputStream in) {
    HasilaJson json = HasilaJson.create().withVocabularies(HasilaGenerators.VOCABULARIES);
    return assertThrows(
        HasilaJsonException.class,
        () -> {
          try (JsonLinesReader<Activity> r = json.activityReader().open(in, "test.jsonl")) {
            r.forEachRemaining(a -> {});
          }
        });
  }

  /** Lines the shared parser must not take as they are. */
  private static List<String> tricky(String good) {
    String open = good.substring(0, good.indexOf(',') + 1);
    String rest = good.substring(good.indexOf(',') + 1);
    return List.of(
        "not json",
        "{\"type\":\"campaign\",\"id\":\"x\",\"date\":\"31/12/2020\"}",
        good + " x",
        good + good,
        good + " ,",
        open + "\n" + rest, // a record cut in two lines: each line is a fault on its own
        "   " + good + " \t\r",
        "[1]",
        "{}",
        "{\"type\":\"tweet\",\"title\":\"unterminated",
        "\t",
        "",
        "\"just a string\"",
        good.replace("\"type\"", "\"type\" ") + "   ");
  }

  private static byte[] file(long seed, List<String> extra, int count) {
    Random random = new Random(seed);
    HasilaJson json = HasilaJson.create();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(json.toJson(HasilaGenerators.activities().next(random)));
    }
    for (int i = 0; i < extra.size(); i++) {
      lines.add((i + 1) * lines.size() / (extra.size() + 1), extra.get(i));
    }
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("lenient: the same activities, rejections and counts as a parser per line")
  void lenientSameAsParserPerLine() {
    for (long seed = 1; seed <= 4; seed++) {
      String good = HasilaJson.create().toJson(HasilaGenerators.activities().next(new Random(seed * 31)));
      // Enough records to fill the read buffer several times, so that lines straddle refills.
      byte[] bytes = file(seed, tricky(good), 2_000);
      assertTrue(bytes.length > 3 * 64 * 1024, "the file spans several buffers");
      Outcome shared = lenient(new ByteArrayInputStream(bytes));
      Outcome perLine = lenient(trickle(bytes));
      assertEquals(perLine.accepted, shared.accepted);
      assertEquals(perLine.rejected, shared.rejected);
      assertEquals(perLine.read, shared.read);
      assertEquals(perLine.acceptedCount, shared.acceptedCount);
      assertEquals(perLine.rejectedCount, shared.rejectedCount);
      assertEquals(shared.read, shared.acceptedCount + shared.rejectedCount);
      assertTrue(shared.rejectedCount >= 10, "the tricky lines are rejected: " + shared.rejectedCount);
    }
  }

  @Test
  @DisplayName("lenient, tight limits: the same outcome as a parser per line (limits count per record, not per buffer)")
  void tightLimitsSameAsParserPerLine() {
    String good = HasilaJson.create().toJson(HasilaGenerators.activities().next(new Random(3)));
    byte[] bytes = file(9, tricky(good), 600);
    for (JsonLimits limits :
        List.of(
            JsonLimits.defaults().withMaxDocumentBytes(300),
            JsonLimits.defaults().withMaxDocumentBytes(100_000),
            JsonLimits.defaults().withMaxStringLength(40),
            JsonLimits.defaults().withMaxNestingDepth(2),
            JsonLimits.defaults().withMaxRecordBytes(350))) {
      Outcome shared = lenient(new ByteArrayInputStream(bytes), limits);
      Outcome perLine = lenient(trickle(bytes), limits);
      assertEquals(perLine.accepted, shared.accepted, limits.toString());
      assertEquals(perLine.rejected, shared.rejected, limits.toString());
      assertEquals(perLine.read, shared.read);
      assertEquals(perLine.rejectedCount, shared.rejectedCount);
    }
  }

  @Test
  @DisplayName("strict: the same first fault, at the same line, column and record, as a parser per line")
  void strictSameAsParserPerLine() {
    String good = HasilaJson.create().toJson(HasilaGenerators.activities().next(new Random(7)));
    for (String line : tricky(good)) {
      byte[] bytes = file(5, List.of(line), 400);
      if (lenient(trickle(bytes)).rejectedCount == 0) {
        continue; // a line that reads well (or a blank one)
      }
      HasilaJsonException shared = strict(new ByteArrayInputStream(bytes));
      HasilaJsonException perLine = strict(trickle(bytes));
      assertEquals(perLine.getMessage(), shared.getMessage(), line);
      assertEquals(perLine.line(), shared.line(), line);
      assertEquals(perLine.column(), shared.column(), line);
      assertEquals(perLine.record(), shared.record(), line);
    }
  }
}
