package io.hasila.io;

import io.hasila.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record a lenient reader set aside: where it was, what it held and why it was refused.
 *
 * <p>Lines and records count from 1; the line is the one the record starts on.
 */
@Value.Immutable
public abstract class Rejection {
  Rejection() {}

  /** The name of the source, usually a file name. */
  public abstract String source();

  /** The line the record starts on, from 1. */
  public abstract long line();

  /** The record's position among the records read, from 1. */
  public abstract long record();

  /** The field at fault (a JSON path or a column name), if the fault is in one field. */
  public abstract Optional<String> field();

  /** The record's raw text, possibly truncated for very long records. */
  public abstract String raw();

  /** Why it was refused: what was expected and what was found. */
  public abstract String reason();

  /** A builder for a rejection. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rejection}; {@code build()} validates it. */
  public static final class Builder extends ImmutableRejection.Builder {
    Builder() {}
  }

  /** The rejection as one line: {@code source line N, field: reason}. */
  public String describe() {
    return source() + " line " + line() + field().map(f -> ", " + f).orElse("") + ": " + reason();
  }

  @Value.Check
  void check() {
    Checks.positive("Rejection", "line", line());
    Checks.positive("Rejection", "record", record());
    Checks.notBlank("Rejection", "reason", reason());
  }
}
