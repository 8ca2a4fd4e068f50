package io.hasila.csv;

/**
 * The input limits of Hasila's CSV readers, so that a broken or hostile file cannot exhaust memory.
 *
 * <p>Defaults: a cell of at most 1 MiB (1,048,576 characters), a record of at most 4 MiB
 * (4,194,304 characters, its cells together) and at most 1,024 fields in a record. A file that
 * breaks a limit ends the read with a {@link HasilaCsvException} naming the limit and how to raise
 * it, in both modes: past such a record the next one cannot be found reliably. Immutable and thread
 * safe; change a limit with the {@code withX} methods and pass the result to {@link
 * CsvRecordReader#withLimits}.
 */
public final class CsvLimits {
  private static final CsvLimits DEFAULTS = new CsvLimits(1 << 20, 4 << 20, 1_024);

  private final int maxFieldLength;
  private final int maxRecordLength;
  private final int maxFields;

  private CsvLimits(int maxFieldLength, int maxRecordLength, int maxFields) {
    this.maxFieldLength = positive("maxFieldLength", maxFieldLength);
    this.maxRecordLength = positive("maxRecordLength", maxRecordLength);
    this.maxFields = positive("maxFields", maxFields);
    if (maxRecordLength < maxFieldLength) {
      throw new IllegalArgumentException(
          "CsvLimits.maxRecordLength must be at least maxFieldLength (" + maxFieldLength + ") but was: " + maxRecordLength);
    }
  }

  /** The default limits. */
  public static CsvLimits defaults() {
    return DEFAULTS;
  }

  /** The longest cell accepted, in characters. */
  public int maxFieldLength() {
    return maxFieldLength;
  }

  /** The longest record accepted, in characters (its cells together, quotes and delimiters aside). */
  public int maxRecordLength() {
    return maxRecordLength;
  }

  /** The most fields a record may have. */
  public int maxFields() {
    return maxFields;
  }

  /** A copy with another longest cell; the longest record grows to it if it is shorter. */
  public CsvLimits withMaxFieldLength(int chars) {
    return new CsvLimits(chars, Math.max(maxRecordLength, chars), maxFields);
  }

  /** A copy with another longest record; at least the longest cell. */
  public CsvLimits withMaxRecordLength(int chars) {
    return new CsvLimits(maxFieldLength, chars, maxFields);
  }

  /** A copy with another largest number of fields in a record. */
  public CsvLimits withMaxFields(int fields) {
    return new CsvLimits(maxFieldLength, maxRecordLength, fields);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsvLimits
        && ((CsvLimits) o).maxFieldLength == maxFieldLength
        && ((CsvLimits) o).maxRecordLength == maxRecordLength
        && ((CsvLimits) o).maxFields == maxFields;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxFieldLength, maxRecordLength, maxFields);
  }

  @Override
  public String toString() {
    return "CsvLimits{maxFieldLength=" + maxFieldLength + ", maxRecordLength=" + maxRecordLength + ", maxFields=" + maxFields + "}";
  }

  private static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("CsvLimits." + name + " must be at least 1 but was: " + value);
    }
    return value;
  }
}
