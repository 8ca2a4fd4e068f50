package io.hasila.opendata;

import io.hasila.io.HasilaFormatException;

/**
 * An export Hasila could not write: the file or stream, what was expected and what was found, with
 * the I/O failure as the cause. Reads, for example: {@code activities.jsonld: expected a writable
 * file but found "/data/activities.jsonld" (No space left on device)}.
 */
public final class HasilaOpenDataException extends HasilaFormatException {
  private static final long serialVersionUID = 1L;

  HasilaOpenDataException(String source, String expected, String found, Throwable cause) {
    super(source + ": expected " + expected + (found == null ? "" : " but found " + found), source, 0, 0, 0, null, expected, found, cause);
  }

  /** The failure to write {@code what}. */
  static HasilaOpenDataException writing(String source, String what, Throwable cause) {
    return new HasilaOpenDataException(source, "a writable " + what, "\"" + what + "\" (" + cause.getMessage() + ")", cause);
  }
}
