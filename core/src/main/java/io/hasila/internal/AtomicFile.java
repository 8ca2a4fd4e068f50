package io.hasila.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written beside its target under a temporary name and moved over the target only on
 * {@link #commit()}: a failure before that leaves the previous file as it was. Shared by every
 * format's writers. Not public API. Not thread safe.
 */
public final class AtomicFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream out;
  private boolean finished;

  private AtomicFile(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
  }

  /** Starts writing a new version of {@code target}, beside it. */
  public static AtomicFile create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp =
        dir.resolve(
            "." + absolute.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new AtomicFile(absolute, temp, channel);
  }

  /** Where to write the new content. */
  public OutputStream out() {
    return out;
  }

  /** Flushes the content to disk and moves it over the target. */
  public void commit() throws IOException {
    if (finished) {
      throw new IllegalStateException("AtomicFile.commit must be called once, before close, for " + target);
    }
    try {
      out.flush();
      channel.force(true);
      out.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      finished = true;
    } finally {
      if (!finished) {
        abort();
      }
    }
  }

  /** Discards the new content unless it was committed; the target is left as it was. */
  @Override
  public void close() {
    if (!finished) {
      abort();
    }
  }

  private void abort() {
    finished = true;
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing more to do: the temporary file is deleted below.
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // A stray temporary file is harmless; the target is intact.
    }
  }
}
