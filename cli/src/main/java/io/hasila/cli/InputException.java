package io.hasila.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An input the command cannot use, in the library's words: {@code source: expected ... but found ...}. Exit code 3. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String source, String expected, String found) {
    super(source + ": expected " + expected + (found == null ? "" : " but found " + found));
  }

  /** A file that cannot be read or written. */
  static InputException of(Path file, String expected, IOException e) {
    return new InputException(name(file), expected, describe(e));
  }

  /** The name a file goes by in messages: its file name. */
  static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /** An I/O failure in words: {@code no file "/data/x.csv"}. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no file \"" + ((NoSuchFileException) e).getFile() + "\"";
    }
    if (e instanceof AccessDeniedException) {
      return "no permission to use \"" + ((AccessDeniedException) e).getFile() + "\"";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : "an I/O failure: " + message;
  }
}
