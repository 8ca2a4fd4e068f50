package io.hasila.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The text rules of a cell: formula neutralisation and the encoding of lists inside one cell.
 *
 * <p>Neutralisation: a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR
 * gets a leading {@code '}; so does a cell that starts with {@code '} itself. Reading removes one
 * leading {@code '}, which reverses both exactly.
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

  /** The cell as written: prefixed with {@code '} if a spreadsheet could take it for a formula, or if it starts with {@code '}. */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    switch (cell.charAt(0)) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
      case TEXT_MARK:
        return TEXT_MARK + cell;
      default:
        return cell;
    }
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

  /** The cell's value: the written cell without one leading {@code '}. */
  static String restore(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == TEXT_MARK ? cell.substring(1) : cell;
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
