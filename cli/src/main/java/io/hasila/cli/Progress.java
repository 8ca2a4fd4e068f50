package io.hasila.cli;

import io.hasila.io.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error, redrawn in place: the file, the share done, the rate and the
 * time left. Drawn only when standard error is a terminal or {@code --progress} is given.
 */
final class Progress implements ProgressListener {
  private static final int WIDTH = 24;
  private final PrintStream err;
  private final String source;
  private final long start = System.nanoTime();
  private boolean drawn;

  private Progress(PrintStream err, String source) {
    this.err = err;
    this.source = source;
  }

  /** A bar for {@code source}, or null when none is to be drawn. */
  static Progress of(Hasila hasila, Common common, String source) {
    boolean show = common.progress != null ? common.progress : hasila.terminal;
    return show ? new Progress(hasila.err, source) : null;
  }

  @Override
  public synchronized void progressed(long bytes, long totalBytes, long records) {
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    double rate = bytes / seconds;
    StringBuilder line = new StringBuilder("\r").append(source).append(' ');
    if (totalBytes > 0) {
      double done = Math.min(1.0, (double) bytes / totalBytes);
      int filled = (int) Math.round(done * WIDTH);
      line.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
      line.append(String.format(Locale.ROOT, "%3d%% ", Math.round(done * 100)));
      long left = rate > 0 ? Math.round((totalBytes - bytes) / rate) : 0;
      line.append(String.format(Locale.ROOT, "%s of %s, %d records, %s/s, ETA %ds", mb(bytes), mb(totalBytes), records, mb(rate), left));
    } else {
      line.append(String.format(Locale.ROOT, "%s, %d records, %s/s", mb(bytes), records, mb(rate)));
    }
    err.print(line);
    err.flush();
    drawn = true;
  }

  /** Ends the bar's line, if one was drawn. */
  synchronized void finish() {
    if (drawn) {
      err.println();
      drawn = false;
    }
  }

  private static String mb(double bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
