package io.hasila.json;

import io.hasila.internal.Encodings;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a preceding {@code \r} is dropped), in memory
 * bounded by the longest line allowed: a longer line is skipped to its end and reported as too long.
 * A UTF-8 byte order mark at the start is skipped; a UTF-16 or UTF-32 one is {@linkplain
 * #foreignByteOrderMark() noted}, whatever the number of bytes each read of the input gives. Every
 * line knows the byte offset it starts at. Not thread safe.
 */
final class LineSource implements AutoCloseable {
  /** How much of an over-long line is kept, to show in a rejection. */
  static final int KEPT_OF_LONG_LINE = 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;

  private byte[] line;
  /** Whether the current line is {@code buffer[sliceStart, sliceStart + length)}, not yet copied to {@code line}. */
  private boolean sliced;
  /** Whether a sliced line has been copied to {@code line}. */
  private boolean copied;
  private int sliceStart;
  /** Counts the refills of {@code buffer}: a slice is valid while this is unchanged. */
  private long generation;
  private int length;
  private long fullLength;
  private long number;
  /** The byte offset of {@code buffer[0]} in the input. */
  private long bufferBase;
  /** The byte offset the current line starts at. */
  private long lineOffset;
  private String foreignByteOrderMark;

  LineSource(InputStream in, int maxLineBytes) {
    this(in, maxLineBytes, true, 0);
  }

  /**
   * A source of lines whose first byte is at {@code offset} of the input; {@code atStart} false for a
   * piece from the middle of a file, where no byte order mark is looked for.
   */
  LineSource(InputStream in, int maxLineBytes, boolean atStart, long offset) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.started = !atStart;
    this.bufferBase = offset;
    int size = bufferSize(in);
    this.buffer = new byte[size];
    this.line = new byte[Math.min(size, 8 * 1024)];
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    fullLength = 0;
    sliced = false;
    copied = false;
    boolean any = false;
    if (!started) {
      start();
    }
    lineOffset = bufferBase + pos;
    while (true) {
      if (pos == limit) {
        if (!fill()) {
          if (any) {
            number++;
            trimCarriageReturn();
            return true;
          }
          return false;
        }
      }
      any = true;
      int start = pos;
      pos = indexOfLineFeed(buffer, pos, limit);
      if (pos < limit && fullLength == 0 && pos - start <= maxLineBytes) {
        // The whole line lies in the buffer: no copy unless bytes() asks for one.
        sliced = true;
        sliceStart = start;
        length = pos - start;
        fullLength = length;
        pos++; // the line feed
        number++;
        trimCarriageReturn();
        return true;
      }
      append(start, pos - start);
      if (pos < limit) {
        pos++; // the line feed
        number++;
        trimCarriageReturn();
        return true;
      }
    }
  }

  /** 64 KiB, or less for an input that says it holds less: small inputs are read often in tests and tools. */
  private static int bufferSize(InputStream in) {
    int available;
    try {
      available = in.available();
    } catch (IOException e) {
      available = 0;
    }
    return available <= 0 ? 64 * 1024 : (int) Math.min(64 * 1024, Math.max(1024L, available + 16L));
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** The index of the first line feed in {@code b[from, to)}, or {@code to}; eight bytes at a time. */
  static int indexOfLineFeed(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ LINE_FEEDS; // a zero byte where b has a line feed
      long zeros = (x - ONES) & ~x & HIGHS; // exact for the lowest zero byte, which is all we use
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return to;
  }

  /** Reads the first bytes, however few each read gives, and skips or notes a byte order mark. */
  private void start() throws IOException {
    started = true;
    while (!eof && limit < 4) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    generation++;
    if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
      pos = 3;
    } else {
      foreignByteOrderMark = Encodings.byteOrderMark(buffer, limit);
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n < 0) {
      eof = true;
      return false;
    }
    bufferBase += limit;
    pos = 0;
    limit = n;
    generation++;
    return true;
  }

  /** The UTF-16 or UTF-32 encoding a byte order mark at the start names; null if there is none. */
  String foreignByteOrderMark() {
    return foreignByteOrderMark;
  }

  /** The byte offset in the input the current line starts at. */
  long offset() {
    return lineOffset;
  }

  private void append(int from, int count) {
    fullLength += count;
    int cap = fullLength > maxLineBytes ? Math.min(KEPT_OF_LONG_LINE, maxLineBytes) : maxLineBytes;
    if (length > cap) {
      length = cap; // the line just became too long: keep only its start
    }
    int kept = Math.min(count, cap - length);
    if (kept > 0) {
      if (length + kept > line.length) {
        line = Arrays.copyOf(line, Math.min(Math.max(length + kept, line.length * 2), maxLineBytes));
      }
      System.arraycopy(buffer, from, line, length, kept);
      length += kept;
    }
  }

  private void trimCarriageReturn() {
    if (!tooLong() && length > 0 && byteAt(length - 1) == '\r') {
      length--;
      fullLength--;
    }
  }

  private byte byteAt(int i) {
    return sliced ? buffer[sliceStart + i] : line[i];
  }

  /** The bytes of the current line (only its start if it is too long). */
  byte[] bytes() {
    if (sliced && !copied) {
      if (line.length < length) {
        line = Arrays.copyOf(line, Math.max(length, Math.min(line.length * 2, maxLineBytes)));
      }
      System.arraycopy(buffer, sliceStart, line, 0, length);
      copied = true;
    }
    return line;
  }

  /**
   * Whether the current line lies whole in {@link #buffer()}, from {@link #sliceStart()} for {@link
   * #length()} bytes; false for a line that spans refills or is too long.
   */
  boolean sliced() {
    return sliced;
  }

  /** The read buffer; its bytes stay put until the next refill (see {@link #generation()}). */
  byte[] buffer() {
    return buffer;
  }

  /** Where the current line starts in {@link #buffer()}, when {@link #sliced()}. */
  int sliceStart() {
    return sliceStart;
  }

  /** The end of the bytes read into {@link #buffer()}. */
  int bufferLimit() {
    return limit;
  }

  /** How many times the buffer has been refilled. */
  long generation() {
    return generation;
  }

  /** How many bytes of {@link #bytes()} belong to the current line. */
  int length() {
    return length;
  }

  /** The current line's full length in bytes, even if it was too long to keep. */
  long fullLength() {
    return fullLength;
  }

  /** Whether the current line is longer than allowed. */
  boolean tooLong() {
    return fullLength > maxLineBytes;
  }

  /** The current line's number, from 1. */
  long number() {
    return number;
  }

  /** Whether the current line holds only spaces, tabs and carriage returns. */
  boolean blank() {
    if (tooLong()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      byte b = byteAt(i);
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
