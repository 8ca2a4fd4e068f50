package io.hasila.json;

import io.hasila.internal.Encodings;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.JsonRecyclerPools;

/** The Jackson factory with Hasila's limits and output settings, and the parsers and generators it makes. */
final class JsonSupport {
  /** JSON Lines: no separator between root values; the writer ends each record with a line feed. */
  private static final ObjectWriteContext LINES =
      new ObjectWriteContext.Base() {
        @Override
        public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
          return null;
        }
      };

  /** A JSON document: indented by two spaces, one property or element per line, line feeds only. */
  private static final ObjectWriteContext DOCUMENT =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DocumentPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  /** For the parser shared by the lines of a read buffer: buffers recycled per thread. */
  private final JsonFactory recycling;
  /**
   * For everything else, faults included: fresh buffers for every parser, so that where Jackson
   * reports a broken limit never depends on what the thread parsed before (a recycled buffer that
   * is already large moves the point where a long value is found too long).
   */
  private final JsonFactory factory;
  private final JsonLimits limits;

  JsonSupport(JsonLimits limits) {
    this.limits = limits;
    // A parser is made per JSON Lines buffer: the default pool (a shared concurrent deque) costs on
    // every parser and is contended when pieces are read on several threads.
    this.recycling = factory(limits, JsonRecyclerPools.threadLocalPool());
    this.factory = factory(limits, JsonRecyclerPools.nonRecyclingPool());
  }

  private static JsonFactory factory(JsonLimits limits, tools.jackson.core.util.RecyclerPool<tools.jackson.core.util.BufferRecycler> pool) {
    return JsonFactory.builder()
        .recyclerPool(pool)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxDocumentBytes())
                .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .build();
  }

  JsonLimits limits() {
    return limits;
  }

  /**
   * Why JSON text starting at {@code b[off]} cannot be handed to Jackson as UTF-8, or null: Jackson
   * takes a NUL among the first four bytes, or a byte order mark, as the sign of UTF-16 or UTF-32
   * and would decode the rest in that encoding. None of these starts well-formed UTF-8 JSON (a NUL
   * is never allowed unescaped, U+FEFF is no token), so such text is refused before parsing.
   */
  static JsonFault foreignStart(byte[] b, int off, int len) {
    for (int i = 0; i < Math.min(4, len); i++) {
      if (b[off + i] == 0) {
        return new JsonFault(null, "$", "well-formed JSON", "the byte 0x00 (NUL) at column " + (i + 1), null);
      }
    }
    if (len >= 2 && ((b[off] & 0xFF) == 0xFE || (b[off] & 0xFF) == 0xFF)) {
      String bom = Encodings.byteOrderMark(java.util.Arrays.copyOfRange(b, off, off + Math.min(4, len)), Math.min(4, len));
      return new JsonFault(
          null, "$", "UTF-8 text", bom != null ? Encodings.foreignByteOrderMark(bom) : String.format("the byte 0x%02X, which is not UTF-8", b[off] & 0xFF), null);
    }
    if (len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF) {
      return new JsonFault(null, "$", "well-formed JSON", "a byte order mark (U+FEFF) that does not start the file", null);
    }
    return null;
  }

  /** A parser over {@code length} bytes of UTF-8 JSON. */
  JsonParser parser(byte[] bytes, int length) {
    return factory.createParser(ObjectReadContext.empty(), bytes, 0, length);
  }

  /**
   * A parser with recycled buffers over {@code length} bytes of UTF-8 JSON from {@code offset}; its
   * offsets count from there. Only for values that read cleanly: a fault is to be found again with
   * {@link #parser(byte[], int)}.
   */
  JsonParser sharedParser(byte[] bytes, int offset, int length) {
    return recycling.createParser(ObjectReadContext.empty(), bytes, offset, length);
  }

  /** A generator of JSON Lines records; it does not close {@code out}. */
  JsonGenerator linesGenerator(OutputStream out) {
    return recycling.createGenerator(LINES, out);
  }

  /** A generator of an indented JSON document; it does not close {@code out}. */
  JsonGenerator documentGenerator(OutputStream out) {
    return recycling.createGenerator(DOCUMENT, out);
  }

  /**
   * Asks a document generator to write the next object or array on one line, {@code {"type":
   * ["bulletin"]}}, as short values read best; no effect on other generators.
   */
  static void inlineNext(JsonGenerator g) {
    if (g.getPrettyPrinter() instanceof DocumentPrinter) {
      ((DocumentPrinter) g.getPrettyPrinter()).inlineNext();
    }
  }

  /**
   * Two-space indentation with {@code "name": value}, every property and element on its own line,
   * except inside a container {@link #inlineNext() marked inline}, written on one line with {@code
   * ", "} between entries.
   */
  private static final class DocumentPrinter implements PrettyPrinter {
    private int depth;
    private boolean inlineNext;
    /** The depth outside the inline container being written; -1 when none is. */
    private int inlineFrom = -1;

    void inlineNext() {
      inlineNext = true;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
      g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
      g.writeRaw('{');
      open();
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
      newLine(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
      g.writeRaw(',');
      separate(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
      close(g, entries);
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
      g.writeRaw('[');
      open();
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
      newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
      g.writeRaw(',');
      separate(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
      close(g, values);
      g.writeRaw(']');
    }

    private void open() {
      if (inlineNext && inlineFrom < 0) {
        inlineFrom = depth;
      }
      inlineNext = false;
      depth++;
    }

    private void close(JsonGenerator g, int entries) {
      depth--;
      if (entries > 0) {
        newLine(g);
      }
      if (depth == inlineFrom) {
        inlineFrom = -1;
      }
    }

    private void separate(JsonGenerator g) {
      if (inlineFrom >= 0) {
        g.writeRaw(' ');
      } else {
        newLine(g);
      }
    }

    private void newLine(JsonGenerator g) {
      if (inlineFrom >= 0) {
        return;
      }
      g.writeRaw('\n');
      for (int i = 0; i < depth; i++) {
        g.writeRaw("  ");
      }
    }
  }
}
