package io.hasila.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The words every format uses for text in the wrong encoding: bytes that are not text in the
 * charset read (and whether they look like Windows-1252/Latin-1), and Unicode byte order marks.
 * Not public API.
 */
public final class Encodings {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Encodings() {}

  /** What is expected of the bytes: {@code UTF-8 text}, or the charset's text. */
  public static String expected(Charset charset) {
    return (StandardCharsets.UTF_8.equals(charset) ? "UTF-8" : charset.name()) + " text";
  }

  /**
   * What bad bytes found at {@code offset} are, in words: {@code the byte 0xE9 at byte offset 412,
   * which is not UTF-8; it looks like Windows-1252/Latin-1 text ("é"): save the file as UTF-8, or
   * read it with withCharset(Charset.forName("windows-1252"))}.
   */
  public static String badBytes(byte[] bytes, long offset, Charset charset) {
    StringBuilder sb = new StringBuilder(bytes.length == 1 ? "the byte" : "the bytes");
    for (byte b : bytes) {
      sb.append(String.format(" 0x%02X", b & 0xFF));
    }
    sb.append(" at byte offset ").append(offset).append(", which ").append(bytes.length == 1 ? "is" : "are");
    sb.append(" not ").append(StandardCharsets.UTF_8.equals(charset) ? "UTF-8" : charset.name());
    if (StandardCharsets.UTF_8.equals(charset) && looksLikeWindows1252(bytes)) {
      sb.append("; it looks like Windows-1252/Latin-1 text (\"")
          .append(new String(bytes, WINDOWS_1252))
          .append("\"): save the file as UTF-8, or read it with withCharset(Charset.forName(\"windows-1252\"))");
    } else if (StandardCharsets.UTF_8.equals(charset)) {
      sb.append(": save the file as UTF-8, or read it with withCharset(...) naming its encoding");
    }
    return sb.toString();
  }

  /** Whether every byte is a character in Windows-1252 (a superset of Latin-1's printable characters) above ASCII. */
  static boolean looksLikeWindows1252(byte[] bytes) {
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v < 0x80 || v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
        return false;
      }
    }
    return bytes.length > 0;
  }

  /**
   * The Unicode encoding named by a byte order mark at the start of {@code b[0, length)}: {@code
   * UTF-32LE}, {@code UTF-32BE}, {@code UTF-16LE}, {@code UTF-16BE}, or null for none of those.
   */
  public static String byteOrderMark(byte[] b, int length) {
    int b0 = length > 0 ? b[0] & 0xFF : -1;
    int b1 = length > 1 ? b[1] & 0xFF : -1;
    int b2 = length > 2 ? b[2] & 0xFF : -1;
    int b3 = length > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE";
    }
    return null;
  }

  /**
   * What a byte order mark of another encoding is, in words: {@code a UTF-16LE byte order mark (the
   * file is UTF-16 text): save it as UTF-8, or read it with withCharset(StandardCharsets.UTF_16)}.
   */
  public static String foreignByteOrderMark(String encoding) {
    String family = encoding.substring(0, 6);
    String constant = family.equals("UTF-16") ? "StandardCharsets.UTF_16" : "Charset.forName(\"UTF-32\")";
    return "a "
        + encoding
        + " byte order mark (the file is "
        + family
        + " text): save it as UTF-8, or read it with withCharset("
        + constant
        + ")";
  }

  /**
   * Whether a line feed is the one byte 0x0A in {@code charset} and no other character holds that
   * byte, so that a file can be cut into pieces after line feeds: UTF-8, ASCII and the
   * single-byte charsets such as ISO-8859-1 and Windows-1252.
   */
  public static boolean cutsAtLineFeeds(Charset charset) {
    return StandardCharsets.UTF_8.equals(charset)
        || StandardCharsets.US_ASCII.equals(charset)
        || (charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f && "\n".getBytes(charset).length == 1
            && "\n".getBytes(charset)[0] == '\n');
  }

  /**
   * Where the first lone surrogate of {@code text} is (a high surrogate without the low one after it,
   * or a low one without the high one before it), or -1 if it has none: such text is not Unicode,
   * and no encoding can write it.
   */
  public static int loneSurrogate(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** A lone surrogate in words: {@code a lone surrogate \uD800 at character 12}. */
  public static String describeLoneSurrogate(String text, int index) {
    return String.format("a lone surrogate \\u%04X at character %d", (int) text.charAt(index), text.codePointCount(0, index) + 1);
  }
}
