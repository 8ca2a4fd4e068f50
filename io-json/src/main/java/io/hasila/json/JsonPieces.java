package io.hasila.json;

import io.hasila.internal.ParallelRead;
import io.hasila.internal.PieceReading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * How a {@link JsonRecordReader} reads one piece of a JSON Lines file for an engine that reads the
 * pieces on several machines: as {@link JsonRecordReader#aggregate} reads its pieces. A record never
 * spans lines, so every cut starts one; a file in a charset other than UTF-8 is one piece.
 */
final class JsonPieces<T> implements PieceReading.Format<T> {
  private final JsonRecordReader<T> reader;

  JsonPieces(JsonRecordReader<T> reader) {
    this.reader = reader;
  }

  @Override
  public boolean splittable() {
    return StandardCharsets.UTF_8.equals(reader.charset());
  }

  @Override
  public boolean recordsMaySpanLines() {
    return false;
  }

  @Override
  public ParallelRead.Piece<Void> scan(String source, PieceReading.Opener head, InputStream bytes) throws IOException {
    ParallelRead.Piece<Void> piece = new ParallelRead.Piece<>();
    byte[] buffer = new byte[64 * 1024];
    int last = '\n';
    for (int n = bytes.read(buffer); n >= 0; n = bytes.read(buffer)) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          piece.lines++;
        }
      }
      if (n > 0) {
        last = buffer[n - 1];
      }
    }
    if (last != '\n') {
      piece.lines++; // a last line without its line feed
    }
    return piece;
  }

  @Override
  public ParallelRead.Piece<Void> read(
      String source, long offset, PieceReading.Opener head, InputStream bytes, Consumer<? super T> out) {
    ParallelRead.Piece<Void> piece = new ParallelRead.Piece<>();
    try (JsonLinesReader<T> in = reader.open(bytes, source, piece.rejections::add, offset == 0, offset, null)) {
      while (in.hasNext()) {
        out.accept(in.next());
      }
      piece.read = in.read();
      piece.rejected = in.rejected();
      piece.lines = in.lines();
    } catch (HasilaJsonException e) {
      piece.failure = e;
    }
    return piece;
  }

  @Override
  public RuntimeException shift(RuntimeException failure, long lines, long records) {
    return failure instanceof HasilaJsonException ? ((HasilaJsonException) failure).shifted(lines, records) : failure;
  }
}
