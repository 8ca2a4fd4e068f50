package io.hasila.internal;

import io.hasila.io.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the pieces of a file one at a time, from streams of their bytes, the way {@link
 * ParallelRead} reads its pieces: for an engine that reads the pieces of one file on several
 * machines (Hasila's Beam module). Pieces are cut by {@link #cuts}, the rule of {@link
 * FileRange#lineBoundaries} on any seekable channel; {@link #proven} keeps the cuts that the pieces
 * before them prove to be record boundaries, as {@link ParallelRead} does. Each format registers
 * how its readers read a piece ({@link #register}), from the reader's own package, so that nothing
 * here is public API of the formats. Not public API.
 */
public final class PieceReading {
  private static final Map<Class<?>, Function<Object, Format<?>>> FORMATS = new ConcurrentHashMap<>();

  private PieceReading() {}

  /** Opens a stream of a file's bytes from its first byte. */
  @FunctionalInterface
  public interface Opener {
    /** The stream, which the caller closes. */
    InputStream open() throws IOException;
  }

  /** How one reader (a format with its mode, charset, limits and vocabularies) reads the pieces of a file. */
  public interface Format<T> {
    /**
     * Whether files may be cut at all: not when a line feed is not the single byte 0x0A in the
     * reader's charset (UTF-16, UTF-32), where a file is one piece.
     */
    boolean splittable();

    /**
     * Whether a record may span lines (CSV's quoted line breaks): a cut is then a record boundary
     * only if the piece before it, itself starting at one, proves it ({@link #scan}); otherwise
     * every cut is one.
     */
    boolean recordsMaySpanLines();

    /**
     * Follows a piece that starts at a record boundary without decoding it: {@link
     * ParallelRead.Piece#provesNext} tells whether the next cut starts a record, {@link
     * ParallelRead.Piece#lines} how many lines the piece holds. {@code head} opens the file from its
     * first byte (CSV reads its header's delimiter there); {@code bytes} is the piece, closed by
     * the caller.
     *
     * @throws IOException if the bytes cannot be read
     */
    ParallelRead.Piece<Void> scan(String source, Opener head, InputStream bytes) throws IOException;

    /**
     * Reads the piece that starts at byte {@code offset}, a record boundary: each accepted record
     * goes to {@code out} in order; rejections (lenient mode) have lines and records relative to the
     * piece (from 1); a fault that stops the piece (strict mode, or a broken file) is its {@link
     * ParallelRead.Piece#failure}, positioned relative to the piece too. At offset 0 a byte order
     * mark and, for CSV, the header come first; otherwise {@code head} opens the file from its
     * first byte for the header. {@code bytes} is closed by the caller.
     */
    ParallelRead.Piece<Void> read(String source, long offset, Opener head, InputStream bytes, Consumer<? super T> out);

    /** A piece's fault moved down by the lines and records of the pieces before it. */
    RuntimeException shift(RuntimeException failure, long lines, long records);
  }

  /** Registers how the readers of class {@code readerType} read pieces; called once by each format. */
  public static void register(Class<?> readerType, Function<Object, Format<?>> format) {
    FORMATS.put(Objects.requireNonNull(readerType, "readerType"), Objects.requireNonNull(format, "format"));
  }

  /**
   * How {@code reader} reads pieces.
   *
   * @throws IllegalArgumentException if the reader's format registered none
   */
  @SuppressWarnings("unchecked")
  public static <T> Format<T> of(RecordReader<T> reader) {
    Function<Object, Format<?>> format = FORMATS.get(reader.getClass());
    if (format == null) {
      throw new IllegalArgumentException(
          "PieceReading.reader must be a reader of Hasila's JSON Lines or CSV formats but was: " + reader.getClass().getName());
    }
    return (Format<T>) format.apply(reader);
  }

  /**
   * Where to cut a file of {@code size} bytes into at most {@code pieces} pieces that each start a
   * line: the rule of {@link FileRange#lineBoundaries}, read from any seekable channel, whose
   * position it moves. Returns the starts of the pieces followed by {@code size}.
   *
   * @throws IOException if the channel cannot be read
   */
  public static long[] cuts(SeekableByteChannel channel, long size, int pieces) throws IOException {
    return FileRange.lineBoundaries(
        (buffer, from) -> {
          channel.position(from);
          return channel.read(buffer);
        },
        size,
        pieces);
  }

  /**
   * The cuts that remain when the piece after each cut is known to prove, or not, that the next
   * cut starts a record ({@code provesNext[i]} for the piece {@code [cuts[i], cuts[i + 1])}): as in
   * {@link ParallelRead}, the first piece that does not prove it is read to the end of the file in
   * one piece.
   */
  public static long[] proven(long[] cuts, boolean[] provesNext) {
    int count = cuts.length - 1;
    for (int i = 0; i < count - 1; i++) {
      if (!provesNext[i]) {
        long[] kept = Arrays.copyOf(cuts, i + 2);
        kept[i + 1] = cuts[count];
        return kept;
      }
    }
    return cuts.clone();
  }

  /** The bytes {@code [start, end)} of a seekable channel as a stream; closing it closes the channel. */
  public static InputStream range(SeekableByteChannel channel, long start, long end) throws IOException {
    channel.position(start);
    return new InputStream() {
      private long position = start;

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
        if (len == 0) {
          return 0;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)));
        if (n < 0) {
          return -1;
        }
        position += n;
        return n;
      }

      @Override
      public int available() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, end - position));
      }

      @Override
      public void close() throws IOException {
        channel.close();
      }
    };
  }
}
