package io.hasila.tally;

import io.hasila.internal.Checks;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The document a published figure comes from: a title, and where known a publisher, a date and a link. */
@Value.Immutable
public abstract class Source {
  Source() {}

  /** The document's title, or a description of it. */
  public abstract String title();

  /** Who published it, if known. */
  public abstract Optional<String> publisher();

  /** The day it was published, if known. */
  public abstract Optional<LocalDate> date();

  /** Where it can be read, if known. */
  public abstract Optional<URI> url();

  /** A note on the citation, e.g. how the date was established. */
  public abstract Optional<String> note();

  /** A builder for a source. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; {@code build()} validates it. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  /** A source known only by its title. */
  public static Source of(String title) {
    return builder().title(title).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("Source", "title", title());
    publisher().ifPresent(p -> Checks.notBlank("Source", "publisher", p));
    note().ifPresent(n -> Checks.notBlank("Source", "note", n));
  }
}
