package io.hasila.report;

import java.util.Locale;
import java.util.Objects;

/** The formats a report is rendered in. */
public enum ReportFormat {
  /** An aligned table for a terminal or a text file, laid out right to left in Arabic. */
  TEXT("txt"),
  /** GitHub-flavoured Markdown: headings, tables with the tree of categories indented, the checks. */
  MARKDOWN("md"),
  /** A table for spreadsheets through io-csv's tally export: byte order mark, CRLF, the locale's delimiter, formula-safe cells. */
  CSV("csv"),
  /** The tally document of io-json (schemaVersion 3), for programs. */
  JSON("json"),
  /** One self-contained HTML page: inline CSS and SVG charts, no script, right to left in Arabic, printable. */
  HTML("html");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file name extension, without the dot: {@code txt}, {@code md}, {@code csv}, {@code json}, {@code html}. */
  public String extension() {
    return extension;
  }

  /**
   * The format named {@code s}, in any case: {@code text}, {@code markdown} (or {@code md}), {@code
   * csv}, {@code json}, {@code html}.
   *
   * @throws IllegalArgumentException if {@code s} names no format
   */
  public static ReportFormat parse(String s) {
    String name = Objects.requireNonNull(s, "s").trim().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(name) || f.extension.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("format must be text, markdown, csv, json or html but was: " + s);
  }
}
