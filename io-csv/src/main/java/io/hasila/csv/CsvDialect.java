package io.hasila.csv;

/**
 * How a CSV file is laid out in bytes: whether it starts with a byte order mark and how lines end.
 *
 * <p>Both dialects are UTF-8 and quote a cell only when it holds the delimiter, a double quote,
 * CR or LF. The delimiter is chosen separately (comma unless set), so a file for French-locale
 * Excel is {@code EXCEL} with {@code ';'}. Readers accept either dialect without being told.
 */
public enum CsvDialect {
  /** UTF-8 without a byte order mark, lines ending in LF: for programs, diffs and version control. */
  PLAIN(false, "\n"),
  /** UTF-8 with a byte order mark, lines ending in CRLF: Excel then shows Arabic and accented text correctly. */
  EXCEL(true, "\r\n");

  private final boolean bom;
  private final String lineSeparator;

  CsvDialect(boolean bom, String lineSeparator) {
    this.bom = bom;
    this.lineSeparator = lineSeparator;
  }

  /** Whether files start with the UTF-8 byte order mark {@code EF BB BF}. */
  public boolean bom() {
    return bom;
  }

  /** The line separator: {@code "\n"} or {@code "\r\n"}. */
  public String lineSeparator() {
    return lineSeparator;
  }
}
