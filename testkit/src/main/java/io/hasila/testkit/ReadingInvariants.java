package io.hasila.testkit;

import io.hasila.aggregate.Aggregator;
import io.hasila.io.Aggregated;
import io.hasila.io.HasilaFormatException;
import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.RecordReader;
import io.hasila.io.RecordStream;
import io.hasila.io.Rejection;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every Hasila reader promises on any input whatsoever, checked on one input at a time: the
 * invariants the fuzz tests assert, for a format's {@link RecordReader}.
 *
 * <ul>
 *   <li>only the library's exception ({@link HasilaFormatException}) escapes, naming the source,
 *       with a line, column and record inside the input;
 *   <li>the accounting is exact: accepted + rejected = read, in lenient mode and after a strict
 *       read stops, and a strict read stops at the first record lenient mode rejects, with the
 *       same reason;
 *   <li>reading whole, reading one byte at a time and aggregating the file in pieces on several
 *       threads give the same values, rejections and errors;
 *   <li>every value read is written and read back unchanged;
 *   <li>no read takes longer than a bound (a hang or a runaway is a failure, not a slow test).
 * </ul>
 *
 * A broken invariant is an {@link AssertionError} naming it; any other exception escapes as it
 * is, for the fuzzer to report. Not thread safe: one per test thread.
 *
 * @param <T> the record type
 */
public final class ReadingInvariants<T> {
  /** The name of the input: a stream is named so, and the file it is written to for reading in pieces too. */
  private static final String SOURCE = "input";

  /** Aggregates a file in pieces: how a format's reader cuts a small file into several pieces. */
  public interface PieceReading<T> {
    /** Reads {@code file} with {@code reader} (already configured) in pieces of about {@code pieceBytes}, on several threads. */
    <A, R> Aggregated<R> aggregate(RecordReader<T> reader, Path file, Aggregator<? super T, A, R> aggregator, long pieceBytes);
  }

  /** Writes values and reads them back, strictly: how a format round-trips what it read. */
  public interface RoundTrip<T> {
    /** The values written by the format's writer, then read back by a strict reader. */
    List<T> writeAndRead(List<T> values);
  }

  private final RecordReader<T> reader;
  private final PieceReading<T> pieces;
  private final RoundTrip<T> roundTrip;
  private final Path scratch;
  private final long boundNanos;
  private long checked;

