package io.hasila.csv;

import io.hasila.internal.Encodings;
import io.hasila.internal.ParallelRead;
import io.hasila.internal.PieceReading;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * How a {@link CsvRecordReader} reads one piece of a CSV file for an engine that reads the pieces on
 * several machines: as {@link ParallelCsv} reads its pieces, with the delimiter and columns of the
 * file's header. A cut is a record boundary only when the pieces before it prove it ({@link
 * #scan}); a file in a charset where a line feed is not the byte 0x0A is one piece.
 */
final class CsvPieces<T> implements PieceReading.Format<T> {
  private final CsvRecordReader<T> reader;

  CsvPieces(CsvRecordReader<T> reader) {
    this.reader = reader;
  }

  @Override
  public boolean splittable() {
    return Encodings.cutsAtLineFeeds(reader.charset());
  }

  @Override
  public boolean recordsMaySpanLines() {
    return true;
  }

  @Override
  public ParallelRead.Piece<Void> scan(String source, PieceReading.Opener head, InputStream bytes) throws IOException {
    return ParallelCsv.scan(bytes, header(source, head));
  }

  @Override
  public ParallelRead.Piece<Void> read(
      String source, long offset, PieceReading.Opener head, InputStream bytes, Consumer<? super T> out) {
    ParallelCsv.Header header;
    try {
      header = header(source, head);
    } catch (HasilaCsvException e) {
      ParallelRead.Piece<Void> piece = new ParallelRead.Piece<>();
      piece.failure = e;
      return piece;
    }
    return ParallelCsv.readPiece(
        reader,
        bytes,
        null,
        source,
        offset,
        header,
        record -> {
          out.accept(record);
          return true;
        });
  }

  @Override
  public RuntimeException shift(RuntimeException failure, long lines, long records) {
    return failure instanceof HasilaCsvException ? ((HasilaCsvException) failure).shifted(lines, records) : failure;
  }

  private ParallelCsv.Header header(String source, PieceReading.Opener head) {
    InputStream in;
    try {
      in = head.open();
    } catch (IOException e) {
      throw CsvRecordReader.ioFailure(source, "a readable file", e);
    }
    return ParallelCsv.header(reader, in, source);
  }
}
