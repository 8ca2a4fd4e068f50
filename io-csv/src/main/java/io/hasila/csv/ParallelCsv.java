package io.hasila.csv;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Aggregates a CSV file with several threads, despite line breaks inside quoted cells.
 *
 * <p>The file is cut just after line feeds near even split points, speculatively: a cut is a record
 * boundary only if it is not inside a quoted cell. Each piece is read by its own reader into its own
 * accumulator while a {@link QuoteTracker} follows its quoting and counts its lines. Pieces are then
 * taken in file order: the first starts at the file's start, and a piece read to its end, regular
 * and ending outside quotes, proves that the next one starts at a record. At the first cut that is
 * not proven, or at a fault (which a record cut short may cause), the rest of the file is read
 * again, in one piece, from the start of the last proven piece, so the result and the errors are
 * always the sequential ones; with files Hasila writes an unproven cut is rare.
 *
 * <p>Positions stay absolute: faults and rejections are moved down by the lines and records of the
 * pieces before them. Strict mode throws the first fault in file order; lenient mode hands the
 * rejections to the listener in file order once all pieces are read.
 */
final class ParallelCsv {
  private static final int PIECES_PER_THREAD = 4;
  static final long MIN_PIECE_BYTES = 1 << 20;

  private ParallelCsv() {}

  private static final class Piece<A> {
    A accumulator;
    long read;
    long rejected;
    long lines;
    boolean provesNext;
    final List<Rejection> rejections = new ArrayList<>();
    HasilaCsvException failure;
  }

  /** The header of the file, read once: delimiter, width and column positions. */
  private static final class Header {
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
      Schema<T> schema,
      Path file,
      String source,
      int parallelism,
      ReadMode mode,
      Character delimiter,
      Aggregator<? super T, A, R> aggregator,
      Consumer<? super Rejection> onRejected,
      long minPieceBytes)
      throws IOException {
    Header header;
    try (HasilaCsvReader<T> probe =
        new HasilaCsvReader<>(schema, Files.newInputStream(file), source, mode, delimiter, r -> {})) {
      header = new Header(probe.delimiter(), probe.width(), probe.positions());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    long[] cuts;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int pieces = (int) Math.max(1, Math.min((long) parallelism * PIECES_PER_THREAD, size / minPieceBytes));
      cuts = FileRange.lineBoundaries(channel, size, pieces);
    }
    int count = cuts.length - 1;
    AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(parallelism, count),
            r -> {
              Thread t = new Thread(r, "hasila-csv-reader");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Piece<A>>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> readPiece(schema, file, source, cuts[index], cuts[index + 1], index, mode, header, aggregator, firstFailed)));
      }
      A total = null;
      long lines = 0;
      long read = 0;
      long rejected = 0;
      for (int i = 0; i < count; i++) {
        Piece<A> piece = get(futures.get(i));
        boolean last = i == count - 1;
        if (!last && (piece.failure != null || !piece.provesNext)) {
          // The next cut may be inside a quoted cell, and a fault may come from a record it cut
          // short: read the rest again, in one piece, from this piece's start.
          for (int j = i + 1; j < count; j++) {
            futures.get(j).cancel(true);
          }
          piece = readPiece(schema, file, source, cuts[i], cuts[count], i, mode, header, aggregator, new AtomicInteger(Integer.MAX_VALUE));
          last = true;
        }
        for (Rejection r : piece.rejections) {
          onRejected.accept(Rejection.builder().from(r).line(r.line() + lines).record(r.record() + read).build());
        }
        if (piece.failure != null) {
          throw piece.failure.shifted(lines, read);
        }
        total = total == null ? piece.accumulator : aggregator.merge(total, piece.accumulator);
        lines += piece.lines;
        read += piece.read;
        rejected += piece.rejected;
        if (last) {
          break;
        }
      }
      return Aggregated.of(aggregator.result(total == null ? aggregator.empty() : total), read, rejected);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, A, R> Piece<A> readPiece(
      Schema<T> schema,
      Path file,
      String source,
      long start,
      long end,
      int index,
      ReadMode mode,
      Header header,
      Aggregator<? super T, A, R> aggregator,
      AtomicInteger firstFailed)
      throws IOException {
    Piece<A> piece = new Piece<>();
    A acc = aggregator.empty();
    QuoteTracker tracker =
        new QuoteTracker(new FileRange(FileChannel.open(file, StandardOpenOption.READ), start, end), header.delimiter);
    InputStream in = tracker;
    boolean complete = false;
    HasilaCsvReader<T> reader =
        start == 0
            ? new HasilaCsvReader<>(schema, in, source, mode, header.delimiter, piece.rejections::add)
            : new HasilaCsvReader<>(
                schema, in, source, mode, header.delimiter, header.width, header.positions, piece.rejections::add);
    try (reader) {
      long n = 0;
      complete = true;
      while (reader.hasNext()) {
        acc = aggregator.add(acc, reader.next());
        if ((++n & 0xFFF) == 0 && firstFailed.get() < index) {
          complete = false;
          break; // a piece before this one failed: its fault is the one thrown
        }
      }
    } catch (HasilaCsvException e) {
      piece.failure = e;
      complete = false;
      firstFailed.accumulateAndGet(index, Math::min);
    }
    piece.read = reader.read();
    piece.rejected = reader.rejected();
    piece.lines = tracker.lines();
    piece.provesNext = complete && tracker.regular() && tracker.outsideQuotes();
    piece.accumulator = acc;
    return piece;
  }

  private static <P> P get(Future<P> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }
}
