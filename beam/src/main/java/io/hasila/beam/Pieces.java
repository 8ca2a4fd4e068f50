package io.hasila.beam;

import io.hasila.internal.ParallelRead;
import io.hasila.internal.PieceReading;
import io.hasila.io.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;

/** The pieces of files a {@link HasilaRead} reads, what reading one gives, and how they travel. */
final class Pieces {
  private Pieces() {}

  /** The bytes {@code [start, end)} of a file of {@code size} bytes. */
  static final class Span {
    final String file;
    final long start;
    final long end;
    final long size;
    /** Whether the piece proves that the next cut starts a record; set by a scan. */
    final boolean provesNext;

    Span(String file, long start, long end, long size, boolean provesNext) {
      this.file = file;
      this.start = start;
      this.end = end;
      this.size = size;
      this.provesNext = provesNext;
    }

    Span proving(boolean proves) {
      return new Span(file, start, end, size, proves);
    }
  }

  /** What reading one piece gave, with positions relative to the piece. */
  static final class Outcome {
    final long start;
    final long lines;
    final long read;
    final List<Rejection> rejections;
    final RuntimeException failure;

    Outcome(long start, long lines, long read, List<Rejection> rejections, RuntimeException failure) {
      this.start = start;
      this.lines = lines;
      this.read = read;
      this.rejections = rejections;
      this.failure = failure;
    }

    static Outcome of(long start, ParallelRead.Piece<?> piece) {
      return new Outcome(start, piece.lines, piece.read, List.copyOf(piece.rejections), piece.failure);
    }
  }

  /** The file's name, as the single-machine readers name it in errors and rejections. */
  static String source(String file) {
    ResourceId id = FileSystems.matchNewResource(file, false);
    String name = id.getFilename();
    return name == null || name.isEmpty() ? file : name;
  }

  /** Opens the file from its first byte. */
  static InputStream head(String file) throws IOException {
    return Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(file, false)));
  }

  /** The bytes of a span. */
  static InputStream open(Span span) throws IOException {
    ReadableByteChannel channel = FileSystems.open(FileSystems.matchNewResource(span.file, false));
    if (channel instanceof SeekableByteChannel) {
      return PieceReading.range((SeekableByteChannel) channel, span.start, span.end);
    }
    if (span.start != 0 || span.end != span.size) {
      channel.close();
      throw new IOException(span.file + " cannot be read from byte " + span.start + ": its file system does not seek");
    }
    return Channels.newInputStream(channel);
  }

  /** Where to cut a file into pieces of about {@code splitBytes}: the starts of the pieces, then its size. */
  static long[] cuts(String file, long size, long splitBytes, boolean splittable) throws IOException {
    long pieces = splittable ? Math.max(1, size / splitBytes) : 1;
    if (pieces == 1) {
      return new long[] {0, size};
    }
    try (ReadableByteChannel channel = FileSystems.open(FileSystems.matchNewResource(file, false))) {
      if (!(channel instanceof SeekableByteChannel)) {
        return new long[] {0, size};
      }
      return PieceReading.cuts((SeekableByteChannel) channel, size, (int) Math.min(Integer.MAX_VALUE, pieces));
    }
  }

  /** Encodes spans. */
  static final class SpanCodec implements io.hasila.aggregate.AccumulatorCodec<Span> {
    @Override
    public void encode(Span s, DataOutput out) throws IOException {
      out.writeUTF(s.file);
      out.writeLong(s.start);
      out.writeLong(s.end);
      out.writeLong(s.size);
      out.writeBoolean(s.provesNext);
    }

    @Override
    public Span decode(DataInput in) throws IOException {
      return new Span(in.readUTF(), in.readLong(), in.readLong(), in.readLong(), in.readBoolean());
    }
  }

  /** Encodes outcomes; a fault travels by Java serialization, or as its message if it cannot. */
  static final class OutcomeCodec implements io.hasila.aggregate.AccumulatorCodec<Outcome> {
    private final io.hasila.aggregate.AccumulatorCodec<Rejection> rejections = new HasilaCoders.RejectionCodec();

    @Override
    public void encode(Outcome o, DataOutput out) throws IOException {
      out.writeLong(o.start);
      out.writeLong(o.lines);
      out.writeLong(o.read);
      out.writeInt(o.rejections.size());
      for (Rejection r : o.rejections) {
        rejections.encode(r, out);
      }
      byte[] failure = o.failure == null ? new byte[0] : serialize(o.failure);
      out.writeInt(failure.length);
      out.write(failure);
    }

    @Override
    public Outcome decode(DataInput in) throws IOException {
      long start = in.readLong();
      long lines = in.readLong();
      long read = in.readLong();
      int n = in.readInt();
      List<Rejection> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(rejections.decode(in));
      }
      byte[] failure = new byte[in.readInt()];
      in.readFully(failure);
      return new Outcome(start, lines, read, list, failure.length == 0 ? null : deserialize(failure));
    }

    private static byte[] serialize(RuntimeException failure) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(failure);
      } catch (NotSerializableException e) {
        bytes.reset();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
          out.writeObject(new IllegalStateException(failure.toString()));
        }
      }
      return bytes.toByteArray();
    }

    private static RuntimeException deserialize(byte[] bytes) throws IOException {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        return (RuntimeException) in.readObject();
      } catch (ClassNotFoundException e) {
        throw new IOException("a reading fault whose class is not on this machine: " + e.getMessage(), e);
      }
    }
  }
}