  /**
   * The invariants of {@code reader} (its mode is set per check), aggregating in pieces with {@code
   * pieces} from a file in {@code scratch}, round-tripping with {@code roundTrip} (null for none),
   * each read within {@code bound}.
   */
  public ReadingInvariants(
      RecordReader<T> reader, PieceReading<T> pieces, RoundTrip<T> roundTrip, Path scratch, Duration bound) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.pieces = Objects.requireNonNull(pieces, "pieces");
    this.roundTrip = roundTrip;
    this.scratch = Objects.requireNonNull(scratch, "scratch");
    this.boundNanos = bound.toNanos();
  }

  /** How many inputs have been checked. */
  public long checked() {
    return checked;
  }

  /**
   * Checks every invariant on {@code input}; an {@link AssertionError} names the one broken.
   *
   * @throws UncheckedIOException if the scratch file for the read in pieces cannot be written
   */
  public void check(byte[] input) {
    checked++;
    RecordReader<T> lenient = reader.withMode(ReadMode.LENIENT);
    RecordReader<T> strict = reader.withMode(ReadMode.STRICT);

    Outcome<T> whole = timed("lenient read", () -> Outcome.of(lenient, (r, seen) -> streamed(r, input, seen)));
    Outcome<T> bytes = timed("lenient read, one byte at a time", () -> Outcome.of(lenient, (r, seen) -> r.read(oneByteAtATime(input), SOURCE)));
    same("a lenient read whole and one byte at a time", whole, bytes);
    whole.positionsInside(input);

    Outcome<T> strictWhole = timed("strict read", () -> Outcome.of(strict, (r, seen) -> streamed(r, input, seen)));
    strictAgreesWithLenient(whole, strictWhole);
    strictWhole.positionsInside(input);

    Path file = scratch.resolve(SOURCE);
    try {
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long pieceBytes = Math.max(1, input.length / 3);
    Outcome<T> parallel =
        timed("lenient read in pieces", () -> Outcome.ofAggregated(lenient, r -> pieces.aggregate(r.withParallelism(3), file, inOrder(), pieceBytes)));
    same("a lenient read whole and in pieces on three threads", whole, parallel);
    Outcome<T> strictParallel =
        timed("strict read in pieces", () -> Outcome.ofAggregated(strict, r -> pieces.aggregate(r.withParallelism(3), file, inOrder(), pieceBytes)));
    same("a strict read whole and in pieces on three threads", strictWhole, strictParallel);

    if (roundTrip != null && whole.result != null && !whole.result.accepted().isEmpty()) {
      List<T> values = whole.result.accepted();
      List<T> back = timed("write and read back", () -> roundTrip.writeAndRead(values));
      if (!values.equals(back)) {
        throw new AssertionError("write then read changed the values read:\n  " + values + "\n  " + back);
      }
    }
  }

  private void strictAgreesWithLenient(Outcome<T> lenient, Outcome<T> strict) {
    if (lenient.failure == null && lenient.result.isClean()) {
      if (strict.failure != null || !strict.result.equals(lenient.result)) {
        throw new AssertionError("a strict read of a clean input must give the lenient result: " + lenient + " / " + strict);
      }
      return;
    }
    if (strict.failure == null) {
      throw new AssertionError("a strict read of an input lenient mode rejects in part must stop: " + lenient + " / " + strict);
    }
    if (!lenient.seen.isEmpty()) {
      Rejection first = lenient.seen.get(0);
      if (strict.failure.record() != first.record() || !first.reason().startsWith(strict.failure.reason())) {
        throw new AssertionError(
            "a strict read must stop at the first record lenient mode rejects, for the same reason: " + first + " / " + strict.failure);
      }
    } else if (!strict.failure.getMessage().equals(lenient.failure.getMessage())) {
      throw new AssertionError("a fault that ends a lenient read must end a strict one: " + lenient.failure + " / " + strict.failure);
    }
  }

  /**
   * Reads {@code input} as a stream, as {@link RecordReader#read} would, checking its accounting on
   * the way: the records handed out are the accepted ones, and accepted + rejected = read, also
   * after a strict read stops.
   */
  private static <T> ReadResult<T> streamed(RecordReader<T> reader, byte[] input, List<Rejection> rejected) {
    List<T> accepted = new ArrayList<>();
    RecordStream<T> stream = reader.open(new ByteArrayInputStream(input), SOURCE);
    try {
      while (stream.hasNext()) {
        accepted.add(stream.next());
      }
      return ReadResult.of(accepted, List.copyOf(rejected), stream.read());
    } finally {
      stream.close();
      if (stream.accepted() != accepted.size() || stream.rejected() < rejected.size()
          || stream.accepted() + stream.rejected() != stream.read()) {
        throw new AssertionError(
            reader.mode() + " stream: " + accepted.size() + " records handed out and " + rejected.size() + " rejections, but accepted "
                + stream.accepted() + ", rejected " + stream.rejected() + ", read " + stream.read());
      }
    }
  }

  private <V> V timed(String what, java.util.function.Supplier<V> read) {
    long start = System.nanoTime();
    V v = read.get();
    long took = System.nanoTime() - start;
    if (took > boundNanos) {
      throw new AssertionError(what + " took " + Duration.ofNanos(took) + ", more than the bound of " + Duration.ofNanos(boundNanos));
    }
    return v;
  }

  private static void same(String what, Outcome<?> a, Outcome<?> b) {
    if (!a.describe().equals(b.describe())) {
      throw new AssertionError(what + " differ:\n  " + a.describe() + "\n  " + b.describe());
    }
  }

  private static <T> Aggregator<T, List<T>, List<T>> inOrder() {
    return Aggregator.of(
        ArrayList::new,
        (list, v) -> {
          list.add(v);
          return list;
        },
        (left, right) -> {
          left.addAll(right);
          return left;
        },
        List::copyOf);
  }

  /** A stream that hands over one byte per read, as a slow pipe may. */
  public static InputStream oneByteAtATime(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  /** What a read gave: a result, or the library's exception; and the rejections handed over either way. */
  private static final class Outcome<T> {
    final ReadResult<T> result;
    final HasilaFormatException failure;
    final List<Rejection> seen;
    final String text;

    private Outcome(ReadResult<T> result, HasilaFormatException failure, List<Rejection> seen, String text) {
      this.result = result;
      this.failure = failure;
      this.seen = seen;
      this.text = text;
    }

    static <T> Outcome<T> of(RecordReader<T> reader, java.util.function.BiFunction<RecordReader<T>, List<Rejection>, ReadResult<T>> read) {
      List<Rejection> seen = new ArrayList<>();
      try {
        ReadResult<T> r = read.apply(reader.withRejectionHandler(seen::add), seen);
        if (!r.rejected().equals(seen)) {
          throw new AssertionError("the rejections read must be those handed to the handler: " + r.rejected() + " / " + seen);
        }
        return new Outcome<>(r, null, seen, "accepted " + r.accepted() + "; rejected " + seen + "; read " + r.read());
      } catch (HasilaFormatException e) {
        return new Outcome<>(null, e, seen, failureText(e) + "; rejected " + seen);
      }
    }

    static <T> Outcome<T> ofAggregated(RecordReader<T> reader, Function<RecordReader<T>, Aggregated<List<T>>> read) {
      List<Rejection> seen = new ArrayList<>();
      try {
        Aggregated<List<T>> a = read.apply(reader.withRejectionHandler(seen::add));
        if (a.accepted() != a.result().size() || a.rejected() != seen.size()) {
          throw new AssertionError(
              "aggregated " + a.result().size() + " values and " + seen.size() + " rejections but counted " + a.accepted() + " accepted, "
                  + a.rejected() + " rejected");
        }
        return new Outcome<>(null, null, seen, "accepted " + a.result() + "; rejected " + seen + "; read " + a.read());
      } catch (HasilaFormatException e) {
        return new Outcome<>(null, e, seen, failureText(e) + "; rejected " + seen);
      }
    }

    private static String failureText(HasilaFormatException e) {
      return "failed: " + e.getMessage() + " [line " + e.line() + ", column " + e.column() + ", record " + e.record() + "]";
    }

    String describe() {
      return text;
    }

    /** Fails unless every position reported lies inside {@code input}. */
    void positionsInside(byte[] input) {
      // Upper bounds for every format: lines broken at CR, LF or CR LF; line lengths between line feeds.
      long lines = 1;
      long longest = 0;
      long current = 0;
      for (int i = 0; i < input.length; i++) {
        byte c = input[i];
        if (c == '\r' || (c == '\n' && (i == 0 || input[i - 1] != '\r'))) {
          lines++;
        }
        if (c == '\n') {
          current = 0;
        } else {
          longest = Math.max(longest, ++current);
        }
      }
      if (failure != null) {
        if (!SOURCE.equals(failure.source())) {
          throw new AssertionError("the exception must name the source: " + failure.getMessage());
        }
        if (failure.line() < 0 || failure.line() > lines || failure.column() < 0 || failure.column() > longest + 1 || failure.record() < 0
            || failure.record() > lines) {
          throw new AssertionError("a position outside the input (" + lines + " lines, longest " + longest + " bytes): " + failureText(failure));
        }
      }
      for (Rejection r : seen) {
        if (r.line() > lines || r.record() > lines) {
          throw new AssertionError("a rejection outside the input (" + lines + " lines): " + r);
        }
      }
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
