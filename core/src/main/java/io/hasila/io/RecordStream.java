package io.hasila.io;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open source of records, read one at a time in constant memory: what {@link RecordReader#open}
 * returns in every format.
 *
 * <p>In {@link ReadMode#STRICT strict} mode {@link #next()} throws the format's {@link
 * HasilaFormatException} at the first bad record; in {@link ReadMode#LENIENT lenient} mode a bad
 * record goes to the rejection handler and the stream goes on. Either way {@link #accepted()} +
 * {@link #rejected()} = {@link #read()}. Close it to release the file. Not thread safe.
 *
 * @param <T> the record type
 */
public interface RecordStream<T> extends Iterator<T>, AutoCloseable {

  /** The records left, as a sequential stream that closes this when closed. */
  default Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** The name of the source, usually the file name. */
  String source();

  /** How many records were read so far, accepted or rejected. */
  long read();

  /** How many of them were accepted: {@link #read()} minus {@link #rejected()}. */
  default long accepted() {
    return read() - rejected();
  }

  /** How many of them were rejected (lenient mode). */
  long rejected();

  /** Releases the source; an I/O failure is a {@link HasilaFormatException}. */
  @Override
  void close();
}
