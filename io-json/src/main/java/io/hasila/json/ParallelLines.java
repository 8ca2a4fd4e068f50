package io.hasila.json;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.ReadMode;
import io.hasila.io.Rejection;
import java.io.IOException;
import java.nio.channels.FileChannel;
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
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;

/**
 * Aggregates a JSON Lines file with several threads: the file is cut into pieces at line feeds,
 * each piece is read by its own {@link JsonLinesReader} into its own accumulator, and the
 * accumulators are merged in file order.
 *
 * <p>Positions stay absolute: a piece counts its own lines and records, and a fault or rejection
 * is moved down by the lines and records of the pieces before it once those are known. Strict mode
 * throws the first fault in file order (pieces after a failed one stop early); lenient mode hands
 * every rejection to the listener in file order once all pieces are read, so rejections are held in
 * memory until then.
 */
final class ParallelLines {
  /** Pieces per thread, so that a slow thread does not hold up the others. */
  private static final int PIECES_PER_THREAD = 4;
  /** No piece smaller than this, so small files are read by one thread. */
  static final long MIN_PIECE_BYTES = 1 << 20;

  private ParallelLines() {}

  private static final class Piece<A> {
    A accumulator;
    long read;
    long rejected;
    long lines;
    final List<Rejection> rejections = new ArrayList<>();
    HasilaJsonException failure;
  }

  static <T, A, R> Aggregated<R> aggregate(
      Path file,
      String source,
      int parallelism,
      ReadMode mode,
      JsonSupport json,
      Supplier<Function<JsonParser, T>> decoders,
      Aggregator<? super T, A, R> aggregator,
      Consumer<? super Rejection> onRejected,
      long minPieceBytes) {
    long[] cuts;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int pieces = (int) Math.max(1, Math.min((long) parallelism * PIECES_PER_THREAD, size / minPieceBytes));
      cuts = FileRange.lineBoundaries(channel, size, pieces);
    } catch (IOException e) {
      throw new HasilaJsonException(source, 0, 0, 0, "$", "a readable file", String.valueOf(e), e);
    }
    int count = cuts.length - 1;
    AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(parallelism, count),
            r -> {
              Thread t = new Thread(r, "hasila-json-reader");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Piece<A>>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        Function<JsonParser, T> decode = decoders.get();
        futures.add(
            pool.submit(
                () -> readPiece(file, source, cuts[index], cuts[index + 1], index, mode, json, decode, aggregator, firstFailed)));
      }
      A total = null;
      long lines = 0;
      long read = 0;
      long rejected = 0;
      for (Future<Piece<A>> f : futures) {
        Piece<A> piece = get(f);
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
      }
      return Aggregated.of(aggregator.result(total == null ? aggregator.empty() : total), read, rejected);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, A, R> Piece<A> readPiece(
      Path file,
      String source,
      long start,
      long end,
      int index,
      ReadMode mode,
      JsonSupport json,
      Function<JsonParser, T> decode,
      Aggregator<? super T, A, R> aggregator,
      AtomicInteger firstFailed) {
    Piece<A> piece = new Piece<>();
    A acc = aggregator.empty();
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      piece.failure = new HasilaJsonException(source, 0, 0, 0, "$", "a readable file", String.valueOf(e), e);
      return piece;
    }
    LineSource lines = new LineSource(new FileRange(channel, start, end), json.limits().maxRecordBytes(), index == 0);
    try (JsonLinesReader<T> in = new JsonLinesReader<>(lines, source, mode, piece.rejections::add, json, decode)) {
      long n = 0;
      while (in.hasNext()) {
        acc = aggregator.add(acc, in.next());
        if ((++n & 0xFFF) == 0 && firstFailed.get() < index) {
          break; // a piece before this one failed: its fault is the one thrown
        }
      }
      piece.read = in.read();
      piece.rejected = in.rejected();
      piece.lines = in.lines();
    } catch (HasilaJsonException e) {
      piece.failure = e;
      firstFailed.accumulateAndGet(index, Math::min);
    }
    piece.accumulator = acc;
    return piece;
  }

  private static <P> P get(Future<P> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
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
