package io.hasila.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.hasila.io.ReadMode;
import io.hasila.io.RecordStream;
import io.hasila.io.Rejection;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * {@link #accepted()} + {@link #rejected()} = {@link #read()}. A broken file (bad quoting, bytes
 * that are not UTF-8) ends the read in both modes, because the records after it cannot be found
 * reliably. Close it, or the stream from {@link #stream()}, with try-with-resources. Not thread
 * safe.
 *
 * @param <T> the record type
 */
public final class HasilaCsvReader<T> implements RecordStream<T> {
  private static final int PEEK_LIMIT = 1 << 16;
  private static final int RAW_LIMIT = 2_000;
  private static final Pattern FASTCSV_LINE = Pattern.compile("started in line (\\d+)");

  private final FileLayout<T> layout;
  private final RecordDecoder<T> decoder;
  private final Decoding decoding;
  private final String source;
  private final ReadMode mode;
  private final Consumer<? super Rejection> onRejection;
  private final CsvReader<CsvRecord> csv;
  private final Iterator<CsvRecord> records;
  private final char delimiter;
  private final int width;
  private final Row row;
  private long read;
  private long rejected;
  private long lastLine = 1;
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
      Consumer<? super Rejection> onRejection) {
    this.layout = layout;
    this.decoder = decoder;
    this.decoding = decoder.decoding();
    this.source = source;
    this.mode = mode;
    this.onRejection = onRejection;
    try {
      BufferedInputStream in = new BufferedInputStream(input, PEEK_LIMIT);
      skipBom(in);
      this.delimiter = delimiter != null ? delimiter : detectDelimiter(in);
      this.csv = fastCsv(in, this.delimiter);
      this.records = csv.iterator();
      CsvRecord header = nextRecord();
      if (header == null) {
        throw new HasilaCsvException(source, 1, 0, null, "a header line naming the columns", "an empty file", null);
      }
      this.width = header.getFieldCount();
      this.row = new Row(positions(header));
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
   * A reader of a piece from the middle of a file that starts at a record: no byte order mark, no
   * header; the delimiter and the columns are those of the file's header. Lines and records count
   * from 1 within the piece.
   */
  HasilaCsvReader(
      RecordDecoder<T> decoder,
      FileLayout<T> layout,
      InputStream input,
      String source,
      ReadMode mode,
      char delimiter,
      int width,
      int[] positions,
      Consumer<? super Rejection> onRejection) {
    this.layout = layout;
    this.decoder = decoder;
    this.decoding = decoder.decoding();
    this.source = source;
    this.mode = mode;
    this.onRejection = onRejection;
    this.delimiter = delimiter;
    this.width = width;
    this.row = new Row(positions);
    this.csv = fastCsv(new BufferedInputStream(input, PEEK_LIMIT), delimiter);
    this.records = csv.iterator();
  }

  private static CsvReader<CsvRecord> fastCsv(InputStream in, char delimiter) {
    InputStreamReader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .ofCsvRecord(reader);
  }

  /** The number of fields of the header. */
  int width() {
    return width;
  }

  /** Where each column of the layout is among the header's fields (-1 if absent). */
  int[] positions() {
    return row.positions();
  }

  private void skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return;
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      throw new HasilaCsvException(
          source, 1, 0, null, "UTF-8 text", "a UTF-16 byte order mark (save the file as \"CSV UTF-8\")", null);
    }
    in.reset();
  }

  /** The delimiter of the header line: whichever of ',' and ';' occurs more often outside quotes (',' on a tie). */
  private static char detectDelimiter(BufferedInputStream in) throws IOException {
    in.mark(PEEK_LIMIT);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < PEEK_LIMIT; i++) {
      int b = in.read();
      if (b < 0 || (!quoted && (b == '\n' || b == '\r'))) {
        break;
      }
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && b == ',') {
        commas++;
      } else if (!quoted && b == ';') {
        semicolons++;
      }
    }
    in.reset();
    return semicolons > commas ? ';' : ',';
  }

  private int[] positions(CsvRecord header) {
    List<String> columns = layout.header();
    Map<String, Integer> known = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      known.put(columns.get(i), i);
    }
    int[] position = new int[columns.size()];
    Arrays.fill(position, -1);
    long line = header.getStartingLineNumber();
    StringJoiner unknown = new StringJoiner(", ");
    int unknowns = 0;
    String firstUnknown = null;
    for (int f = 0; f < header.getFieldCount(); f++) {
      String name = header.getField(f).strip();
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

  /** The next CSV record, or null at the end; broken CSV and undecodable bytes end the read. */
  private CsvRecord nextRecord() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CsvRecord r = records.next();
      lastLine = r.getStartingLineNumber();
      return r;
    } catch (CsvParseException e) {
      Matcher m = FASTCSV_LINE.matcher(String.valueOf(e.getMessage()));
      long line = m.find() ? Long.parseLong(m.group(1)) : lastLine;
      String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw new HasilaCsvException(source, line, read + 1, null, "a well-formed CSV record", detail, e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new HasilaCsvException(
            source, lastLine, read + 1, null, "UTF-8 text", "bytes that are not UTF-8 after this line", e);
      }
      throw new HasilaCsvException(
          source, lastLine, read + 1, null, "a readable CSV source", String.valueOf(e.getCause()), e.getCause());
    }
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
    CsvRecord record;
    while ((record = nextRecord()) != null) {
      read++;
      T value = decode(record);
      if (value != null) {
        next = value;
        return true;
      }
    }
    return false;
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
  private T decode(CsvRecord record) {
    CellProblem problem;
    if (record.getFieldCount() != width) {
      int n = record.getFieldCount();
      problem = new CellProblem(null, width + " fields (as in the header)", n + " field" + (n == 1 ? "" : "s"));
    } else {
      row.set(record);
      try {
        return decoder.decode(row, decoding);
      } catch (CellProblem e) {
        problem = e;
      }
    }
    long line = record.getStartingLineNumber();
    if (mode == ReadMode.STRICT) {
      throw new HasilaCsvException(
          source, line, read, problem.column(), problem.expected(), problem.found(), problem.getCause());
    }
    rejected++;
    onRejection.accept(
        Rejection.builder()
            .source(source)
            .line(line)
            .record(read)
            .field(Optional.ofNullable(problem.column()))
            .raw(raw(record))
            .reason(CellProblem.reason(problem.expected(), problem.found()))
            .build());
    return null;
  }

  /** The record as CSV text in the file's delimiter, cut at {@value #RAW_LIMIT} characters. */
  private String raw(CsvRecord record) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < record.getFieldCount() && sb.length() < RAW_LIMIT; i++) {
      if (i > 0) {
        sb.append(delimiter);
      }
      String f = record.getField(i);
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
