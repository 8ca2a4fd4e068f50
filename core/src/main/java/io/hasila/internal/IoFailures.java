package io.hasila.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure in words every format's messages share: what was found instead of a readable or
 * writable file, naming the path. Not public API.
 */
public final class IoFailures {
  private IoFailures() {}

  /**
   * What an I/O failure found, naming the path: {@code no file "/data/x.csv"}, {@code no permission
   * to use "/data"}, {@code a directory "/data/x"}, {@code "/data/x": File name too long}.
   */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no file " + quote(((NoSuchFileException) e).getFile());
    }
    if (e instanceof AccessDeniedException) {
      return "no permission to use " + quote(((AccessDeniedException) e).getFile());
    }
    if (e instanceof NotDirectoryException) {
      return "a file where a directory was expected: " + quote(((NotDirectoryException) e).getFile());
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory " + quote(((DirectoryNotEmptyException) e).getFile());
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file that already exists: " + quote(((FileAlreadyExistsException) e).getFile());
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
      FileSystemException f = (FileSystemException) e;
      String reason = f.getReason();
      if ("is a directory".equals(reason) || "Is a directory".equals(reason)) {
        return "a directory " + quote(f.getFile());
      }
      return quote(f.getFile()) + ": " + (reason == null ? e.getClass().getSimpleName() : reason);
    }
    if (e instanceof CharacterCodingException) {
      return "text that is not in the expected encoding (" + e.getClass().getSimpleName() + ")";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : "an I/O failure: " + message;
  }

  private static String quote(String path) {
    return '"' + path + '"';
  }
}
