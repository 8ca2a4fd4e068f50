package io.hasila.io;

import java.util.concurrent.CancellationException;

/**
 * Ends a read whose cancellation signal ({@link RecordReader#withCancellation}) became true: not
 * a fault of the source, so not a {@link HasilaFormatException}. Unchecked.
 */
public final class ReadCancelledException extends CancellationException {
  private static final long serialVersionUID = 1L;

  /** The source read. */
  private final String source;
  /** Records read before the read stopped. */
  private final long records;

  /** The read of {@code source} stopped after {@code records} records. */
  public ReadCancelledException(String source, long records) {
    super(source + ": the read was cancelled after " + records + " records");
    this.source = source;
    this.records = records;
  }

  /** The name of the source, usually a file name. */
  public String source() {
    return source;
  }

  /** How many records were read before the read stopped (in a parallel read, at least these). */
  public long records() {
    return records;
  }
}
