package io.hasila.io;

import java.util.List;
import org.immutables.value.Value;

/**
 * What a lenient read of a whole source gave: the accepted values and the rejected records.
 *
 * <p>It accounts for every record: {@code accepted().size() + rejected().size() == read()}. For
 * sources too large to hold in memory, use the formats' streaming readers instead.
 */
@Value.Immutable
public abstract class ReadResult<T> {
  ReadResult() {}

  /** The values read successfully, in source order. */
  public abstract List<T> accepted();

  /** The records set aside, in source order. */
  public abstract List<Rejection> rejected();

  /** How many records were read in all. */
  public abstract long read();

  /** A result from its parts; fails unless accepted plus rejected equals read. */
  public static <T> ReadResult<T> of(List<T> accepted, List<Rejection> rejected, long read) {
    return ImmutableReadResult.<T>builder().accepted(accepted).rejected(rejected).read(read).build();
  }

  /** Whether every record read was accepted. */
  public boolean isClean() {
    return rejected().isEmpty();
  }

  @Value.Check
  void check() {
    if (accepted().size() + rejected().size() != read()) {
      throw new IllegalStateException(
          "ReadResult.read must equal accepted + rejected ("
              + accepted().size()
              + " + "
              + rejected().size()
              + ") but was: "
              + read());
    }
  }
}
