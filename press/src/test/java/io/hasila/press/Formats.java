package io.hasila.press;

/** Writes numbers the ways press texts do: in Arabic words, in French words, in digits grouped or not, in Arabic-Indic digits. */
final class Formats {
  private Formats() {}

  private static final String[] AR_UNITS = {"", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};
  private static final String[] AR_TENS = {"", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"};
  private static final String[] AR_HUNDREDS = {
    "", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"
  };
  private static final String[] FR_UNITS = {
    "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
    "quinze", "seize"
  };
  private static final String[] FR_TENS = {"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"};

  /** {@code n} in Arabic words, e.g. 3683 as ثلاثة آلاف وستمائة وثلاثة وثمانون. */
  static String arabic(long n) {
    StringBuilder b = new StringBuilder();
    long millions = n / 1_000_000;
    long thousands = n / 1000 % 1000;
    long rest = n % 1000;
    if (millions > 0) {
      b.append(scale(millions, "مليون", "مليونان", "ملايين", "مليون"));
    }
    if (thousands > 0) {
      b.append(b.length() > 0 ? " و" : "").append(scale(thousands, "ألف", "ألفان", "آلاف", thousands % 100 >= 11 ? "ألفا" : "ألف"));
    }
    if (rest > 0) {
      b.append(b.length() > 0 ? " و" : "").append(arabicBelow1000(rest));
    }
    return b.toString();
  }

  private static String scale(long k, String one, String two, String few, String many) {
    if (k == 1) {
      return one;
    }
    if (k == 2) {
      return two;
    }
    return arabicBelow1000(k) + " " + (k <= 10 ? few : many);
  }

  private static String arabicBelow1000(long n) {
    String h = AR_HUNDREDS[(int) (n / 100)];
    long r = n % 100;
    String rest;
    if (r == 0) {
      rest = "";
    } else if (r <= 10) {
      rest = AR_UNITS[(int) r];
    } else if (r == 11) {
      rest = "أحد عشر";
    } else if (r == 12) {
      rest = "اثنا عشر";
    } else if (r < 20) {
      rest = AR_UNITS[(int) (r - 10)] + " عشر";
    } else {
      rest = (r % 10 == 0 ? "" : AR_UNITS[(int) (r % 10)] + " و") + AR_TENS[(int) (r / 10)];
    }
    return h.isEmpty() ? rest : rest.isEmpty() ? h : h + " و" + rest;
  }

  /** {@code n} in French words, e.g. 2385 as deux mille trois cent quatre-vingt-cinq. */
  static String french(long n) {
    StringBuilder b = new StringBuilder();
    long millions = n / 1_000_000;
    long thousands = n / 1000 % 1000;
    long rest = n % 1000;
    if (millions > 0) {
      b.append(millions == 1 ? "un" : frenchBelow1000(millions, false)).append(millions == 1 ? " million" : " millions");
    }
    if (thousands > 0) {
      b.append(b.length() > 0 ? " " : "").append(thousands == 1 ? "mille" : frenchBelow1000(thousands, true) + " mille");
    }
    if (rest > 0) {
      b.append(b.length() > 0 ? " " : "").append(frenchBelow1000(rest, false));
    }
    return b.toString();
  }

  private static String frenchBelow1000(long n, boolean beforeMille) {
    long h = n / 100;
    long r = n % 100;
    String hundreds = h == 0 ? "" : h == 1 ? "cent" : FR_UNITS[(int) h] + (r == 0 && !beforeMille ? " cents" : " cent");
    String rest = r == 0 ? "" : frenchBelow100((int) r, beforeMille);
    return hundreds.isEmpty() ? rest : rest.isEmpty() ? hundreds : hundreds + " " + rest;
  }

  private static String frenchBelow100(int r, boolean beforeMille) {
    if (r <= 16) {
      return FR_UNITS[r];
    }
    if (r < 20) {
      return "dix-" + FR_UNITS[r - 10];
    }
    if (r < 70) {
      int u = r % 10;
      return FR_TENS[r / 10] + (u == 0 ? "" : u == 1 ? " et un" : "-" + FR_UNITS[u]);
    }
    if (r < 80) {
      return "soixante" + (r == 71 ? " et onze" : "-" + frenchBelow100(r - 60, false));
    }
    return r == 80 ? (beforeMille ? "quatre-vingt" : "quatre-vingts") : "quatre-vingt-" + frenchBelow100(r - 80, false);
  }

  /** {@code n} in digits, its groups of three separated by {@code separator} (none when 0). */
  static String digits(long n, char separator) {
    String s = Long.toString(n);
    if (separator == 0) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        b.append(separator);
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }

  /** Digits turned into Arabic-Indic ({@code ٠}) or Extended Arabic-Indic ({@code ۰}) digits. */
  static String indic(String digits, char zero) {
    StringBuilder b = new StringBuilder();
    for (char c : digits.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    return b.toString();
  }
}
