package io.hasila.report.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An import report as one self-contained HTML page, from the jte template {@code imported.jte}
 * compiled to Java at build time: inline CSS, no script and nothing fetched, {@code lang} and
 * {@code dir} set, figures isolated with {@code <bdi>}, a print stylesheet.
 */
public final class ImportHtml {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, ImportHtml.class.getClassLoader(), "io.hasila.report.internal.html");

  private final ImportView view;

  /** The page of a view. */
  public ImportHtml(ImportView view) {
    this.view = view;
  }

  /** Writes the page to {@code out}, left open. */
  public void write(OutputStream out) throws IOException {
    Utf8ByteOutput output = new Utf8ByteOutput();
    ENGINE.render("imported.jte", view, output);
    output.writeTo(out);
  }
}
