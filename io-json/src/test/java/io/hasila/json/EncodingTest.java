package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("encodings and positions: byte order marks, bytes that are not UTF-8, lone surrogates, bare CRs")
final class EncodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static String campaign(String id, String name) {
    return "{\"type\":\"campaign\",\"id\":\"" + id + "\",\"date\":\"2020-04-20\",\"unit\":{\"id\":\"dgsn\",\"name\":\"" + name
        + "\"},\"kind\":\"blood_donation\",\"participants\":3683}";
  }

  private static final String LOG =
      campaign("c1", "Sûreté") + "\n" + campaign("c2", "DGSN") + "\r\n" + campaign("c3", "Sûreté nationale") + "\n";

  @TempDir Path dir;

  private static String withTitle(String record, String title) {
    return record.substring(0, record.length() - 1) + ",\"title\":\"" + title + "\"}";
  }

  private static InputStream oneByteAtATime(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static final Aggregator<Activity, List<Activity>, List<Activity>> IN_ORDER =
      Aggregator.of(
          ArrayList::new,
          (list, a) -> {
            list.add(a);
            return list;
          },
          (left, right) -> {
            left.addAll(right);
            return left;
          },
          List::copyOf);

  private static JsonRecordReader<Activity> reader(ReadMode mode) {
    return HasilaJson.create().withMode(mode).activityReader();
  }

  @Test
  @DisplayName("a UTF-16 file is refused as a whole, naming its encoding, with no phantom record; the charset option reads it")
  void utf16JsonLinesIsRefusedNamingItsEncoding() {
    byte[] utf16 = ("\uFEFF" + LOG).getBytes(StandardCharsets.UTF_16LE);
    for (ReadMode mode : ReadMode.values()) {
      try (JsonLinesReader<Activity> in = reader(mode).open(new ByteArrayInputStream(utf16), "log.jsonl")) {
        HasilaJsonException e = assertThrows(HasilaJsonException.class, in::hasNext);
        assertEquals(
            "log.jsonl line 1, $: expected UTF-8 text but found a UTF-16LE byte order mark (the file is UTF-16 text): save it"
                + " as UTF-8, or read it with withCharset(StandardCharsets.UTF_16)",
            e.getMessage());
        assertEquals(0, in.read());
        assertEquals(0, in.accepted());
      }
    }
    ReadResult<Activity> read = reader(ReadMode.STRICT).withCharset(StandardCharsets.UTF_16).read(new ByteArrayInputStream(utf16), "log.jsonl");
    assertEquals(List.of("Sûreté", "DGSN", "Sûreté nationale"), read.accepted().stream().map(a -> a.unit().name()).collect(Collectors.toList()));
  }

  @Test
  @DisplayName("a Latin-1 byte fails a strict read at its line, column and byte offset, naming Windows-1252; lenient rejects that record only")
  void latin1ByteIsReportedAtItsLineAndByteOffset() {
    byte[] latin = LOG.getBytes(WINDOWS_1252);
    HasilaJsonException e =
        assertThrows(HasilaJsonException.class, () -> reader(ReadMode.STRICT).read(new ByteArrayInputStream(latin), "log.jsonl"));
    int offset = LOG.indexOf('û');
    assertEquals(1, e.line());
    assertEquals(offset + 1, e.column());
    assertEquals("$.unit.name", e.field().orElseThrow());
    assertEquals(
        "log.jsonl line 1, column " + (offset + 1) + ", $.unit.name: expected UTF-8 text but found the byte 0xFB at byte offset "
            + offset + ", which is not UTF-8; it looks like Windows-1252/Latin-1 text (\"û\"): save the file as UTF-8, or read it"
            + " with withCharset(Charset.forName(\"windows-1252\"))",
        e.getMessage());
    ReadResult<Activity> lenient = reader(ReadMode.LENIENT).read(new ByteArrayInputStream(latin), "log.jsonl");
    assertEquals(List.of("c2"), lenient.accepted().stream().map(Activity::id).collect(Collectors.toList()));
    assertEquals(List.of(1L, 3L), lenient.rejected().stream().map(Rejection::line).collect(Collectors.toList()));
    assertTrue(lenient.rejected().get(1).reason().contains("byte offset " + LOG.lastIndexOf('û')), lenient.rejected().get(1).reason());
    ReadResult<Activity> meant = reader(ReadMode.STRICT).withCharset(WINDOWS_1252).read(new ByteArrayInputStream(latin), "log.jsonl");
    assertEquals("Sûreté nationale", meant.accepted().get(2).unit().name());
  }

  @Test
  @DisplayName("results never depend on how the bytes arrive nor on the threads: byte order mark, bad bytes and CRLF included")
  void resultsDoNotDependOnChunksOrThreads() throws IOException {
    byte[] bytes = (LOG + campaign("c4", "x") + "\n").getBytes(WINDOWS_1252);
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF; // a UTF-8 byte order mark
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
    Path file = dir.resolve("log.jsonl");
    Files.write(file, withBom);
    ReadResult<Activity> whole = reader(ReadMode.LENIENT).read(new ByteArrayInputStream(withBom), "log.jsonl");
    ReadResult<Activity> chunks = reader(ReadMode.LENIENT).read(oneByteAtATime(withBom), "log.jsonl");
    List<Rejection> rejections = new ArrayList<>();
    Aggregated<List<Activity>> parallel =
        reader(ReadMode.LENIENT).withRejectionHandler(rejections::add).withParallelism(3).withMinPieceBytes(50).aggregate(file, IN_ORDER);
    assertEquals(2, whole.accepted().size());
    assertEquals(whole, chunks);
    assertEquals(whole.accepted(), parallel.result());
    assertEquals(whole.rejected(), rejections);
  }

  @Test
  @DisplayName("defect 3: a lone surrogate escape is refused by the reader, in an id as in a title")
  void loneSurrogateEscapeIsRefusedByTheReader() {
    String record = campaign("c\\uD800", "DGSN");
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> HasilaJson.create().activityFromJson(record));
    assertEquals("$.id", e.field().orElseThrow());
    assertEquals(
        "expected Unicode text (a \\uD800-\\uDBFF escape followed by a \\uDC00-\\uDFFF one, never alone) but found a lone"
            + " surrogate \\uD800 at character 2",
        e.reason());
    String title = withTitle(campaign("c1", "DGSN"), "x\\uDC00");
    assertEquals("$.title", assertThrows(HasilaJsonException.class, () -> HasilaJson.create().activityFromJson(title)).field().orElseThrow());
    String pair = withTitle(campaign("c1", "DGSN"), "\\uD83D\\uDE00");
    assertEquals("\uD83D\uDE00", HasilaJson.create().activityFromJson(pair).title().orElseThrow());
  }

  @Test
  @DisplayName("a date with a five-digit year is refused: dates are yyyy-MM-dd")
  void fiveDigitYearIsRefused() {
    String record = campaign("c1", "DGSN").replace("2020-04-20", "+10000-01-01");
    HasilaJsonException e = assertThrows(HasilaJsonException.class, () -> HasilaJson.create().activityFromJson(record));
    assertEquals("$.date", e.field().orElseThrow());
    assertEquals("expected an ISO date (yyyy-MM-dd) but found \"+10000-01-01\"", e.reason());
  }

  @Test
  @DisplayName("a bare CR inside a record does not shift the line and column reported")
  void bareCarriageReturnDoesNotShiftPositions() {
    String line = "{\"type\":\"campaign\",\r\"id\":\"c1\",\"date\":\"31/12/2020\",\"unit\":{\"id\":\"dgsn\",\"name\":\"DGSN\"},\"kind\":\"blood_donation\",\"participants\":1}";
    String text = campaign("c0", "DGSN") + "\n" + line + "\n";
    HasilaJsonException e =
        assertThrows(HasilaJsonException.class, () -> reader(ReadMode.STRICT).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "log.jsonl"));
    assertEquals(2, e.line());
    assertEquals(line.indexOf("\"31/12") + 1, e.column());
  }

  @Test
  @DisplayName("in strict mode the record that throws is counted as read and rejected, never as accepted")
  void strictAcceptedDoesNotCountTheRecordThatThrew() {
    String text = campaign("c1", "DGSN") + "\n" + campaign("c2", "DGSN").replace("2020-04-20", "20/04/2020") + "\n";
    try (JsonLinesReader<Activity> in = reader(ReadMode.STRICT).open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "log.jsonl")) {
      in.next();
      assertThrows(HasilaJsonException.class, in::hasNext);
      assertEquals(2, in.read());
      assertEquals(1, in.rejected());
      assertEquals(1, in.accepted());
    }
  }

  @Test
  @DisplayName("a broken limit names the limit and how to raise it")
  void brokenLimitNamesTheLimit() {
    String text = campaign("c1", "x".repeat(200)) + "\n";
    HasilaJsonException e =
        assertThrows(
            HasilaJsonException.class,
            () -> HasilaJson.create().withLimits(JsonLimits.defaults().withMaxStringLength(100)).activityReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "log.jsonl"));
    assertEquals(
        "strings of at most 100 characters (JsonLimits.maxStringLength; raise it with withLimits(JsonLimits.defaults().withMaxStringLength(...)))",
        e.expected());
    HasilaJsonException tooLong =
        assertThrows(
            HasilaJsonException.class,
            () -> HasilaJson.create().withLimits(JsonLimits.defaults().withMaxRecordBytes(100)).activityReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "log.jsonl"));
    assertTrue(tooLong.expected().contains("JsonLimits.maxRecordBytes; raise it with withLimits(JsonLimits.defaults().withMaxRecordBytes(...))"), tooLong.expected());
    HasilaJsonException nested =
        assertThrows(
            HasilaJsonException.class,
            () -> HasilaJson.create().withLimits(JsonLimits.defaults().withMaxNestingDepth(1)).activityFromJson(campaign("c1", "DGSN")));
    assertTrue(nested.expected().contains("JsonLimits.maxNestingDepth"), nested.getMessage());
  }

  @Test
  @DisplayName("a definition or tally document beyond its size limit names the limit and how to raise it")
  void documentBeyondItsSizeLimitNamesTheLimit() throws IOException {
    Path definition = dir.resolve("definition.json");
    Files.writeString(definition, "{\"schemaVersion\": 2, \"id\": \"" + "x".repeat(300) + "\"}");
    HasilaJson small = HasilaJson.create().withLimits(JsonLimits.defaults().withMaxDocumentBytes(100));
    for (HasilaJsonException e :
        List.of(
            assertThrows(HasilaJsonException.class, () -> small.readTallyDefinition(definition)),
            assertThrows(HasilaJsonException.class, () -> small.readTally(Files.newInputStream(definition), "tally.json")))) {
      assertTrue(
          e.expected().equals(
              "a document of at most 100 bytes (JsonLimits.maxDocumentBytes; raise it with withLimits(JsonLimits.defaults().withMaxDocumentBytes(...)))"),
          e.getMessage());
    }
  }
}
