package io.hasila.io;

import io.hasila.aggregate.Aggregator;
import io.hasila.model.Projection;
import io.hasila.model.Vocabularies;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads records of one kind (activities, audience snapshots) from one format: the reading
 * contract every Hasila format implements with the same names.
 *
 * <p>Configure it with the {@code with...} methods, each returning a new reader; then {@link
 * #open} a source to stream it, {@link #read} it whole, or {@link #aggregate} it straight into an
 * {@link Aggregator}, on several threads if {@link #withParallelism} says so, with the same result
 * and the same error positions as a sequential read. Every failure is the format's {@link
 * HasilaFormatException}, unchecked; a read stopped by its cancellation signal ({@link
 * #withCancellation}) ends with {@link ReadCancelledException}. Immutable and thread safe; the
 * streams it opens are not.
 *
 * @param <T> the record type
 */
public interface RecordReader<T> {

  /** The same reader in another mode; {@link ReadMode#STRICT} unless set. */
  RecordReader<T> withMode(ReadMode mode);

  /** The same reader accepting the codes of {@code vocabularies}; {@link Vocabularies#standard()} unless set. */
  RecordReader<T> withVocabularies(Vocabularies vocabularies);

  /** The same reader handing each rejected record (lenient mode) to {@code handler}; none unless set. */
  RecordReader<T> withRejectionHandler(Consumer<? super Rejection> handler);

  /** The same reader aggregating files with up to {@code threads} threads; 1 unless set. */
  RecordReader<T> withParallelism(int threads);

  /**
   * The same reader decoding only what {@code projection} reads (see {@link Projection}) in every
   * read. Unless set, {@link #open} and {@link #read} decode and validate every value, and {@link
   * #aggregate} decodes only what its aggregator {@link Aggregator#reads() reads}; set, {@link
   * #aggregate} decodes the projection and what its aggregator reads, so that {@code
   * withProjection(Projection.all())} validates every value there too. A reader that cannot skip
   * values (this default) reads them all, which a projection always allows.
   */
  default RecordReader<T> withProjection(Projection projection) {
    Objects.requireNonNull(projection, "projection");
    return this;
  }

  /** The projection set with {@link #withProjection}, if any. */
  default Optional<Projection> projection() {
    return Optional.empty();
  }

  /**
   * The same reader telling {@code listener} how many bytes and records it has read, of how many bytes.
   *
   * @throws UnsupportedOperationException if the format reports no progress (both of Hasila's do)
   */
  default RecordReader<T> withProgress(ProgressListener listener) {
    throw new UnsupportedOperationException(getClass().getName() + " reports no progress");
  }

  /**
   * The same reader stopping with {@link ReadCancelledException} once {@code cancelled} is true, checked between records.
   *
   * @throws UnsupportedOperationException if the format cannot be cancelled (both of Hasila's can)
   */
  default RecordReader<T> withCancellation(BooleanSupplier cancelled) {
    throw new UnsupportedOperationException(getClass().getName() + " cannot be cancelled");
  }

  /**
   * The same reader running the pieces of {@link #aggregate} on {@code executor} instead of Hasila's shared pool.
   *
   * @throws UnsupportedOperationException if the format takes no executor (both of Hasila's do)
   */
  default RecordReader<T> withExecutor(Executor executor) {
    throw new UnsupportedOperationException(getClass().getName() + " takes no executor");
  }

  /** The mode. */
  ReadMode mode();

  /** The vocabularies codes are resolved against. */
  Vocabularies vocabularies();

  /** The number of threads {@link #aggregate} uses at most. */
  int parallelism();

  /** Opens a file to stream its records. */
  RecordStream<T> open(Path file);

  /** Opens a stream of bytes to stream its records; {@code source} names it in messages. */
  RecordStream<T> open(InputStream in, String source);

  /** Reads a whole file into memory, with the accounting of every record. */
  ReadResult<T> read(Path file);

  /** Reads a whole stream into memory, with the accounting of every record. */
  ReadResult<T> read(InputStream in, String source);

  /**
   * Reads a file straight into an aggregator, in pieces on up to {@link #parallelism()} threads,
   * merged in file order: the result, positions and rejections are those of a sequential read.
   * Only what the aggregator {@link Aggregator#reads() reads} is decoded unless {@link
   * #withProjection} says more: a value it does not read is skipped, so a record whose skipped value
   * is malformed (but whose structure is sound) is accepted.
   */
  <A, R> Aggregated<R> aggregate(Path file, Aggregator<? super T, A, R> aggregator);
}
