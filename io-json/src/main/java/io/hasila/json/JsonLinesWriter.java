package io.hasila.json;

import io.hasila.internal.AtomicFile;
import io.hasila.internal.IoFailures;
import io.hasila.io.RecordWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * A streaming writer of a JSON Lines file: one record per line, each line ended by {@code \n},
 * in UTF-8. Obtain one from {@link HasilaJson#activityWriter} or {@link HasilaJson#snapshotWriter}.
 *
 * <p>Writing a file is atomic: records go to a temporary file beside the target, and only
 * {@link #commit()} moves it over the target. Closing without committing (for example when an
 * exception leaves a try-with-resources block) discards what was written and leaves any previous
 * file intact. A writer over a caller's stream writes through and never closes that stream. Not
 * thread safe.
 *
 * @param <T> {@code Activity} or {@code AudienceSnapshot}
 */
public final class JsonLinesWriter<T> implements RecordWriter<T> {
  private final String target;
  private final AtomicFile file;
  private final OutputStream out;
  private final JsonGenerator generator;
  private final BiConsumer<JsonGenerator, T> encode;
  private long written;
  private boolean closed;

  JsonLinesWriter(String target, AtomicFile file, OutputStream out, JsonSupport json, BiConsumer<JsonGenerator, T> encode) {
    this.target = target;
    this.file = file;
    this.out = out;
    this.generator = json.linesGenerator(out);
    this.encode = encode;
  }

  /**
   * Writes one record as one line.
   *
   * @throws IllegalStateException after {@link #commit()} or {@link #close()}
   * @throws HasilaJsonException when the output cannot be written
   */
  @Override
  public JsonLinesWriter<T> write(T record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("JsonLinesWriter.write called after commit or close on " + target);
    }
    try {
      encode.accept(generator, record);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw failure(e);
    } catch (JsonFault e) {
      throw HasilaJson.writeFailure(target, written + 1, e);
    }
    written++;
    return this;
  }

  /** How many records have been written. */
  @Override
  public long written() {
    return written;
  }

  /**
   * Finishes the output: moves a file into place, or flushes a caller's stream.
   *
   * @throws IllegalStateException after {@link #commit()} or {@link #close()}
   * @throws HasilaJsonException when the output cannot be written or moved into place
   */
  @Override
  public void commit() {
    if (closed) {
      throw new IllegalStateException("JsonLinesWriter.commit called after commit or close on " + target);
    }
    closed = true;
    try {
      generator.close();
      if (file != null) {
        file.commit();
      } else {
        out.flush();
      }
    } catch (IOException | JacksonException e) {
      if (file != null) {
        file.close();
      }
      throw failure(e);
    }
  }

  /**
   * Discards an uncommitted file (the previous file stays); flushes a caller's stream.
   *
   * @throws HasilaJsonException when a caller's stream cannot be flushed
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (file != null) {
      file.close();
    } else {
      try {
        generator.close();
        out.flush();
      } catch (IOException | JacksonException e) {
        throw failure(e);
      }
    }
  }

  private HasilaJsonException failure(Exception e) {
    if (e instanceof IOException) {
      return HasilaJson.ioFailure(target, "a writable output", (IOException) e);
    }
    Throwable cause = e.getCause();
    String found = cause instanceof IOException ? IoFailures.describe((IOException) cause) : String.valueOf(e.getMessage());
    return new HasilaJsonException(target, 0, 0, written + 1, "$", "a writable output", found, e);
  }
}
