package io.hasila.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes {@code [start, end)} of a file as a stream, read with positional reads, and where to cut
 * a file into pieces that start lines. Not public API. Not thread safe.
 */
public final class FileRange extends InputStream {
  private final FileChannel channel;
  private long position;
  private final long end;

  /** The bytes from {@code start} (included) to {@code end} (excluded) of an open channel, which {@link #close()} closes. */
  public FileRange(FileChannel channel, long start, long end) {
    this.channel = channel;
    this.position = start;
    this.end = end;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (position >= end) {
      return -1;
    }
    int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
    if (n < 0) {
      return -1;
    }
    position += n;
    return n;
  }

  /** The bytes left in the range, as far as an int can tell. */
  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, end - position));
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /**
   * Where to cut a file of {@code size} bytes into at most {@code chunks} pieces that each start a
   * line: just after the first line feed at or after each even split point. Returns the starts of
   * the pieces followed by {@code size}; pieces are never empty.
   */
  public static long[] lineBoundaries(FileChannel channel, long size, int chunks) throws IOException {
    return lineBoundaries(channel::read, size, chunks);
  }

  /** Reads bytes at a position of a file into a buffer: the number read, or -1 at the end. */
  @FunctionalInterface
  public interface PositionalRead {
    /** Reads into {@code buffer} from byte {@code position}. */
    int read(ByteBuffer buffer, long position) throws IOException;
  }

  /** {@link #lineBoundaries(FileChannel, long, int)} for a file read through {@code channel}. */
  public static long[] lineBoundaries(PositionalRead channel, long size, int chunks) throws IOException {
    long[] cuts = new long[chunks + 1];
    int count = 1;
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(64 * 1024, Math.max(1, size)));
    for (int k = 1; k < chunks; k++) {
      long from = Math.max(size / chunks * k, cuts[count - 1]);
      long cut = size;
      search:
      while (from < size) {
        buffer.clear();
        int n = channel.read(buffer, from);
        if (n <= 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (buffer.get(i) == '\n') {
            cut = from + i + 1;
            break search;
          }
        }
        from += n;
      }
      if (cut > cuts[count - 1] && cut < size) {
        cuts[count++] = cut;
      }
    }
    cuts[count++] = size;
    return java.util.Arrays.copyOf(cuts, count);
  }
}
