package io.hasila.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Gathers a PCollection's elements in this JVM, for tests on the DirectRunner (which runs here). */
final class Collect<T> {
  private static final Map<String, List<Object>> GATHERED = new ConcurrentHashMap<>();
  private final String key = UUID.randomUUID().toString();

  private Collect() {}

  /** Gathers {@code values} once the pipeline runs. */
  static <T> Collect<T> of(PCollection<T> values, String name) {
    Collect<T> c = new Collect<>();
    GATHERED.put(c.key, java.util.Collections.synchronizedList(new ArrayList<>()));
    values.apply(name, ParDo.of(new GatherFn<T>(c.key)));
    return c;
  }

  /** What was gathered, after the run. */
  @SuppressWarnings("unchecked")
  List<T> values() {
    return new ArrayList<>((List<T>) (List<?>) GATHERED.get(key));
  }

  private static final class GatherFn<T> extends DoFn<T, Void> {
    private static final long serialVersionUID = 1L;
    private final String key;

    GatherFn(String key) {
      this.key = key;
    }

    @ProcessElement
    public void process(@Element T value) {
      GATHERED.get(key).add(value);
    }
  }
}
