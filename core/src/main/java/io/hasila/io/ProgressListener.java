package io.hasila.io;

/**
 * Told how far a read has come: what {@link RecordReader#withProgress} reports to, for a progress
 * bar or a log line.
 *
 * <p>Called from the reading threads, one call at a time, every few thousand records and once
 * more at the end of the source, when {@code bytes} equals {@code totalBytes} if that is known.
 * Keep it quick: the read waits for it. The counts only grow, with one exception: a parallel read
 * whose cut fell inside a record (a CSV cell with a line break) or next to a fault reads the rest
 * of the file again, and its last call then gives the exact count of records read, which may be
 * lower than the counts before it.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Bytes and records read so far, of {@code totalBytes} in all (-1 when the size is not known). */
  void progressed(long bytes, long totalBytes, long records);
}
