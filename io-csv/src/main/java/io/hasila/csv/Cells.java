package io.hasila.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The text rules of a cell: formula neutralisation and the encoding of lists inside one cell.
 *
 * <p>Neutralisation (OWASP's CSV injection advice, applied to every place a spreadsheet may start a
 * cell): a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR gets a leading
 * {@code '}; so does a cell that starts with {@code '} itself. Reading removes one leading {@code
 * '}, which reverses both exactly. Inside a cell, a spreadsheet that splits at the other delimiter
 * ({@code ;} in a comma file, {@code ,} in a semicolon file) or at line breaks would start a cell
 * after each {@code ,}, {@code ;}, CR or LF: there, a formula character or a {@code '} gets a
 * {@code '} before it too, and reading removes a {@code '} after one of those when a formula
 * character or another {@code '} follows it, which reverses that exactly.
 *
 * <p>Lists: items joined by {@code |}; inside an item {@code \} escapes {@code \}, {@code |} and
 * {@code :}. A backslash before any other character (or at the end) is kept as typed.
 */
final class Cells {
  static final char LIST_SEPARATOR = '|';
  static final char PART_SEPARATOR = ':';
  private static final char ESCAPE = '\\';
  private static final char TEXT_MARK = '\'';

  private Cells() {}

  /** The cell as written: a {@code '} before every place a spreadsheet could start a formula, and before a {@code '} there. */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    StringBuilder sb = null;
    int copied = 0;
    if (marked(cell.charAt(0))) {
      sb = new StringBuilder(cell.length() + 4).append(TEXT_MARK);
    }
    for (int i = 1; i < cell.length(); i++) {
      if (splits(cell.charAt(i - 1)) && marked(cell.charAt(i))) {
        if (sb == null) {
          sb = new StringBuilder(cell.length() + 4);
        }
        sb.append(cell, copied, i).append(TEXT_MARK);
        copied = i;
      }
    }
    return sb == null ? cell : sb.append(cell, copied, cell.length()).toString();
  }

  /** The cell's value: the written cell without one leading {@code '}, nor the marks {@link #neutralise} put inside it. */
  static String restore(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    int from = cell.charAt(0) == TEXT_MARK ? 1 : 0;
    int mark = cell.indexOf(TEXT_MARK, from + 1);
    if (mark < 0) {
      return from == 0 ? cell : cell.substring(1);
    }
    StringBuilder sb = new StringBuilder(cell.length());
    int copied = from;
    for (int i = mark; i >= 0 && i + 1 < cell.length(); i = cell.indexOf(TEXT_MARK, i + 1)) {
      if (i > from && splits(cell.charAt(i - 1)) && marked(cell.charAt(i + 1))) {
        sb.append(cell, copied, i);
        copied = i + 1;
        i++; // the character after the mark is kept as it is, even a second mark
      }
    }
    return sb.append(cell, copied, cell.length()).toString();
  }

  /** Whether a spreadsheet could read a cell starting with {@code c} as a formula, or {@code c} is the mark itself. */
  private static boolean marked(char c) {
    switch (c) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
      case TEXT_MARK:
        return true;
      default:
        return false;
    }
  }

  /** Whether a spreadsheet in some locale could start a new cell after {@code c}: a delimiter or a line break. */
  private static boolean splits(char c) {
    return c == ',' || c == ';' || c == '\n' || c == '\r';
  }

  /** Whether the cell is a plain number, possibly negative, with a decimal point or comma: {@code -12}, {@code 574,0}. */
  static boolean isPlainNumber(String cell) {
    int i = cell.startsWith("-") ? 1 : 0;
    boolean digits = false;
    boolean separator = false;
    for (; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if ((c == '.' || c == ',') && digits && !separator && i < cell.length() - 1) {
        separator = true;
      } else {
        return false;
      }
    }
    return digits;
  }

  /** Appends {@code item} with {@code \}, {@code |} and, if {@code colon}, {@code :} escaped. */
  static void appendEscaped(StringBuilder out, String item, boolean colon) {
    for (int i = 0; i < item.length(); i++) {
      char c = item.charAt(i);
      if (c == ESCAPE || c == LIST_SEPARATOR || (colon && c == PART_SEPARATOR)) {
        out.append(ESCAPE);
      }
      out.append(c);
    }
  }

  /** The items of a list cell, unescaped; a blank cell is the empty list. */
  static List<String> splitList(String cell) {
    List<String> raw = splitRaw(cell, LIST_SEPARATOR, Integer.MAX_VALUE);
    for (int i = 0; i < raw.size(); i++) {
      raw.set(i, unescape(raw.get(i)));
    }
    return raw;
  }

  /**
   * Splits {@code cell} at unescaped {@code separator}s into at most {@code limit} pieces, keeping
   * escapes in the pieces; the empty cell gives no pieces.
   */
  static List<String> splitRaw(String cell, char separator, int limit) {
    List<String> out = new ArrayList<>(4);
    if (cell.isEmpty()) {
      return out;
    }
    int start = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ESCAPE) {
        i++;
      } else if (c == separator && out.size() < limit - 1) {
        out.add(cell.substring(start, i));
        start = i + 1;
      }
    }
    out.add(cell.substring(start));
    return out;
  }

  /** Removes the escapes {@code \\}, {@code \|} and {@code \:}; any other backslash is kept. */
  static String unescape(String raw) {
    if (raw.indexOf(ESCAPE) < 0) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ESCAPE && i + 1 < raw.length()) {
        char next = raw.charAt(i + 1);
        if (next == ESCAPE || next == LIST_SEPARATOR || next == PART_SEPARATOR) {
          sb.append(next);
          i++;
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
