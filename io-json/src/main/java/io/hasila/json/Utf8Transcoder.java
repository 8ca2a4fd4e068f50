package io.hasila.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The bytes of a text in another charset, as UTF-8: what a JSON Lines reader given a charset
 * reads. Bytes that are not text in the charset become the byte 0xFF, which is never UTF-8, so the
 * reader rejects their record; {@link #badBytesAt} then says what they were and where. Not thread
 * safe.
 */
final class Utf8Transcoder extends InputStream {
  /** Bytes that were not text in the charset: where they were in the input, and what. */
  static final class BadBytes {
    final long offset;
    final byte[] bytes;

    BadBytes(long offset, byte[] bytes) {
      this.offset = offset;
      this.bytes = bytes;
    }
  }

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
  private final ByteBuffer source = ByteBuffer.allocate(32 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(32 * 1024);
  private final ByteBuffer out = ByteBuffer.allocate(96 * 1024);
  private final Map<Long, BadBytes> bad = new HashMap<>();
  private long consumed;
  private long emitted;
  private int pendingBad;
  private boolean eof;
  private boolean finished;
  private boolean done;

  Utf8Transcoder(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    source.limit(0);
    chars.limit(0);
    out.limit(0);
  }

  /** The charset the input is in. */
  Charset charset() {
    return charset;
  }

  /** What the 0xFF at {@code offset} of the output stood for; null if it is no such mark. */
  BadBytes badBytesAt(long offset) {
    return bad.get(offset);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!out.hasRemaining()) {
      if (done) {
        return -1;
      }
      transcode();
    }
    int n = Math.min(len, out.remaining());
    out.get(b, off, n);
    return n;
  }

  /** Fills {@link #out} with more UTF-8. */
  private void transcode() throws IOException {
    out.clear();
    try {
      while (out.remaining() >= 8 && !done) {
        if (chars.hasRemaining()) {
          encoder.encode(chars, out, false);
          continue;
        }
        if (pendingBad > 0) {
          byte[] bytes = new byte[pendingBad];
          source.get(bytes);
          bad.put(emitted + out.position(), new BadBytes(consumed, bytes));
          consumed += bytes.length;
          out.put((byte) 0xFF);
          pendingBad = 0;
          continue;
        }
        if (finished) {
          done = true;
          break;
        }
        if (!eof && source.remaining() < 16) {
          source.compact();
          int n = in.read(source.array(), source.position(), source.remaining());
          if (n < 0) {
            eof = true;
          } else {
            source.position(source.position() + n);
          }
          source.flip();
        }
        chars.clear();
        int start = source.position();
        CoderResult result = decoder.decode(source, chars, eof);
        consumed += source.position() - start;
        if (result.isError()) {
          pendingBad = result.length();
        } else if (eof && result.isUnderflow() && !source.hasRemaining()) {
          decoder.flush(chars);
          finished = true;
        }
        chars.flip();
      }
    } finally {
      out.flip();
      emitted += out.remaining();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
