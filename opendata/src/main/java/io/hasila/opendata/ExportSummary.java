package io.hasila.opendata;

import java.util.List;

/**
 * What an export wrote: how many items, and the records it left out with the reason for each
 * (e.g. {@code "2020-reb-00007: no verdict (reviewRating.alternateName is required)"}). Immutable.
 */
public final class ExportSummary {
  private final long written;
  private final List<String> skipped;

  ExportSummary(long written, List<String> skipped) {
    this.written = written;
    this.skipped = List.copyOf(skipped);
  }

  /** How many items were written. */
  public long written() {
    return written;
  }

  /** The records left out, each as its id, a colon and why. */
  public List<String> skipped() {
    return skipped;
  }

  /** The counts, for logs. */
  @Override
  public String toString() {
    return "ExportSummary[written=" + written + ", skipped=" + skipped.size() + "]";
  }
}
