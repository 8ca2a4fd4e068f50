package io.hasila.internal;

import io.hasila.io.ProgressListener;
import io.hasila.io.ReadCancelledException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * What a reader was given besides its format settings: a progress listener, a cancellation signal
 * and the caller's executor for parallel reads. Immutable. Not public API.
 *
 * <p>A read asks {@link #start} for a {@link Progress}, shared by the pieces of a parallel read;
 * each stream takes its own {@link Tracker} from it, which counts bytes through {@link
 * Tracker#count} and records through {@link Tracker#record}, checks the cancellation signal between
 * records and passes its counts on every {@value #FLUSH_RECORDS} records.
 */
public final class ReadHooks {
  /** No listener, no cancellation, the shared pool of {@link ParallelRead}. */
  public static final ReadHooks NONE = new ReadHooks(null, null, null);

  /** Records between two reports of a tracker. */
  static final int FLUSH_RECORDS = 1024;

  private final ProgressListener listener;
  private final BooleanSupplier cancelled;
  private final Executor executor;

  private ReadHooks(ProgressListener listener, BooleanSupplier cancelled, Executor executor) {
    this.listener = listener;
    this.cancelled = cancelled;
    this.executor = executor;
  }

  /** These hooks reporting to {@code listener}. */
  public ReadHooks withProgress(ProgressListener listener) {
    return new ReadHooks(Objects.requireNonNull(listener, "listener"), cancelled, executor);
  }

  /** These hooks stopping a read once {@code cancelled} is true. */
  public ReadHooks withCancellation(BooleanSupplier cancelled) {
    return new ReadHooks(listener, Objects.requireNonNull(cancelled, "cancelled"), executor);
  }

  /** These hooks running parallel reads on {@code executor}. */
  public ReadHooks withExecutor(Executor executor) {
    return new ReadHooks(listener, cancelled, Objects.requireNonNull(executor, "executor"));
  }

  /** The caller's executor, or null for the shared pool. */
  public Executor executor() {
    return executor;
  }

  /** The progress of one read of {@code source} of {@code totalBytes} (-1 if not known), or null when nothing listens or cancels. */
  public Progress start(String source, long totalBytes) {
    return listener == null && cancelled == null ? null : new Progress(source, totalBytes);
  }

  /** Whether the cancellation signal is set; false without one. */
  public boolean isCancelled() {
    return cancelled != null && cancelled.getAsBoolean();
  }

  /** The counts of one read, summed over its streams. Thread safe. */
  public final class Progress {
    private final String source;
    private final long total;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    private long lastBytes = -1;
    private long lastRecords = -1;

    Progress(String source, long total) {
      this.source = source;
      this.total = total;
    }

    /** A tracker for one stream of this read. */
    public Tracker tracker() {
      return new Tracker(this);
    }

    /** Throws {@link ReadCancelledException} if the signal is set. */
    public void checkCancelled() {
      if (isCancelled()) {
        throw new ReadCancelledException(source, records.get());
      }
    }

    void add(long moreBytes, long moreRecords) {
      bytes.addAndGet(moreBytes);
      records.addAndGet(moreRecords);
      report();
    }

    /**
     * Ends a read in pieces: tells the listener the whole size and the exact count of records read,
     * which replaces the pieces' counts (a piece read again was counted twice).
     */
    public synchronized void finish(long recordsRead) {
      if (total >= 0) {
        bytes.set(total);
      }
      records.set(recordsRead);
      report();
    }

    /** Tells the listener the counts now, unless it was told them already. */
    public synchronized void report() {
      long b = total >= 0 ? Math.min(bytes.get(), total) : bytes.get();
      long r = records.get();
      if (listener != null && (b != lastBytes || r != lastRecords)) {
        lastBytes = b;
        lastRecords = r;
        listener.progressed(b, total, r);
      }
    }
  }

  /** The counts of one stream, passed on to its {@link Progress} now and then. Not thread safe. */
  public static final class Tracker {
    private final Progress progress;
    private long bytes;
    private long records;

    Tracker(Progress progress) {
      this.progress = progress;
    }

    /** {@code in}, its bytes counted. */
    public InputStream count(InputStream in) {
      return new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            bytes++;
          }
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0) {
            bytes += n;
          }
          return n;
        }

        @Override
        public long skip(long n) throws IOException {
          long skipped = super.skip(n);
          bytes += skipped;
          return skipped;
        }
      };
    }

    /** Counts one record; throws {@link ReadCancelledException} if the signal is set. */
    public void record() {
      if (++records == FLUSH_RECORDS) {
        flush();
      }
      progress.checkCancelled();
    }

    /** Passes the counts on and reports them: at the end of a stream. */
    public void flush() {
      progress.add(bytes, records);
      bytes = 0;
      records = 0;
    }
  }
}
