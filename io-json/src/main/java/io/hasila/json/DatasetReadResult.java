package io.hasila.json;

import io.hasila.io.Rejection;
import io.hasila.model.Dataset;
import java.util.List;
import java.util.Objects;

/**
 * What reading a dataset document gave: the dataset of the accepted records, and the records set
 * aside in lenient mode. Its accounting covers the records of {@code activities} and
 * {@code snapshots}: accepted plus rejected equals {@link #read()}. Immutable.
 */
public final class DatasetReadResult {
  private final Dataset dataset;
  private final List<Rejection> rejected;
  private final long read;

  DatasetReadResult(Dataset dataset, List<Rejection> rejected, long read) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.rejected = List.copyOf(rejected);
    this.read = read;
    long accepted = (long) dataset.activities().size() + dataset.snapshots().size();
    if (accepted + this.rejected.size() != read) {
      throw new IllegalStateException(
          "DatasetReadResult.read must equal accepted + rejected (" + accepted + " + " + this.rejected.size() + ") but was: " + read);
    }
  }

  /** The dataset of the accepted activities and snapshots. */
  public Dataset dataset() {
    return dataset;
  }

  /** The records set aside, in document order; always empty in strict mode. */
  public List<Rejection> rejected() {
    return rejected;
  }

  /** How many activity and snapshot records the document held. */
  public long read() {
    return read;
  }

  /** Whether every record was accepted. */
  public boolean isClean() {
    return rejected.isEmpty();
  }

  @Override
  public String toString() {
    return "DatasetReadResult{read=" + read + ", rejected=" + rejected.size() + ", dataset=" + dataset.institution().id() + "}";
  }
}
