package io.hasila.internal;

import java.util.Optional;

/**
 * "Did you mean" for names and codes: the known name closest to an unknown one, by edit distance.
 *
 * <p>Not public API. A suggestion is made only when it is close enough to be a plausible typo:
 * at most a third of the longer name's characters differ (at least one may always differ), or
 * the two differ only in case, separators ({@code _ - .}) or the order of their words.
 */
public final class Suggest {
  private Suggest() {}

  /** The known name closest to {@code unknown}, if one is close enough. */
  public static Optional<String> closest(String unknown, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String key = normalised(unknown);
    for (String candidate : known) {
      int d = normalised(candidate).equals(key) ? 0 : distance(unknown, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int allowed = Math.max(1, Math.max(unknown.length(), best.length()) / 3);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** {@code " (did you mean \"x\"?)"}, or an empty string when nothing is close. */
  public static String didYouMean(String unknown, Iterable<String> known) {
    return closest(unknown, known).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
  }

  private static String normalised(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '_' && c != '-' && c != '.' && c != ' ') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** The edit distance, case-insensitive, counting a swap of two neighbouring characters as one edit. */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      char ca = Character.toLowerCase(a.charAt(i - 1));
      for (int j = 1; j <= m; j++) {
        char cb = Character.toLowerCase(b.charAt(j - 1));
        int cost = ca == cb ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && ca == Character.toLowerCase(b.charAt(j - 2)) && Character.toLowerCase(a.charAt(i - 2)) == cb) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }
}
