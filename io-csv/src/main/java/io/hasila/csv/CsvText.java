package io.hasila.csv;

import io.hasila.internal.Encodings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * The characters of a CSV source, decoded from its bytes in a given charset and checked: what
 * FastCSV parses.
 *
 * <p>Bytes that are not text in the charset never stop the decoding: each bad sequence becomes one
 * U+FFFD and is recorded as a {@link BadBytes} with its byte offset, and, once FastCSV has been
 * handed the characters around it, its line and column. The reader then rejects the record that
 * holds it (lenient) or stops there (strict), so that results never depend on how the bytes arrive.
 * While handing characters over, it counts lines (LF, CR LF or a lone CR, as FastCSV does) and
 * follows the quoting, so that a quoted cell still open at the end of the input is known. A UTF-8
 * byte order mark is skipped when reading UTF-8.
 *
 * <p>A carriage return inside a quoted cell that no line feed follows is handed over as {@link
 * #BARE_CR} instead: FastCSV (4.1 and 4.2) keeps such a CR in mind until the next line feed, which
 * it then takes for the end of a CR LF, losing the cell and joining the next record to this one (and
 * counting one line too few). The reader puts the CR back in the cells and counts the line itself.
 * Decoded text never holds a lone surrogate, so the stand-in is told from a character of the file
 * by what precedes it: the same code unit after a high surrogate is the second half of a character
 * (U+10FFFF, U+16BFF and the other characters whose low surrogate is U+DFFF); see {@link
 * #isBareCr}. Not thread safe.
 */
final class CsvText extends Reader {
  /** One bad byte sequence: where it is and what it holds. */
  static final class BadBytes {
    final long offset;
    final byte[] bytes;
    final long charIndex;
    long line;
    long column;

    BadBytes(long offset, byte[] bytes, long charIndex) {
      this.offset = offset;
      this.bytes = bytes;
      this.charIndex = charIndex;
    }
  }

  /** What a bare CR inside a quoted cell is handed over as: a lone low surrogate, which decoded text never holds. */
  static final char BARE_CR = '\uDFFF';

  /**
   * Whether {@code buf[i]} is the stand-in of a bare CR: a {@link #BARE_CR} that does not follow a
   * high surrogate at or after {@code from} (the start of its cell, where no pair can be split).
   */
  static boolean isBareCr(char[] buf, int from, int i) {
    return buf[i] == BARE_CR && (i == from || !Character.isHighSurrogate(buf[i - 1]));
  }

  /** Whether {@code cell.charAt(i)} is the stand-in of a bare CR; see {@link #isBareCr(char[], int, int)}. */
  static boolean isBareCr(String cell, int i) {
    return cell.charAt(i) == BARE_CR && (i == 0 || !Character.isHighSurrogate(cell.charAt(i - 1)));
  }

  /** {@code cell} with the stand-ins of bare CRs put back as CRs, and every character of the file kept. */
  static String withBareCrs(String cell) {
    int i = cell.indexOf(BARE_CR);
    if (i < 0) {
      return cell;
    }
    char[] chars = cell.toCharArray();
    for (; i >= 0; i = cell.indexOf(BARE_CR, i + 1)) {
      if (isBareCr(cell, i)) {
        chars[i] = '\r';
      }
    }
    return new String(chars);
  }

  /** How many stand-ins of bare CRs {@code cell} holds. */
  static int bareCrsIn(String cell) {
    int n = 0;
    for (int i = cell.indexOf(BARE_CR); i >= 0; i = cell.indexOf(BARE_CR, i + 1)) {
      if (isBareCr(cell, i)) {
        n++;
      }
    }
    return n;
  }

  private static final int QUOTED = 1;
  private static final int AFTER_QUOTE = 2;
  private static final int FIELD_START = 3;
  private static final int DATA = 4;

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes;
  private final CharBuffer chars;
  private final ArrayDeque<BadBytes> pending = new ArrayDeque<>();
  private final ArrayDeque<BadBytes> located = new ArrayDeque<>();
  private long consumed;
  private long produced;
  private boolean inputDone;
  private boolean flushed;
  private boolean closed;

  // What has been handed over so far: lines, where the current line starts, the quoting.
  private char delimiter = ',';
  private long handed;
  private long line = 1;
  private long lineStart;
  private boolean lastWasCr;
  private int state = FIELD_START;
  private long quoteLine;
  private long bareCrs;
  private boolean sawBadBytes;

  /**
   * The text of {@code in} in {@code charset}, whose first byte is at {@code offset} of the file.
   *
   * @param atStart whether the bytes start the file, so that a byte order mark may be there
   */
  CsvText(InputStream in, Charset charset, long offset, boolean atStart) throws IOException {
    this.in = in;
    this.charset = charset;
    this.consumed = offset;
    // 64 KiB, or less for an input that says it holds less: small inputs are read often in tests and tools.
    int available = in.available();
    int size = available <= 0 ? 64 * 1024 : (int) Math.min(64 * 1024, Math.max(1024L, available + 16L));
    this.bytes = ByteBuffer.allocate(size);
    this.chars = CharBuffer.allocate(Math.max(size, 2 * 1024));
    this.decoder =
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.limit(0);
    chars.limit(0);
    if (atStart) {
      fillAtLeast(7); // a UTF-8 byte order mark, then four bytes that may be another one
      if (StandardCharsets.UTF_8.equals(charset)
          && bytes.remaining() >= 3
          && (bytes.get(0) & 0xFF) == 0xEF
          && (bytes.get(1) & 0xFF) == 0xBB
          && (bytes.get(2) & 0xFF) == 0xBF) {
        bytes.position(3);
        consumed += 3;
      }
    }
  }

  /** The charset the bytes are decoded in. */
  Charset charset() {
    return charset;
  }

  /**
   * The Unicode encoding a byte order mark at the start of the input names, if it names one that is
   * not the charset read: {@code "UTF-16LE"}, {@code "UTF-16BE"}, {@code "UTF-32LE"}, {@code
   * "UTF-32BE"}; null otherwise. Only meaningful before anything is read.
   */
  String foreignByteOrderMark() {
    byte[] head = new byte[Math.min(4, bytes.remaining())];
    bytes.get(bytes.position(), head);
    String found = Encodings.byteOrderMark(head, head.length);
    return found == null || charset.name().startsWith(found.substring(0, 6)) ? null : found;
  }

  /** Sets the delimiter the quoting is followed with; before anything is handed over. */
  void delimiter(char delimiter) {
    this.delimiter = delimiter;
  }

  /**
   * Up to {@code max} characters from the current position, decoded ahead but not handed over: what
   * the delimiter is detected from.
   */
  String peek(int max) throws IOException {
    int wanted = Math.min(max, chars.capacity());
    while (chars.remaining() < wanted && decodeMore()) {
      // decode until enough characters are buffered or the input ends
    }
    int n = Math.min(max, chars.remaining());
    return new String(chars.array(), chars.position(), n);
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!decodeMore()) {
        return -1;
      }
    }
    if (chars.remaining() == 1 && chars.get(chars.position()) == '\r') {
      decodeMore(); // what follows a CR decides whether it is bare
    }
    int n = Math.min(len, chars.remaining());
    int from = chars.position();
    if (n > 1 && chars.get(from + n - 1) == '\r') {
      n--; // hand the CR over with the character after it
    }
    follow(chars.array(), from, from + n);
    chars.get(target, off, n);
    return n;
  }

  /** Whether any bytes that are not text have been decoded so far (ahead of what is handed over). */
  boolean sawBadBytes() {
    return sawBadBytes;
  }

  /** How many bare CRs inside quoted cells have been handed over as {@link #BARE_CR}. */
  long bareCrs() {
    return bareCrs;
  }

  /** Decodes more characters into {@link #chars}; false if there were none left to decode. */
  private boolean decodeMore() throws IOException {
    if (flushed) {
      return false;
    }
    chars.compact();
    int kept = chars.position();
    try {
      while (chars.position() == kept && !flushed) {
        if (!inputDone && bytes.remaining() < 16) {
          fill();
        }
        int start = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, inputDone);
        consumed += bytes.position() - start;
        if (result.isError()) {
          if (!chars.hasRemaining()) {
            break; // no room for the replacement: the bad bytes are met again next time
          }
          byte[] b = new byte[result.length()];
          bytes.get(b);
          pending.add(new BadBytes(consumed, b, produced + chars.position() - kept));
          sawBadBytes = true;
          consumed += b.length;
          chars.put('\uFFFD');
        } else if (result.isOverflow()) {
          break;
        } else if (inputDone && decoder.flush(chars).isUnderflow()) {
          flushed = true;
        }
      }
      produced += chars.position() - kept;
      return chars.position() > kept;
    } finally {
      chars.flip();
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        inputDone = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } finally {
      bytes.flip();
    }
  }

  private void fillAtLeast(int count) throws IOException {
    while (!inputDone && bytes.remaining() < count) {
      fill();
    }
  }

  /** Follows the lines and quoting of {@code a[from, to)}, the characters just handed over. */
  private void follow(char[] a, int from, int to) {
    long base = handed - from; // the absolute index of a[i] is base + i
    int i = from;
    BadBytes b;
    while ((b = pending.peek()) != null && b.charIndex < base + to) {
      int at = (int) (b.charIndex - base);
      follow(a, i, at, base);
      pending.poll();
      b.line = line;
      b.column = b.charIndex - lineStart + 1;
      located.add(b);
      i = at;
    }
    follow(a, i, to, base);
    handed += to - from;
  }

  private void follow(char[] a, int from, int to, long base) {
    char d = delimiter;
    int s = state;
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c > '"' && c != d) {
        if (s != QUOTED) {
          s = DATA;
        }
        continue;
      }
      if (c == '\n' || c == '\r') {
        long index = base + i;
        if (c == '\r' && s == QUOTED && (i + 1 < a.length && i + 1 < chars.limit() ? a[i + 1] != '\n' : true)) {
          a[i] = BARE_CR;
          bareCrs++;
        }
        if (c == '\r' || !lastWasCr || index != lineStart) {
          line++;
        }
        lastWasCr = c == '\r';
        lineStart = index + 1;
        if (s != QUOTED) {
          s = FIELD_START;
        }
      } else if (c == '"') {
        if (s == QUOTED) {
          s = AFTER_QUOTE;
        } else if (s == AFTER_QUOTE) {
          s = QUOTED;
        } else if (s == FIELD_START) {
          s = QUOTED;
          quoteLine = line;
        } else {
          s = DATA;
        }
      } else if (c == d) {
        if (s != QUOTED) {
          s = FIELD_START;
        }
      } else if (s != QUOTED) {
        s = DATA;
      }
    }
    state = s;
  }

  /** The bad bytes handed over so far and not yet taken, oldest first. */
  ArrayDeque<BadBytes> located() {
    return located;
  }

  /** Whether every character has been handed over. */
  boolean finished() {
    return flushed && !chars.hasRemaining();
  }

  /** Whether the characters handed over end inside a quoted cell. */
  boolean insideQuotes() {
    return state == QUOTED;
  }

  /** The line the last quoted cell opened on. */
  long quoteLine() {
    return quoteLine;
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      in.close();
    }
  }
}
