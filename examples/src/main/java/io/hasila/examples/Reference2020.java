package io.hasila.examples;

import io.hasila.json.HasilaJson;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled 2020 reference data: the definition of the tally and the figures published for 2020
 * and 2019, read from the JSON files in {@code data/2020/}, the one place they are written down.
 */
final class Reference2020 {
  private Reference2020() {}

  /** The 2020 definition ({@code dgsn.communication.2020}). */
  static TallyDefinition definition() {
    return read("definition-2020.json", in -> HasilaJson.create().readTallyDefinition(in, "definition-2020.json"));
  }

  /** The figures published for 2020, each with its source. */
  static Tally published2020() {
    TallyDefinition d = definition();
    return read("published-2020.json", in -> HasilaJson.create().readTally(in, "published-2020.json", d));
  }

  /** The figures the source gives for 2019; the Twitter followers are derived from the published +574%. */
  static Tally published2019() {
    TallyDefinition d = definition();
    return read("published-2019.json", in -> HasilaJson.create().readTally(in, "published-2019.json", d));
  }

  private interface Reader<T> {
    T read(InputStream in);
  }

  private static <T> T read(String name, Reader<T> reader) {
    try (InputStream in = Tally2020.resource(name)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
