package io.hasila.json;

import io.hasila.io.ReadMode;
import io.hasila.io.RecordStream;
import io.hasila.io.Rejection;
import io.hasila.internal.Encodings;
import io.hasila.internal.IoFailures;
import io.hasila.internal.ReadHooks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.base.ParserBase;

/**
 * A stream of the records of a JSON Lines file: one record per line, read in memory that does not
 * grow with the file. Obtain one from {@link JsonRecordReader#open}; close it (try-with-resources)
 * when done.
 *
 * <p>A record is a non-blank line; blank lines are skipped and not counted, but line numbers count
 * every line. In {@link ReadMode#STRICT strict} mode the first bad record throws a
 * {@link HasilaJsonException}; in {@link ReadMode#LENIENT lenient} mode each bad record is handed to
 * the rejection listener and reading goes on. Either way {@link #accepted()} plus
 * {@link #rejected()} equals {@link #read()}: the record that stops a strict read counts as read
 * and rejected. A record holding bytes that are not text in the reader's charset is a bad record,
 * reported at the first bad byte (its line, column and byte offset); a file that starts with a
 * UTF-16 or UTF-32 byte order mark is refused as a whole, naming its encoding. A reader given a
 * cancellation signal throws {@link io.hasila.io.ReadCancelledException} from {@link #hasNext()}
 * once it is set. Not thread safe.
 *
 * @param <T> {@code Activity} or {@code AudienceSnapshot}
 */
public final class JsonLinesReader<T> implements RecordStream<T> {
  private final LineSource lines;
  private final String source;
  private final ReadMode mode;
  private final Consumer<? super Rejection> onRejected;
  private final JsonSupport json;
  private final Function<JsonParser, T> decode;
  private final Utf8Transcoder transcoder;

  // One parser over the read buffer, reading record after record while they are well formed
  // (see decodeInBuffer); null when none is open.
  private JsonParser shared;
  private long sharedGeneration;
  private int sharedBase;

  private ReadHooks.Tracker tracker;
  private T next;
  private boolean done;
  private long read;
  private long rejected;

  JsonLinesReader(
      LineSource lines,
      String source,
      ReadMode mode,
      Consumer<? super Rejection> onRejected,
      JsonSupport json,
      Function<JsonParser, T> decode,
      Utf8Transcoder transcoder) {
    this.transcoder = transcoder;
    this.lines = lines;
    this.source = source;
    this.mode = mode;
    this.onRejected = onRejected;
    this.json = json;
    this.decode = decode;
  }

