package io.hasila.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written beside its target under a temporary name and moved over the target only on
 * {@link #commit()}: a failure before that leaves the previous file as it was and no temporary file
 * behind. Shared by every format's writers. Not public API. Not thread safe.
 *
 * <ul>
 *   <li>The temporary file is named {@code .hasila-<random>.tmp} (26 characters), so a target name
 *       as long as the file system allows still has room for it beside it.
 *   <li>A target that exists keeps its POSIX permissions (and, where allowed, its group); a new
 *       file gets the permissions the process's umask gives.
 *   <li>A target that is a symbolic link is followed: the file it points to (through any chain of
 *       links) is replaced, in its own directory, and the link stays a link.
 *   <li>A target that is a directory, or a parent that is missing or not a directory, fails with an
 *       {@link IOException} naming the target's path.
 * </ul>
 */
public final class AtomicFile implements AutoCloseable {
  private static final int MAX_LINKS = 40;

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

  /** Starts writing a new version of {@code target}, beside it (beside the file it links to, for a link). */
  public static AtomicFile create(Path target) throws IOException {
    Path file = resolveLinks(target.toAbsolutePath());
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    Path dir = file.getParent();
    if (dir == null) {
      throw new FileSystemException(file.toString(), null, "has no parent directory");
    }
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "the directory does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    FileChannel channel = null;
    Path temp = null;
    for (int attempt = 0; channel == null; attempt++) {
      temp = dir.resolve(".hasila-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 10) {
          throw e;
        }
      }
    }
    try {
      keepAttributes(file, temp);
    } catch (IOException | RuntimeException e) {
      try {
        channel.close();
      } finally {
        Files.deleteIfExists(temp);
      }
      throw e;
    }
    return new AtomicFile(file, temp, channel);
  }

  /** The file a path names once every symbolic link is followed; the path itself if it is no link. */
  private static Path resolveLinks(Path path) throws IOException {
    Path p = path;
    for (int i = 0; Files.isSymbolicLink(p); i++) {
      if (i == MAX_LINKS) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(p);
      Path parent = p.getParent();
      p = (parent == null ? link : parent.resolve(link)).normalize();
    }
    return p;
  }

  /** Gives {@code temp} the permissions (and group, where allowed) of an existing {@code target}. */
  private static void keepAttributes(Path target, Path temp) throws IOException {
    PosixFileAttributeView targetView =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (targetView == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return; // a new file: the umask decided its permissions when it was created
    }
    PosixFileAttributeView tempView = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    var attributes = targetView.readAttributes();
    Set<PosixFilePermission> permissions = attributes.permissions();
    try {
      tempView.setGroup(attributes.group());
    } catch (IOException | SecurityException e) {
      // Only an owner who belongs to the group may set it; the permissions still carry over.
    }
    tempView.setPermissions(permissions);
  }

  /** The file that {@link #commit()} replaces: the target, or the file it links to. */
  public Path target() {
    return target;
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
      // Nothing else can be done; the target is intact.
    }
  }
}
