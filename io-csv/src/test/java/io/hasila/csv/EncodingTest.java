package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.AudienceSnapshot;
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

@DisplayName("encodings: bytes that are not UTF-8, byte order marks, the charset option")
final class EncodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  /**
   * A snapshots file as a French-locale Excel saves "CSV" (Windows-1252, semicolons, CRLF): 15
   * lines, "Sûreté" on lines 6 and 13, everything else ASCII.
   */
  private static byte[] frenchExcelFile() {
    StringBuilder sb = new StringBuilder("platform;account;date;followers\r\n");
    for (int line = 2; line <= 15; line++) {
      String account = line == 6 || line == 13 ? "Sûreté" : "account" + line;
      sb.append("facebook;").append(account).append(";2020-12-31;").append(line).append("\r\n");
    }
    return sb.toString().getBytes(WINDOWS_1252);
  }

  /** Where the first byte of "û" on {@code line} is in {@link #frenchExcelFile()}. */
  private static long offsetOfFirstBadByte(byte[] file, int line) {
    int current = 1;
    for (int i = 0; i < file.length; i++) {
      if (current == line && (file[i] & 0xFF) >= 0x80) {
        return i;
      }
      if (file[i] == '\n') {
        current++;
      }
    }
    throw new AssertionError("no bad byte on line " + line);
  }

  /** A stream that hands over one byte per read, as a slow network or pipe may. */
  private static InputStream oneByteAtATime(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static String describe(Rejection r) {
    return r.line() + " | " + r.record() + " | " + r.field().orElse("-") + " | " + r.reason();
  }

  private static final Aggregator<AudienceSnapshot, List<AudienceSnapshot>, List<AudienceSnapshot>> IN_ORDER =
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

  @Test
  @DisplayName("defect 1: a byte that is not UTF-8 is reported at its own line and byte offset, naming Windows-1252")
  void nonUtf8ByteIsReportedAtItsLineAndByteOffset() {
    byte[] file = frenchExcelFile();
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> HasilaCsv.create().snapshotReader().read(new ByteArrayInputStream(file), "excel-fr.csv"));
    long offset = offsetOfFirstBadByte(file, 6);
    assertEquals(6, e.line());
    assertEquals(5, e.record());
    assertEquals(11, e.column());
    assertEquals("account", e.field().orElseThrow());
    assertEquals("UTF-8 text", e.expected());
    assertEquals(
        "excel-fr.csv line 6, column \"account\": expected UTF-8 text but found the byte 0xFB at byte offset "
            + offset
            + ", which is not UTF-8; it looks like Windows-1252/Latin-1 text (\"û\"): save the file as UTF-8, or read it"
            + " with withCharset(Charset.forName(\"windows-1252\")) (character 11 of its line)",
        e.getMessage());
  }

  @Test
  @DisplayName("defect 1: lenient mode rejects only the records with bad bytes and reads on")
  void lenientReadRejectsOnlyTheRecordsWithBadBytes() {
    byte[] file = frenchExcelFile();
    ReadResult<AudienceSnapshot> result =
        HasilaCsv.create().withMode(ReadMode.LENIENT).snapshotReader().read(new ByteArrayInputStream(file), "excel-fr.csv");
    assertEquals(14, result.read());
    assertEquals(12, result.accepted().size());
    assertEquals(
        List.of("6 | 5 | account", "13 | 12 | account"),
        result.rejected().stream().map(r -> r.line() + " | " + r.record() + " | " + r.field().orElse("-")).collect(Collectors.toList()));
    assertTrue(result.rejected().get(1).reason().contains("byte offset " + offsetOfFirstBadByte(file, 13)), result.rejected().get(1).reason());
  }

  @Test
  @DisplayName("defect 1: bad bytes give the same records, rejections and errors whatever the chunks and the threads")
  void badBytesGiveTheSameResultWhateverTheChunksAndThreads() throws IOException {
    byte[] file = frenchExcelFile();
    Path path = dir.resolve("excel-fr.csv");
    Files.write(path, file);
    CsvRecordReader<AudienceSnapshot> lenient = HasilaCsv.create().withMode(ReadMode.LENIENT).snapshotReader();
    ReadResult<AudienceSnapshot> whole = lenient.read(new ByteArrayInputStream(file), "excel-fr.csv");
    ReadResult<AudienceSnapshot> bytes = lenient.read(oneByteAtATime(file), "excel-fr.csv");
    List<Rejection> parallelRejections = new ArrayList<>();
    Aggregated<List<AudienceSnapshot>> parallel =
        lenient.withParallelism(3).withRejectionHandler(parallelRejections::add).aggregate(path, IN_ORDER, 40);
    assertEquals(whole, bytes);
    assertEquals(whole.accepted(), parallel.result());
    assertEquals(whole.rejected(), parallelRejections);
    assertEquals(whole.read(), parallel.read());

    CsvRecordReader<AudienceSnapshot> strict = HasilaCsv.create().snapshotReader();
    String expected = assertThrows(HasilaCsvException.class, () -> strict.read(path)).getMessage();
    assertEquals(expected, assertThrows(HasilaCsvException.class, () -> strict.read(oneByteAtATime(file), "excel-fr.csv")).getMessage());
    assertEquals(expected, assertThrows(HasilaCsvException.class, () -> strict.withParallelism(3).aggregate(path, IN_ORDER, 40)).getMessage());
  }

  @Test
  @DisplayName("defect 1: a Windows-1252 file is read as it was meant with the charset option, in pieces too")
  void windows1252FileIsReadWithTheCharsetOption() throws IOException {
    byte[] file = frenchExcelFile();
    Path path = dir.resolve("excel-fr.csv");
    Files.write(path, file);
    CsvRecordReader<AudienceSnapshot> reader = HasilaCsv.create().snapshotReader().withCharset(WINDOWS_1252);
    ReadResult<AudienceSnapshot> result = reader.read(path);
    assertEquals(14, result.accepted().size());
    assertEquals("Sûreté", result.accepted().get(4).account());
    assertEquals(result.accepted(), reader.withParallelism(3).aggregate(path, IN_ORDER, 40).result());
    assertEquals(result.accepted(), reader.withCharset(StandardCharsets.ISO_8859_1).read(path).accepted());
  }

  @Test
  @DisplayName("a byte the charset option does not know is reported in that charset's name")
  void byteUnknownToTheCharsetIsNamedInIt() {
    byte[] file = "platform,account,date,followers\nfacebook,a\u0081b,2020-12-31,1\n".getBytes(StandardCharsets.ISO_8859_1);
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> HasilaCsv.create().snapshotReader().withCharset(WINDOWS_1252).read(new ByteArrayInputStream(file), "s.csv"));
    assertEquals("windows-1252 text", e.expected());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("the byte 0x81 at byte offset 42, which is not windows-1252"), e.getMessage());
  }

  @Test
  @DisplayName("a UTF-16 or UTF-32 file is refused naming its encoding, and read with the charset option")
  void utf16ByteOrderMarkIsNamed() {
    String text = "platform,account,date,followers\nfacebook,الأمن,2020-12-31,1\n";
    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> HasilaCsv.create().withMode(ReadMode.LENIENT).snapshotReader().read(new ByteArrayInputStream(utf16), "s.csv"));
    assertEquals(
        "s.csv line 1: expected UTF-8 text but found a UTF-16LE byte order mark (the file is UTF-16 text): save it as UTF-8,"
            + " or read it with withCharset(StandardCharsets.UTF_16)",
        e.getMessage());
    byte[] utf32 = ("\uFEFF" + text).getBytes(Charset.forName("UTF-32BE"));
    assertTrue(
        assertThrows(HasilaCsvException.class, () -> HasilaCsv.create().snapshotReader().read(new ByteArrayInputStream(utf32), "s.csv"))
            .getMessage()
            .contains("a UTF-32BE byte order mark"));
    assertEquals(
        "الأمن",
        HasilaCsv.create().snapshotReader().withCharset(StandardCharsets.UTF_16).read(new ByteArrayInputStream(utf16), "s.csv").accepted().get(0).account());
  }

  @Test
  @DisplayName("an unterminated quote on the last record is reported as such, not as a field count")
  void unterminatedQuoteOnTheLastRecordIsReportedAsSuch() {
    String text = "platform,account,date,followers\nfacebook,DGSN,2020-12-31,1\nfacebook,\"DGSN,2020-12-31,2\nmore\n";
    HasilaCsvException e =
        assertThrows(
            HasilaCsvException.class,
            () -> HasilaCsv.create().snapshotReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv"));
    assertEquals(
        "s.csv line 3: expected a closing quote for the quoted cell this record opens but found the end of the input", e.getMessage());
    ReadResult<AudienceSnapshot> lenient =
        HasilaCsv.create().withMode(ReadMode.LENIENT).snapshotReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv");
    assertEquals(
        List.of("3 | 2 | - | expected a closing quote for the quoted cell this record opens but found the end of the input"),
        lenient.rejected().stream().map(EncodingTest::describe).collect(Collectors.toList()));
    assertEquals(1, lenient.accepted().size());
  }

  @Test
  @DisplayName("in strict mode the record that throws is counted as read and rejected, never as accepted")
  void strictAcceptedDoesNotCountTheRecordThatThrew() {
    String text = "platform,account,date,followers\nfacebook,a,2020-12-31,1\nfacebook,b,31/12/2020,2\n";
    try (HasilaCsvReader<AudienceSnapshot> in =
        HasilaCsv.create().snapshotReader().open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv")) {
      in.next();
      assertThrows(HasilaCsvException.class, in::hasNext);
      assertEquals(2, in.read());
      assertEquals(1, in.rejected());
      assertEquals(1, in.accepted());
    }
  }

  @Test
  @DisplayName("a bare CR in a quoted cell at the end of a record keeps the cell and the next record, and counts as a line")
  void bareCarriageReturnInAQuotedCellKeepsTheRecords() {
    String text = "platform,followers,date,account\nfacebook,1,2020-12-31,\"x\ry\"\nfacebook,2,2020-12-31,\"a\rb\nc\"\nfacebook,3,31/12/2020,z\n";
    ReadResult<AudienceSnapshot> result =
        HasilaCsv.create().withMode(ReadMode.LENIENT).snapshotReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv");
    assertEquals(List.of("x\ry", "a\rb\nc"), result.accepted().stream().map(AudienceSnapshot::account).collect(Collectors.toList()));
    assertEquals(List.of("7 | 3 | date"), result.rejected().stream().map(r -> r.line() + " | " + r.record() + " | " + r.field().orElse("-")).collect(Collectors.toList()));
  }

  @Test
  @DisplayName("a character whose second half is U+DFFF (U+16BFF, U+10FFFF) next to a bare CR is kept as it is, not taken for the CR's stand-in")
  void characterEndingInDfffBesideABareCarriageReturnIsKept() {
    String first = "p\uD81A\uDFFF\rq";
    String second = "a\r\uDBFF\uDFFF\rb";
    String text =
        "platform,followers,date,account\nfacebook,1,2020-12-31,\"" + first + "\"\nfacebook,2,2020-12-31,\"" + second
            + "\"\nfacebook,3,31/12/2020,z\n";
    ReadResult<AudienceSnapshot> result =
        HasilaCsv.create().withMode(ReadMode.LENIENT).snapshotReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv");
    assertEquals(List.of(first, second), result.accepted().stream().map(AudienceSnapshot::account).collect(Collectors.toList()));
    assertEquals(List.of("7 | 3 | date"), result.rejected().stream().map(r -> r.line() + " | " + r.record() + " | " + r.field().orElse("-")).collect(Collectors.toList()));
  }

  @Test
  @DisplayName("a broken limit (cell, record, fields) ends the read in both modes, naming the limit and how to raise it")
  void brokenLimitNamesTheLimit() {
    String text = "platform,account,date,followers\nfacebook," + "a".repeat(40) + ",2020-12-31,1\nfacebook,a,2020-12-31,1,2,3,4,5,6\n";
    CsvRecordReader<AudienceSnapshot> reader = HasilaCsv.create().snapshotReader();
    for (ReadMode mode : ReadMode.values()) {
      HasilaCsvException cell =
          assertThrows(
              HasilaCsvException.class,
              () -> reader.withMode(mode).withLimits(CsvLimits.defaults().withMaxFieldLength(20)).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv"));
      assertEquals(
          "s.csv line 2: expected cells of at most 20 characters (CsvLimits.maxFieldLength; raise it with"
              + " withLimits(CsvLimits.defaults().withMaxFieldLength(...))) but found a longer cell in field 2",
          cell.getMessage());
      HasilaCsvException record =
          assertThrows(
              HasilaCsvException.class,
              () -> reader.withMode(mode).withLimits(CsvLimits.defaults().withMaxFieldLength(30).withMaxRecordLength(40)).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv"));
      assertTrue(record.expected().contains("CsvLimits.maxRecordLength; raise it with withLimits(CsvLimits.defaults().withMaxRecordLength(...))"), record.getMessage());
      HasilaCsvException fields =
          assertThrows(
              HasilaCsvException.class,
              () -> reader.withMode(mode).withLimits(CsvLimits.defaults().withMaxFields(6)).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv"));
      assertEquals(3, fields.line());
      assertTrue(fields.expected().contains("at most 6 fields in a record (CsvLimits.maxFields"), fields.getMessage());
    }
  }
}
