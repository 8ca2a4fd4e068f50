package io.hasila.csv;

import io.hasila.aggregate.Aggregator;
import io.hasila.internal.Encodings;
import io.hasila.internal.FileRange;
import io.hasila.internal.ParallelRead;
import io.hasila.internal.ReadHooks;
import io.hasila.io.Aggregated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.IntSupplier;

/**
 * Aggregates a CSV file with several threads through core's {@link ParallelRead}, despite line
 * breaks inside quoted cells.
 *
 * <p>The file is cut just after line feeds near even split points, speculatively: a cut is a record
 * boundary only if it is not inside a quoted cell. Each piece is read by its own reader while a
 * {@link QuoteTracker} follows its quoting and counts its lines; a piece read to its end, regular
 * and ending outside quotes, proves that the next one starts at a record. At the first cut that is
 * not proven, or at a fault (which a record cut short may cause), {@link ParallelRead} reads the
 * rest of the file again in one piece, so the result and the errors are always the sequential
 * ones; with files Hasila writes an unproven cut is rare.
 */
final class ParallelCsv {
  private static final String THREAD_NAME = "hasila-csv-reader";

  private ParallelCsv() {}

  /** The header of the file, read once: delimiter, width and column positions. */
  static final class Header {
    final char delimiter;
    final int width;
    final int[] positions;

    Header(char delimiter, int width, int[] positions) {
      this.delimiter = delimiter;
      this.width = width;
      this.positions = positions;
    }
  }

  static <T, A, R> Aggregated<R> aggregate(
      CsvRecordReader<T> reader,
      Path file,
      String source,
      Aggregator<? super T, A, R> aggregator,
      long minPieceBytes) {
    Header header;
    try (HasilaCsvReader<T> probe = reader.with(ReadHooks.NONE).open(file, r -> {})) {
      header = new Header(probe.delimiter(), probe.width(), probe.positions());
    }
    long[] cuts;
    try {
      // In UTF-16 or UTF-32 a byte 0x0A is no line feed: such files are read in one piece.
      int threads = Encodings.cutsAtLineFeeds(reader.charset()) ? reader.parallelism() : 1;
      cuts = ParallelRead.cuts(file, threads, threads == 1 ? Long.MAX_VALUE : minPieceBytes);
    } catch (IOException e) {
      throw CsvRecordReader.ioFailure(source, "a readable file", e);
    }
    ReadHooks.Progress progress = reader.hooks().start(source, cuts[cuts.length - 1]);
    ParallelRead.PieceReader<A> pieces =
        (start, end, index, firstFailed) ->
            readPiece(reader, file, source, start, end, index, header, aggregator, firstFailed, progress);
    Aggregated<R> result = ParallelRead.aggregate(
        cuts,
        reader.parallelism(),
        reader.hooks().executor(),
        THREAD_NAME,
        pieces,
        aggregator,
        reader.handler(),
        (failure, lines, records) ->
            failure instanceof HasilaCsvException ? ((HasilaCsvException) failure).shifted(lines, records) : failure,
        true);
    if (progress != null) {
      progress.finish(result.read());
    }
    return result;
  }

  private static <T, A, R> ParallelRead.Piece<A> readPiece(
      CsvRecordReader<T> config,
      Path file,
      String source,
      long start,
      long end,
      int index,
      Header header,
      Aggregator<? super T, A, R> aggregator,
      IntSupplier firstFailed,
      ReadHooks.Progress progress) {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      throw CsvRecordReader.ioFailure(source, "a readable file", e);
    }
    ReadHooks.Tracker counter = progress == null ? null : progress.tracker();
    FileRange range = new FileRange(channel, start, end);
    Object[] acc = {aggregator.empty()};
    long[] n = {0};
    ParallelRead.Piece<A> piece =
        readPiece(
            config,
            counter == null ? range : counter.count(range),
            counter,
            source,
            start,
            header,
            record -> {
              acc[0] = aggregator.add(cast(acc[0]), record);
              // a piece before this one failed: its fault is the one thrown
              return (++n[0] & 0xFFF) != 0 || firstFailed.getAsInt() >= index;
            });
    piece.accumulator = cast(acc[0]);
    return piece;
  }

  @SuppressWarnings("unchecked")
  private static <A> A cast(Object accumulator) {
    return (A) accumulator;
  }

  /** What to do with each record read: false to stop reading the piece. */
  @FunctionalInterface
  interface Sink<T> {
    boolean accept(T record);
  }

  /** The header of a CSV source: read from {@code head}, which it closes. */
  static Header header(CsvRecordReader<?> reader, InputStream head, String source) {
    try (HasilaCsvReader<?> probe = reader.with(ReadHooks.NONE).open(head, source, r -> {})) {
      return new Header(probe.delimiter(), probe.width(), probe.positions());
    }
  }

  /**
   * Reads the piece of {@code bytes} (which it closes) that starts a record at byte {@code start} of
   * the file, handing each record to {@code sink}; {@code counter} (or null) counts its bytes and
   * records. The piece's accumulator is left unset.
   */
  static <T, A> ParallelRead.Piece<A> readPiece(
      CsvRecordReader<T> config,
      InputStream bytes,
      ReadHooks.Tracker counter,
      String source,
      long start,
      Header header,
      Sink<? super T> sink) {
    ParallelRead.Piece<A> piece = new ParallelRead.Piece<>();
    QuoteTracker tracker = new QuoteTracker(bytes, header.delimiter);
    boolean complete = false;
    HasilaCsvReader<T> reader = null;
    try {
      reader =
          start == 0
              ? new HasilaCsvReader<>(
                  config.decoder(),
                  config.layout(),
                  tracker,
                  source,
                  config.mode(),
                  header.delimiter,
                  config.charset(),
                  config.limits(),
                  piece.rejections::add)
              : new HasilaCsvReader<>(
                  config.decoder(),
                  config.layout(),
                  tracker,
                  start,
                  source,
                  config.mode(),
                  header.delimiter,
                  config.charset(),
                  config.limits(),
                  header.width,
                  header.positions,
                  piece.rejections::add);
      reader.numbers(config.numbersFor(header.delimiter)).track(counter);
      complete = true;
      while (reader.hasNext()) {
        if (!sink.accept(reader.next())) {
          complete = false;
          break;
        }
      }
    } catch (HasilaCsvException e) {
      piece.failure = e;
      complete = false;
    } finally {
      if (reader != null) {
        reader.close();
      } else {
        closeQuietly(tracker);
      }
    }
    if (reader != null) {
      piece.read = reader.read();
      piece.rejected = reader.rejected();
    }
    piece.lines = tracker.lines();
    piece.provesNext = complete && tracker.regular() && tracker.outsideQuotes();
    return piece;
  }

  /** Follows the quoting of {@code bytes}, a piece that starts a record, without decoding it. */
  static ParallelRead.Piece<Void> scan(InputStream bytes, Header header) throws IOException {
    ParallelRead.Piece<Void> piece = new ParallelRead.Piece<>();
    try (QuoteTracker tracker = new QuoteTracker(bytes, header.delimiter)) {
      byte[] buffer = new byte[64 * 1024];
      while (tracker.read(buffer, 0, buffer.length) >= 0) {
        // the tracker follows the bytes as they pass
      }
      piece.lines = tracker.lines();
      piece.provesNext = tracker.regular() && tracker.outsideQuotes();
    }
    return piece;
  }

  private static void closeQuietly(QuoteTracker tracker) {
    try {
      tracker.close();
    } catch (IOException e) {
      // nothing was read: the failure being reported is the one that matters
    }
  }
}
