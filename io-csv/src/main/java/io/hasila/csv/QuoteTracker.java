package io.hasila.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while counting line breaks (LF, CR LF or a lone CR, as FastCSV counts them)
 * and following the quoting, assuming the bytes start outside a quoted cell.
 *
 * <p>A quote outside a quoted cell opens one only at the start of a cell (after the delimiter, a
 * line break, the start, or the quote that just closed one: a doubled quote); a quote anywhere else
 * makes the bytes {@linkplain #regular() irregular}, since the quoting can then no longer be
 * followed with certainty. After the last byte, {@link #outsideQuotes()} tells whether the next
 * byte would start a record. Not thread safe.
 */
final class QuoteTracker extends FilterInputStream {
  private final byte delimiter;
  private boolean quoted;
  private boolean regular = true;
  private int previous = '\n';
  private long lines;

  QuoteTracker(InputStream in, char delimiter) {
    super(in);
    this.delimiter = (byte) delimiter;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      track((byte) b);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    for (int i = off; i < off + n; i++) {
      track(b[i]);
    }
    return n;
  }

  private void track(byte b) {
    if (b == '\n') {
      if (previous != '\r') {
        lines++;
      }
    } else if (b == '\r') {
      lines++;
    } else if (b == '"') {
      if (quoted) {
        quoted = false;
      } else if (previous == delimiter || previous == '\n' || previous == '\r' || previous == '"') {
        quoted = true;
      } else {
        regular = false;
      }
    }
    previous = b;
  }

  /** The line breaks passed so far. */
  long lines() {
    return lines;
  }

  /** Whether every quote passed so far was where a CSV quote may be. */
  boolean regular() {
    return regular;
  }

  /** Whether the bytes passed so far end outside a quoted cell. */
  boolean outsideQuotes() {
    return !quoted;
  }
}
