package io.hasila.report.internal;

import io.hasila.json.HasilaJson;
import io.hasila.json.HasilaJsonException;
import io.hasila.report.ReportContent;
import java.io.OutputStream;

/**
 * The report as JSON: io-json's tally document of the report's tally (schemaVersion 3), the
 * definition inline, or named by id when it holds a custom selector that cannot be written.
 * Comparisons and checks are not written: a program recomputes them from the documents.
 */
public final class JsonReport {
  private JsonReport() {}

  /** Writes the tally document of the content's tally to {@code out}, left open. */
  public static void write(ReportContent content, OutputStream out) {
    HasilaJson json = HasilaJson.create();
    try {
      json.writeTally(out, content.tally());
    } catch (HasilaJsonException e) {
      // Refused before anything is written: the definition holds a custom selector.
      json.writeTallyWithDefinitionRef(out, content.tally());
    }
  }
}
