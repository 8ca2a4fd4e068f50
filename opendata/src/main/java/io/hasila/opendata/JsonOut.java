package io.hasila.opendata;

import io.hasila.internal.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * One JSON document being written, indented, to a file (atomically, through core's {@link
 * AtomicFile}) or to a stream (flushed on commit, never closed). Not thread safe.
 */
final class JsonOut implements AutoCloseable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  private static final ObjectWriteContext INDENTED =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          DefaultPrettyPrinter p = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
          return p.withArrayIndenter(new DefaultIndenter("  ", "\n"));
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private final String source;
  private final AtomicFile file;
  private final OutputStream out;
  private final JsonGenerator generator;
  private boolean done;

  private JsonOut(String source, AtomicFile file, OutputStream out) {
    this.source = source;
    this.file = file;
    this.out = out;
    this.generator = FACTORY.createGenerator(INDENTED, out);
  }

  /** A document that replaces {@code target} on commit. */
  static JsonOut toFile(Path target) {
    String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
    try {
      AtomicFile f = AtomicFile.create(target);
      return new JsonOut(name, f, f.out());
    } catch (IOException e) {
      throw HasilaOpenDataException.writing(name, "file " + target.toAbsolutePath(), e);
    }
  }

  /** A document written to {@code out}, flushed on commit and left open. */
  static JsonOut toStream(OutputStream out) {
    return new JsonOut("output stream", null, out);
  }

  /** The generator to write the document with. */
  JsonGenerator generator() {
    return generator;
  }

  /** The name of the file or stream, for messages. */
  String source() {
    return source;
  }

  /** The failure of a write to this document, as the module's exception. */
  HasilaOpenDataException failure(RuntimeException e) {
    Throwable cause = e instanceof JacksonException && e.getCause() != null ? e.getCause() : e;
    return HasilaOpenDataException.writing(source, file == null ? "output stream" : "file " + source, cause);
  }

  /** Ends the document and moves it over the target (or flushes the stream). */
  void commit() {
    if (done) {
      throw new IllegalStateException("a JSON-LD export is committed once, before close: " + source);
    }
    try {
      generator.writeRaw('\n');
      generator.close();
      if (file != null) {
        file.commit();
      } else {
        out.flush();
      }
      done = true;
    } catch (IOException e) {
      throw HasilaOpenDataException.writing(source, "file " + source, e);
    } catch (JacksonException | UncheckedIOException e) {
      throw failure(e);
    } finally {
      if (!done) {
        close();
      }
    }
  }

  /** Discards a file that was not committed; a stream is left open. */
  @Override
  public void close() {
    if (file != null) {
      file.close();
    }
    done = true;
  }
}
