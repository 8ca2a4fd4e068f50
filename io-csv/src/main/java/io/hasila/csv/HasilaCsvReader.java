package io.hasila.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import io.hasila.internal.Encodings;
import io.hasila.internal.ReadHooks;
import io.hasila.io.ReadMode;
import io.hasila.io.RecordStream;
import io.hasila.io.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open CSV source, read one record at a time in constant memory: what {@link
 * CsvRecordReader#open} returns.
 *
 * <p>The header is read and checked on opening. In {@link ReadMode#STRICT strict} mode {@link
 * #next()} throws a {@link HasilaCsvException} at the first bad record; in {@link ReadMode#LENIENT
 * lenient} mode bad records go to the reader's rejection handler and iteration goes on, so that
 * {@link #accepted()} + {@link #rejected()} = {@link #read()}; a record that stops a strict read
 * counts as read and rejected. Bytes that are not text in the reader's charset make their record
 * bad like any other fault (the fault names the byte, its offset and line); a file whose records
 * cannot be found reliably any more (broken quoting, a record beyond the {@link CsvLimits}) ends the
 * read in both modes. A reader given a cancellation signal throws {@link
 * io.hasila.io.ReadCancelledException} from {@link #hasNext()} once it is set. Close it, or the stream from {@link #stream()}, with try-with-resources. Not
 * thread safe.
 *
 * @param <T> the record type
 */
public final class HasilaCsvReader<T> implements RecordStream<T> {
  private static final int PEEK_LIMIT = 1 << 15;
  private static final int RAW_LIMIT = 2_000;
  private static final Pattern FASTCSV_LINE = Pattern.compile("(?:started in|starting at) line (\\d+)");
  private static final Pattern FIELD_INDEX = Pattern.compile("Field at index (\\d+)");

  private final FileLayout<T> layout;
  private final RecordDecoder<T> decoder;
  private final Decoding decoding;
  private final String source;
  private final ReadMode mode;
  private final Consumer<? super Rejection> onRejection;
  private final CsvText text;
  private final CsvLimits limits;
  private final CsvReader<CsvCells> csv;
  private final Iterator<CsvCells> records;
  private final char delimiter;
  private final int width;
  private final Row row;
  private final CsvCells.Handler handler;
  private long read;
  private long rejected;
  /** The line the record just read starts on. */
  private long lastLine = 1;
  /** The bare CRs inside quoted cells of the records before: lines FastCSV did not count. */
  private long crShift;
  /** Where the first bad byte of the record last checked is: its line and column. */
  private long badLine;
  private long badColumn;
  private ReadHooks.Tracker tracker;
  private CsvNumbers numbers = CsvNumbers.DIGITS;
  private T next;
  private boolean closed;

  /** A reader of a whole source: byte order mark, header, then records; {@code delimiter} null to detect it. */
  HasilaCsvReader(
      RecordDecoder<T> decoder,
      FileLayout<T> layout,
      InputStream input,
      String source,
      ReadMode mode,
      Character delimiter,
      Charset charset,
      CsvLimits limits,
      Consumer<? super Rejection> onRejection) {
    this.layout = layout;
    this.decoder = decoder;
    this.decoding = decoder.decoding();
    this.source = source;
    this.mode = mode;
    this.limits = limits;
    this.onRejection = onRejection;
    try {
      this.text = new CsvText(input, charset, 0, true);
      String bom = text.foreignByteOrderMark();
      if (bom != null) {
        throw new HasilaCsvException(source, 1, 0, null, Encodings.expected(charset), Encodings.foreignByteOrderMark(bom), null);
      }
      this.delimiter = delimiter != null ? delimiter : detectDelimiter(text.peek(PEEK_LIMIT));
      text.delimiter(this.delimiter);
      this.handler = new CsvCells.Handler(limits, text);
      this.csv = fastCsv(text, this.delimiter, handler);
      this.records = csv.iterator();
      CsvCells header = nextRecord();
      if (header == null) {
        throw new HasilaCsvException(source, 1, 0, null, "a header line naming the columns", "an empty file", null);
      }
      CellProblem bad = badBytes(header);
      if (bad != null) {
        throw new HasilaCsvException(source, badLine, badColumn, 0, null, bad.expected(), bad.found(), null);
      }
      this.width = header.getFieldCount();
      this.row = new Row(positions(header));
      handler.keep(kept(decoder.columns(), row.positions(), width));
    } catch (IOException e) {
      HasilaCsvException failure = CsvRecordReader.ioFailure(source, "a readable CSV source", e);
      closeQuietly(input, failure);
      throw failure;
    } catch (RuntimeException e) {
      closeQuietly(input, e);
      throw e;
    }
  }

  /**
   * A reader of a piece from the middle of a file that starts at a record, at byte {@code offset}:
   * no byte order mark, no header; the delimiter and the columns are those of the file's header.
   * Lines and records count from 1 within the piece; byte offsets are the file's.
   */
  HasilaCsvReader(
      RecordDecoder<T> decoder,
      FileLayout<T> layout,
      InputStream input,
      long offset,
      String source,
      ReadMode mode,
      char delimiter,
      Charset charset,
      CsvLimits limits,
      int width,
      int[] positions,
      Consumer<? super Rejection> onRejection) {
    this.layout = layout;
    this.decoder = decoder;
    this.decoding = decoder.decoding();
    this.source = source;
    this.mode = mode;
    this.limits = limits;
    this.onRejection = onRejection;
    this.delimiter = delimiter;
    this.width = width;
    this.row = new Row(positions);
    try {
      this.text = new CsvText(input, charset, offset, false);
    } catch (IOException e) {
      HasilaCsvException failure = CsvRecordReader.ioFailure(source, "a readable CSV source", e);
      closeQuietly(input, failure);
      throw failure;
    }
    text.delimiter(delimiter);
    this.handler = new CsvCells.Handler(limits, text);
    handler.keep(kept(decoder.columns(), positions, width));
    this.csv = fastCsv(text, delimiter, handler);
    this.records = csv.iterator();
  }

  /** Which fields of the file to make into strings: those of the schema columns read; null for all. */
  private static boolean[] kept(boolean[] columns, int[] positions, int width) {
    if (columns == null) {
      return null;
    }
    boolean[] keep = new boolean[width];
    for (int c = 0; c < positions.length; c++) {
      if (positions[c] >= 0 && positions[c] < width && columns[c]) {
        keep[positions[c]] = true;
      }
    }
    return keep;
  }

  private static CsvReader<CsvCells> fastCsv(CsvText text, char delimiter, CsvCells.Handler handler) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .maxBufferSize(handler.maxRecordLength())
        .build(handler, text);
  }

  /** The number of fields of the header. */
  int width() {
    return width;
  }

  /** Where each column of the layout is among the header's fields (-1 if absent). */
  int[] positions() {
    return row.positions();
  }

  /** The delimiter of the header line: whichever of ',' and ';' occurs more often outside quotes (',' on a tie). */
  private static char detectDelimiter(String head) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (!quoted && (c == '\n' || c == '\r')) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private int[] positions(CsvCells header) {
    List<String> columns = layout.header();
    Map<String, Integer> known = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      known.put(columns.get(i), i);
    }
    int[] position = new int[columns.size()];
    Arrays.fill(position, -1);
    long line = lastLine;
    StringJoiner unknown = new StringJoiner(", ");
    int unknowns = 0;
    String firstUnknown = null;
    for (int f = 0; f < header.getFieldCount(); f++) {
      String name = cell(header, f).strip();
      Integer c = known.get(name);
      if (c == null) {
        unknown.add(CellProblem.quote(name));
        unknowns++;
        firstUnknown = firstUnknown == null ? name : firstUnknown;
      } else if (position[c] >= 0) {
        throw new HasilaCsvException(
            source, line, 0, name, "each column once in the header", CellProblem.quote(name) + " twice", null);
      } else {
        position[c] = f;
      }
    }
    if (firstUnknown != null) {
      throw new HasilaCsvException(
          source,
          line,
          0,
          firstUnknown,
          "only the " + layout.noun() + " columns " + String.join(", ", columns),
          "unknown column" + (unknowns > 1 ? "s " : " ") + unknown,
          null);
    }
    StringJoiner missing = new StringJoiner(", ");
    String firstMissing = null;
    for (String name : layout.required()) {
      if (position[known.get(name)] < 0) {
        missing.add(CellProblem.quote(name));
        firstMissing = firstMissing == null ? name : firstMissing;
      }
    }
    if (firstMissing != null) {
      throw new HasilaCsvException(
          source,
          line,
          0,
          firstMissing,
          "the required columns " + String.join(", ", layout.required()),
          "no column " + missing,
          null);
    }
    return position;
  }

  /** The next CSV record, or null at the end; broken CSV, a broken limit and I/O failures end the read. */
  private CsvCells nextRecord() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CsvCells r = records.next();
      lastLine = r.getStartingLineNumber() + crShift;
      if (text.bareCrs() > 0) {
        crShift += r.skippedBareCrs;
        for (int i = 0; i < r.getFieldCount(); i++) {
          String f = r.getField(i);
          if (f == null) {
            continue;
          }
          crShift += CsvText.bareCrsIn(f);
        }
      }
      return r;
    } catch (CsvParseException e) {
      throw parseFailure(e);
    } catch (UncheckedIOException e) {
      throw CsvRecordReader.ioFailure(source, "a readable CSV source", e.getCause()).at(lastLine, read + 1);
    }
  }

  /** FastCSV's refusal in the library's words: a broken limit (named, with how to raise it) or broken quoting. */
  private HasilaCsvException parseFailure(CsvParseException e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    String message = all.toString();
    Matcher m = FASTCSV_LINE.matcher(message);
    long line = m.find() ? Long.parseLong(m.group(1)) + crShift : lastLine;
    String raise = "; raise it with withLimits(CsvLimits.defaults().";
    String expected;
    String found;
    if (message.contains("max field size")) {
      Matcher f = FIELD_INDEX.matcher(message);
      expected = "cells of at most " + limits.maxFieldLength() + " characters (CsvLimits.maxFieldLength" + raise + "withMaxFieldLength(...)))";
      found = "a longer cell" + (f.find() ? " in field " + (Integer.parseInt(f.group(1)) + 1) : "");
    } else if (message.contains("max record size") || message.contains("maximum buffer size")) {
      expected = "a record of at most " + limits.maxRecordLength() + " characters (CsvLimits.maxRecordLength" + raise + "withMaxRecordLength(...)))";
      found = "a longer record (or a quoted cell that is never closed)";
    } else if (message.contains("maximum limit of") && message.contains("fields")) {
      expected = "at most " + limits.maxFields() + " fields in a record (CsvLimits.maxFields" + raise + "withMaxFields(...)))";
      found = "more fields";
    } else {
      expected = "a well-formed CSV record";
      String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      found = String.valueOf(detail);
    }
    return new HasilaCsvException(source, line, 0, read + 1, null, expected, found, e);
  }

  /** Whether another record follows; in strict mode throws {@link HasilaCsvException} at a bad record. */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (closed) {
      return false;
    }
    CsvCells record;
    while ((record = nextRecord()) != null) {
      if (tracker != null) {
        tracker.record();
      }
      read++;
      T value = decode(record);
      if (value != null) {
        next = value;
        return true;
      }
    }
    flushProgress();
    return false;
  }

  /** Reads whole numbers in the form {@code numbers} says; returns this. */
  HasilaCsvReader<T> numbers(CsvNumbers numbers) {
    this.numbers = numbers;
    decoding.numbers(numbers);
    return this;
  }

  /**
   * How the whole numbers of this file are read: the form the reader was given, or the one it
   * assumed from the delimiter ({@link CsvRecordReader#withDetectedNumbers()}); digits only unless set.
   */
  public CsvNumbers numbers() {
    return numbers;
  }

  /** Counts this stream's records with {@code tracker}, whose counter wraps the input; returns this. */
  HasilaCsvReader<T> track(ReadHooks.Tracker tracker) {
    this.tracker = tracker;
    return this;
  }

  private void flushProgress() {
    if (tracker != null) {
      tracker.flush();
      tracker = null;
    }
  }

  /**
   * The next accepted record, skipping (and reporting) rejected records in lenient mode.
   *
   * @throws NoSuchElementException when no accepted record is left
   * @throws HasilaCsvException on a bad record in strict mode
   */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + source);
    }
    T value = next;
    next = null;
    return value;
  }

  /** The decoded record, or null after rejecting it in lenient mode. */
  private T decode(CsvCells record) {
    long line = lastLine;
    long column = 0;
    CellProblem problem = badBytes(record);
    if (problem != null) {
      line = badLine;
      column = badColumn;
    } else if (text.finished() && text.insideQuotes() && text.quoteLine() >= line && text.quoteLine() <= endLine(record)) {
      problem =
          new CellProblem(
              null, "a closing quote for the quoted cell this record opens", "the end of the input");
    } else if (record.getFieldCount() != width) {
      int n = record.getFieldCount();
      problem = new CellProblem(null, width + " fields (as in the header)", n + " field" + (n == 1 ? "" : "s"));
    } else {
      row.set(record, text.bareCrs() > 0);
      try {
        return decoder.decode(row, decoding);
      } catch (CellProblem e) {
        problem = e;
      }
    }
    rejected++;
    if (mode == ReadMode.STRICT) {
      throw new HasilaCsvException(
          source, line, column, read, problem.column(), problem.expected(), problem.found(), problem.getCause());
    }
    onRejection.accept(
        Rejection.builder()
            .source(source)
            .line(lastLine)
            .record(read)
            .field(Optional.ofNullable(problem.column()))
            .raw(raw(record))
            .reason(CellProblem.reason(problem.expected(), problem.found()))
            .build());
    return null;
  }

  /**
   * The bytes of {@code record} that are not text in the charset, as a problem in the column that
   * holds the first of them (whose line and column are left in {@link #badLine} and {@link
   * #badColumn}); null if all its bytes are text.
   */
  private CellProblem badBytes(CsvCells record) {
    ArrayDeque<CsvText.BadBytes> located = text.located();
    if (located.isEmpty()) {
      return null;
    }
    long last = endLine(record);
    CsvText.BadBytes first = null;
    while (!located.isEmpty() && located.peek().line <= last) {
      CsvText.BadBytes b = located.poll();
      first = first == null ? b : first;
    }
    if (first == null) {
      return null;
    }
    badLine = first.line;
    badColumn = first.column;
    String column = null;
    for (int i = 0; i < record.getFieldCount() && column == null; i++) {
      String f = record.getField(i);
      if (f != null ? f.indexOf('\uFFFD') >= 0 : i == record.firstReplacedSkipped) {
        column = columnName(i);
      }
    }
    return new CellProblem(
        column,
        Encodings.expected(text.charset()),
        Encodings.badBytes(first.bytes, first.offset, text.charset())
            + " (character " + first.column + " of its line)");
  }

  /** The layout's name for field {@code f} of the file, or null if the header has no such field. */
  private String columnName(int f) {
    if (row == null) {
      return null;
    }
    int[] positions = row.positions();
    for (int c = 0; c < positions.length; c++) {
      if (positions[c] == f) {
        return layout.header().get(c);
      }
    }
    return null;
  }

  /** The line {@code record}, the record just read, ends on: its first line plus the line breaks in its cells. */
  private long endLine(CsvCells record) {
    long last = lastLine + record.skippedLineBreaks;
    for (int i = 0; i < record.getFieldCount(); i++) {
      String f = record.getField(i);
      if (f != null) {
        last += lineBreaks(f);
      }
    }
    return last;
  }

  /** The line breaks of a cell as read: LF, CR LF, a lone CR, and the stand-ins of bare CRs. */
  private static long lineBreaks(String field) {
    long n = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\n') {
        if (i == 0 || field.charAt(i - 1) != '\r') {
          n++;
        }
      } else if (c == '\r' || CsvText.isBareCr(field, i)) {
        n++;
      }
    }
    return n;
  }

  /** Field {@code f} of {@code record}, its bare CRs put back; blank if it was skipped. */
  private String cell(CsvCells record, int f) {
    String v = record.getField(f);
    if (v == null) {
      return "";
    }
    return text.bareCrs() > 0 ? CsvText.withBareCrs(v) : v;
  }

  /** The record as CSV text in the file's delimiter, cut at {@value #RAW_LIMIT} characters. */
  private String raw(CsvCells record) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < record.getFieldCount() && sb.length() < RAW_LIMIT; i++) {
      if (i > 0) {
        sb.append(delimiter);
      }
      String f = cell(record, i);
      if (f.indexOf(delimiter) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    return sb.length() > RAW_LIMIT ? sb.substring(0, RAW_LIMIT) + "…" : sb.toString();
  }

  /** The name of the source, usually the file name. */
  @Override
  public String source() {
    return source;
  }

  /** The delimiter in use: the one the reader was given, or the one detected in the header. */
  public char delimiter() {
    return delimiter;
  }

  /** How many data records have been read so far (the header is not a record). */
  @Override
  public long read() {
    return read;
  }

  /** How many of them were rejected (always 0 in strict mode). */
  @Override
  public long rejected() {
    return rejected;
  }

  /**
   * Closes the source; idempotent. An I/O failure is a {@link HasilaCsvException}.
   *
   * @throws HasilaCsvException when the source fails to close
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      next = null;
      flushProgress();
      try {
        csv.close();
      } catch (IOException e) {
        throw CsvRecordReader.ioFailure(source, "a source that closes", e);
      }
    }
  }

  private static void closeQuietly(InputStream in, Throwable primary) {
    try {
      in.close();
    } catch (IOException e) {
      primary.addSuppressed(e);
    }
  }
}
