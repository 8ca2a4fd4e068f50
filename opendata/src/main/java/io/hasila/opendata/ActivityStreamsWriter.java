package io.hasila.opendata;

import io.hasila.io.RecordWriter;
import io.hasila.model.Activity;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an Activity Streams 2.0 {@code OrderedCollection} one activity at a time: memory stays
 * constant whatever the log's size. On a file, the new content replaces the file only on {@link
 * #commit()}. Not thread safe.
 */
public final class ActivityStreamsWriter implements RecordWriter<Activity> {
  private final JsonOut out;
  private final Nodes nodes;
  private final String base;
  private long written;
  private boolean started;

  ActivityStreamsWriter(JsonOut out, String base) {
    this.out = out;
    this.base = base;
    this.nodes = new Nodes(base);
  }

  private void start() {
    JsonGenerator g = out.generator();
    g.writeStartObject();
    g.writeName("@context");
    g.writeStartArray();
    g.writeString(LinkedTerms.AS_CONTEXT);
    HasilaContext.write(g);
    g.writeEndArray();
    g.writeStringProperty("id", base + "activities");
    g.writeStringProperty("type", "OrderedCollection");
    g.writeName("orderedItems");
    g.writeStartArray();
    started = true;
  }

  /**
   * Writes one activity as the next item.
   *
   * @throws HasilaOpenDataException if the output cannot be written
   */
  @Override
  public ActivityStreamsWriter write(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    try {
      if (!started) {
        start();
      }
      nodes.writeActivity(out.generator(), activity);
    } catch (JacksonException e) {
      throw out.failure(e);
    }
    written++;
    return this;
  }

  /** How many activities were written so far. */
  @Override
  public long written() {
    return written;
  }

  /**
   * Ends the collection with its {@code totalItems} and moves the file over its target (or flushes the stream).
   *
   * @throws HasilaOpenDataException if the output cannot be written
   */
  @Override
  public void commit() {
    try {
      if (!started) {
        start();
      }
      JsonGenerator g = out.generator();
      g.writeEndArray();
      g.writeNumberProperty("totalItems", written);
      g.writeEndObject();
    } catch (JacksonException e) {
      throw out.failure(e);
    }
    out.commit();
  }

  /** Releases the output; a file not committed is left as it was. */
  @Override
  public void close() {
    out.close();
  }
}