  /** Whether another accepted record follows; in strict mode, throws on a bad record. */
  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      advance();
    }
    return next != null;
  }

  /**
   * The next accepted record.
   *
   * @throws NoSuchElementException when no accepted record is left
   * @throws HasilaJsonException on a bad record in strict mode
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

  /** How many records (non-blank lines) have been read so far. */
  @Override
  public long read() {
    return read;
  }

  /** How many records read so far were rejected (always 0 in strict mode). */
  @Override
  public long rejected() {
    return rejected;
  }

  /** How many lines (blank ones included) have been read so far. */
  long lines() {
    return lines.number();
  }

  /** The name of the source, as errors show it. */
  @Override
  public String source() {
    return source;
  }

  /** Counts this stream's records with {@code tracker}, whose counter wraps the input; returns this. */
  JsonLinesReader<T> track(ReadHooks.Tracker tracker) {
    this.tracker = tracker;
    return this;
  }

  private void flushProgress() {
    if (tracker != null) {
      tracker.flush();
      tracker = null;
    }
  }

  private void advance() {
    try {
      if (!lines.next()) {
        done = true;
        flushProgress();
        return;
      }
    } catch (IOException e) {
      done = true;
      throw new HasilaJsonException(source, lines.number() + 1, 0, read + 1, "$", "readable input", IoFailures.describe(e), e);
    }
    if (lines.number() == 1 && lines.foreignByteOrderMark() != null) {
      done = true;
      throw new HasilaJsonException(
          source, 1, 0, 0, "$", Encodings.expected(StandardCharsets.UTF_8), Encodings.foreignByteOrderMark(lines.foreignByteOrderMark()), null);
    }
    if (lines.blank()) {
      return;
    }
    if (tracker != null) {
      tracker.record();
    }
    read++;
    try {
      next = decodeLine();
    } catch (RuntimeException e) {
      boolean strict = mode == ReadMode.STRICT;
      HasilaJsonException error = Faults.of(e, source, read, lines.bytes(), lines.number(), strict);
      HasilaJsonException encoding = lines.tooLong() ? null : encodingFault(error, strict);
      if (encoding != null) {
        error = encoding;
      }
      rejected++;
      if (mode == ReadMode.STRICT) {
        done = true;
        throw error;
      }
      onRejected.accept(
          error.toRejection(
              lines.number(), Faults.raw(lines.bytes(), 0, lines.length(), lines.fullLength())));
    }
  }

  /**
   * The first bytes of the current line that are not UTF-8 (or, behind a transcoder, not text in
   * its charset), as a fault at their column and byte offset, in the JSON path of {@code parsed} if
   * that fault is at or after them; null if every byte is text.
   */
  private HasilaJsonException encodingFault(HasilaJsonException parsed, boolean stackTrace) {
    byte[] bytes = lines.bytes();
    int n = lines.length();
    int high = 0;
    while (high < n && bytes[high] >= 0) {
      high++;
    }
    if (high == n) {
      return null; // ASCII is UTF-8
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, lines.length());
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, CharBuffer.allocate(lines.length()), true);
    if (!result.isError()) {
      return null;
    }
    int at = in.position();
    long offset = lines.offset() + at;
    long column = 1;
    for (int i = 0; i < at; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    Utf8Transcoder.BadBytes original = transcoder == null ? null : transcoder.badBytesAt(offset);
    String expected;
    String found;
    if (original != null) {
      expected = Encodings.expected(transcoder.charset());
      found = Encodings.badBytes(original.bytes, original.offset, transcoder.charset());
    } else {
      expected = Encodings.expected(StandardCharsets.UTF_8);
      found = Encodings.badBytes(Arrays.copyOfRange(bytes, at, at + result.length()), offset, StandardCharsets.UTF_8);
    }
    String path = parsed.line() == lines.number() && parsed.column() >= column ? parsed.path() : "$";
    return new HasilaJsonException(source, lines.number(), column, read, path, expected, found, null, stackTrace);
  }

  private T decodeLine() {
    if (lines.tooLong()) {
      throw new HasilaJsonException(
          source,
          lines.number(),
          0,
          read,
          "$",
          "a record of at most "
              + json.limits().maxRecordBytes()
              + " bytes (JsonLimits.maxRecordBytes; raise it with withLimits(JsonLimits.defaults().withMaxRecordBytes(...)))",
          "a line of " + lines.fullLength() + " bytes",
          null);
    }
    JsonFault foreign = JsonSupport.foreignStart(lines.bytes(), 0, lines.length());
    if (foreign != null) {
      throw foreign;
    }
    if (lines.sliced()) {
      T value = decodeInBuffer();
      if (value != null) {
        return value;
      }
    }
    try (JsonParser p = json.parser(lines.bytes(), lines.length())) {
      try {
        T value = decode.apply(p);
        if (p.nextToken() != null) {
          throw JsonValues.fault(p, "the end of the line after the record (one record per line)");
        }
        return value;
      } catch (JacksonException e) {
        throw Faults.locate(e, p);
      }
    }
  }

  /**
   * Decodes the current line with the parser shared by the lines of the read buffer, so that a
   * parser is not made per line. Only a record that reads cleanly is taken: an object starting and
   * ending on this line, followed by nothing but whitespace on it. Anything else (a fault of any
   * kind, a value running past the line) returns null and drops the shared parser; the line is then
   * decoded on its own, as it always was, which gives the same value or the same fault with its
   * exact position.
   */
  private T decodeInBuffer() {
    byte[] buffer = lines.buffer();
    int lineStart = lines.sliceStart();
    int lineEnd = lineStart + lines.length();
    try {
      if (shared == null || sharedGeneration != lines.generation()) {
        dropShared();
        shared = json.sharedParser(buffer, lineStart, lines.bufferLimit() - lineStart);
        sharedGeneration = lines.generation();
        sharedBase = lineStart;
      }
      JsonParser p = shared;
      if (p.nextToken() != JsonToken.START_OBJECT || !(p instanceof ParserBase)) {
        dropShared();
        return null;
      }
      ParserBase b = (ParserBase) p;
      long begin = sharedBase + b.getTokenCharacterOffset() - 1;
      if (begin < lineStart || begin >= lineEnd) {
        dropShared();
        return null;
      }
      T value = decode.apply(p);
      long end = sharedBase + b.getTokenCharacterOffset(); // just after the closing brace
      if (p.currentToken() != JsonToken.END_OBJECT || end > lineEnd || !blank(buffer, (int) end, lineEnd)) {
        dropShared();
        return null;
      }
      return value;
    } catch (RuntimeException e) {
      dropShared();
      return null;
    }
  }

  private static boolean blank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = bytes[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private void dropShared() {
    if (shared != null) {
      JsonParser p = shared;
      shared = null;
      try {
        p.close();
      } catch (RuntimeException ignored) {
        // a parser over a byte array has nothing to release that could fail
      }
    }
  }

  /**
   * Closes the underlying input.
   *
   * @throws HasilaJsonException when the input fails to close
   */
  @Override
  public void close() {
    dropShared();
    done = true;
    flushProgress();
    try {
      lines.close();
    } catch (IOException e) {
      throw new HasilaJsonException(source, 0, 0, 0, "$", "an input that closes", IoFailures.describe(e), e);
    }
  }
}
