package io.hasila.internal;

/**
 * Writes a string as a JSON string literal: in double quotes, with quotes, backslashes and control
 * characters escaped. Shared by the JSON format's messages and the test kit's printing of records.
 * Not public API.
 */
public final class JsonText {
  private JsonText() {}

  /** Appends the first {@code max} characters of {@code s} to {@code sb} as a JSON string literal. */
  public static StringBuilder appendQuoted(StringBuilder sb, String s, int max) {
    sb.append('"');
    int n = Math.min(s.length(), max);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"');
  }
}
