package io.hasila.json;

import tools.jackson.core.TokenStreamLocation;

/**
 * A fault found while decoding one value, before the source and record number are known; the
 * readers turn it into a {@link HasilaJsonException}. No stack trace: lenient reads may make many.
 */
final class JsonFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the fault is; null if not known. */
  final transient TokenStreamLocation location;

  final String path;
  final String expected;
  final String found;

  JsonFault(TokenStreamLocation location, String path, String expected, String found, Throwable cause) {
    super("expected " + expected + " but found " + found, cause, false, false);
    this.location = location;
    this.path = path;
    this.expected = expected;
    this.found = found;
  }
}
