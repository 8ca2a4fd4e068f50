package io.hasila.io;

/**
 * Writes records of one kind to one format: the writing contract every Hasila format implements.
 *
 * <p>A writer opened on a file writes beside it under a temporary name and replaces the file only
 * on {@link #commit()}: closing without committing, or a failure, leaves the previous file as it
 * was and no temporary file behind. A writer opened on a stream writes straight to it. Every
 * failure is the format's {@link HasilaFormatException}, unchecked. Not thread safe.
 *
 * @param <T> the record type
 */
public interface RecordWriter<T> extends AutoCloseable {

  /** Writes one record. */
  RecordWriter<T> write(T record);

  /** Writes every record, in order. */
  default RecordWriter<T> writeAll(Iterable<? extends T> records) {
    for (T record : records) {
      write(record);
    }
    return this;
  }

  /** How many records were written so far. */
  long written();

  /** Finishes the output: flushes a stream, or moves a file's new content over the file. */
  void commit();

  /** Releases the output; a file not committed is left as it was. */
  @Override
  void close();
}
