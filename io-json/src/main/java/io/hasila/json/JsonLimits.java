package io.hasila.json;

/**
 * The input limits of Hasila's JSON readers, so that a hostile or broken file cannot exhaust memory.
 *
 * <p>Defaults: a string of at most 1 MiB (1,048,576 chars), nesting at most 32 deep, a number of
 * at most 100 digits, a JSON Lines record (line) of at most 4 MiB of bytes, and a JSON document of
 * at most 256 MiB. A record that breaks a limit is a bad record like any other: an error in strict
 * mode, a rejection in lenient mode (except in a JSON document, where a broken limit ends the read).
 * Immutable and thread safe; change a limit with the {@code withX} methods.
 */
public final class JsonLimits {
  private static final JsonLimits DEFAULTS = new JsonLimits(1 << 20, 32, 100, 4 << 20, 256L << 20);

  private final int maxStringLength;
  private final int maxNestingDepth;
  private final int maxNumberLength;
  private final int maxRecordBytes;
  private final long maxDocumentBytes;

  private JsonLimits(
      int maxStringLength, int maxNestingDepth, int maxNumberLength, int maxRecordBytes, long maxDocumentBytes) {
    this.maxStringLength = positive("maxStringLength", maxStringLength);
    this.maxNestingDepth = positive("maxNestingDepth", maxNestingDepth);
    this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
    this.maxRecordBytes = positive("maxRecordBytes", maxRecordBytes);
    if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "JsonLimits.maxDocumentBytes must be from 1 to " + (Integer.MAX_VALUE - 8) + " but was: " + maxDocumentBytes);
    }
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** The default limits. */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** The longest string value or property name accepted, in chars. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The deepest nesting of objects and arrays accepted. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest number accepted, in digits. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The longest JSON Lines record (one line, without its line break) accepted, in bytes. */
  public int maxRecordBytes() {
    return maxRecordBytes;
  }

  /** The largest JSON document accepted, in bytes. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** A copy with another longest string. */
  public JsonLimits withMaxStringLength(int chars) {
    return new JsonLimits(chars, maxNestingDepth, maxNumberLength, maxRecordBytes, maxDocumentBytes);
  }

  /** A copy with another deepest nesting. */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(maxStringLength, depth, maxNumberLength, maxRecordBytes, maxDocumentBytes);
  }

  /** A copy with another longest number. */
  public JsonLimits withMaxNumberLength(int digits) {
    return new JsonLimits(maxStringLength, maxNestingDepth, digits, maxRecordBytes, maxDocumentBytes);
  }

  /** A copy with another longest JSON Lines record. */
  public JsonLimits withMaxRecordBytes(int bytes) {
    return new JsonLimits(maxStringLength, maxNestingDepth, maxNumberLength, bytes, maxDocumentBytes);
  }

  /** A copy with another largest JSON document. */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(maxStringLength, maxNestingDepth, maxNumberLength, maxRecordBytes, bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonLimits
        && ((JsonLimits) o).maxStringLength == maxStringLength
        && ((JsonLimits) o).maxNestingDepth == maxNestingDepth
        && ((JsonLimits) o).maxNumberLength == maxNumberLength
        && ((JsonLimits) o).maxRecordBytes == maxRecordBytes
        && ((JsonLimits) o).maxDocumentBytes == maxDocumentBytes;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxStringLength, maxNestingDepth, maxNumberLength, maxRecordBytes, maxDocumentBytes);
  }

  @Override
  public String toString() {
    return "JsonLimits{maxStringLength="
        + maxStringLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxRecordBytes="
        + maxRecordBytes
        + ", maxDocumentBytes="
        + maxDocumentBytes
        + "}";
  }

  private static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("JsonLimits." + name + " must be at least 1 but was: " + value);
    }
    return value;
  }
}
