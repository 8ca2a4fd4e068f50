package io.hasila.internal;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.Rejection;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Aggregates a file with several threads, the same way for every format: the file is cut into
 * pieces just after line feeds near even split points, each piece is read by its own reader into
 * its own accumulator, and the accumulators are merged in file order.
 *
 * <p>A format whose records may span lines (CSV with quoted line breaks) reports for each piece
 * whether it proves that the next cut is a record boundary; at the first cut not proven, or at a
 * fault when {@code rereadAfterFault} is set, the rest of the file is read again in one piece from
 * the start of that piece, so results and errors are always those of a sequential read.
 * Positions stay absolute: faults and rejections are moved down by the lines and records of the
 * pieces before them. Strict mode throws the first fault in file order; lenient mode hands the
 * rejections to the handler in file order once all pieces are read. Not public API.
 */
public final class ParallelRead {
  /** Pieces per thread, so that a slow thread does not hold up the others. */
  public static final int PIECES_PER_THREAD = 4;
  /** No piece smaller than this by default, so small files are read by one thread. */
  public static final long MIN_PIECE_BYTES = 1 << 20;

  /** The threads every aggregation borrows: made when needed, kept for a minute, never holding the JVM open. */
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "hasila-reader");
            t.setDaemon(true);
            return t;
          });

  private ParallelRead() {}

  /** What reading one piece gave. */
  public static final class Piece<A> {
    /** The piece's accumulator. */
    public A accumulator;
    /** Records read in the piece. */
    public long read;
    /** Records rejected in the piece. */
    public long rejected;
    /** Lines the piece holds. */
    public long lines;
    /** Whether the piece was read to its end and ends outside a record, so the next cut starts one. */
    public boolean provesNext = true;
    /** The piece's rejections, with positions relative to the piece. */
    public final List<Rejection> rejections = new ArrayList<>();
    /** The fault that stopped the piece, with a position relative to the piece, if any. */
    public RuntimeException failure;
  }

  /** Reads the bytes {@code [start, end)} of the file, piece number {@code index}. */
  public interface PieceReader<A> {
    /**
     * Reads one piece; it may stop early once {@code firstFailed} (the index of the first piece
     * that failed so far) is below {@code index}, since that piece's fault is the one thrown.
     */
    Piece<A> read(long start, long end, int index, IntSupplier firstFailed);
  }

  /** Moves a piece's fault down by the lines and records of the pieces before it. */
  public interface Shift {
    /** The fault at its absolute position. */
    RuntimeException shift(RuntimeException failure, long lines, long records);
  }

  /** Where to cut {@code file}: the starts of the pieces, then its size. */
  public static long[] cuts(Path file, int parallelism, long minPieceBytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int pieces = (int) Math.max(1, Math.min((long) parallelism * PIECES_PER_THREAD, size / Math.max(1, minPieceBytes)));
      return FileRange.lineBoundaries(channel, size, pieces);
    }
  }

  /**
   * Reads the pieces between {@code cuts} on up to {@code parallelism} threads of {@code executor}
   * (null: the shared pool) and merges them in file order.
   */
  public static <A, R> Aggregated<R> aggregate(
      long[] cuts,
      int parallelism,
      Executor executor,
      String threadName,
      PieceReader<A> reader,
      Aggregator<?, A, R> aggregator,
      Consumer<? super Rejection> onRejected,
      Shift shift,
      boolean rereadAfterFault) {
    int count = cuts.length - 1;
    AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
    List<CompletableFuture<Piece<A>>> futures = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      futures.add(new CompletableFuture<>());
    }
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stopped = new AtomicBoolean();
    Runnable worker =
        () -> {
          Thread thread = Thread.currentThread();
          String name = thread.getName();
          thread.setName(threadName);
          try {
            for (int i = next.getAndIncrement(); i < count && !stopped.get(); i = next.getAndIncrement()) {
              int index = i;
              try {
                Piece<A> piece = reader.read(cuts[index], cuts[index + 1], index, firstFailed::get);
                if (piece.failure != null) {
                  firstFailed.accumulateAndGet(index, Math::min);
                }
                futures.get(index).complete(piece);
              } catch (Throwable e) {
                futures.get(index).completeExceptionally(e);
              }
            }
          } finally {
            thread.setName(name);
          }
        };
    // The workers come from one shared pool, or the caller's: an aggregation starts no thread of its own.
    Executor workers = executor == null ? WORKERS : executor;
    for (int t = Math.max(1, Math.min(parallelism, count)); t > 0; t--) {
      workers.execute(worker);
    }
    try {
      A total = null;
      long lines = 0;
      long read = 0;
      long rejected = 0;
      for (int i = 0; i < count; i++) {
        Piece<A> piece = get(futures.get(i));
        boolean last = i == count - 1;
        if (!last && ((rereadAfterFault && piece.failure != null) || !piece.provesNext)) {
          // The next cut may be inside a record, and a fault may come from a record it cut short:
          // read the rest again, in one piece, from this piece's start.
          stopped.set(true);
          piece = reader.read(cuts[i], cuts[count], i, () -> Integer.MAX_VALUE);
          last = true;
        }
        for (Rejection r : piece.rejections) {
          onRejected.accept(Rejection.builder().from(r).line(r.line() + lines).record(r.record() + read).build());
        }
        if (piece.failure != null) {
          throw shift.shift(piece.failure, lines, read);
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
      stopped.set(true);
    }
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
