package io.hasila.io;

/** How a reader treats a bad record: stop at the first one, or set it aside and go on. */
public enum ReadMode {
  /** Stop at the first bad record with the format's exception, naming its position. */
  STRICT,
  /** Reject a bad record with its position and reason, and go on with the next one. */
  LENIENT
}
