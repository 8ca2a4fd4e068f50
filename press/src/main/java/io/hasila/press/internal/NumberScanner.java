package io.hasila.press.internal;

import io.hasila.press.PressNumber;
import io.hasila.press.PressNumber.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the numbers of a text: digits (grouped, with a fraction, glued to a word), Arabic and
 * French number words, their combinations, and what the words around them say about their kind.
 */
public final class NumberScanner {
  private NumberScanner() {}

  /** The class of a number word. */
  private enum Cls { DIGITS, UNIT, TEN, HUNDRED, MULT, PLURAL_MULT, DUAL_MULT, ARTICLE }

  private enum Type { NUMBER, CONNECTOR, WORD, PUNCT }

  /** A piece of the text: a run of digits, a number word, a connector, another word or a sign. */
  private static final class Atom {
    final int start;
    final int end;
    final Type type;
    final String norm;
    Cls cls;
    long value;
    BigDecimal digits;
    boolean conj;
    boolean grouped;
    boolean glued;
    Kind fixed;
    int plainDigits;
    boolean teenOnly;

    Atom(int start, int end, Type type, String norm) {
      this.start = start;
      this.end = end;
      this.type = type;
      this.norm = norm;
    }
  }

  private static final Map<String, long[]> WORDS = new HashMap<>();

  private static void word(Cls cls, long value, String... forms) {
    for (String f : forms) {
      WORDS.put(Words.normalize(f), new long[] {cls.ordinal(), value});
    }
  }

  static {
    word(Cls.UNIT, 1, "واحد", "واحدة");
    word(Cls.UNIT, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي");
    word(Cls.UNIT, 3, "ثلاث", "ثلاثة", "ثلاثا");
    word(Cls.UNIT, 4, "أربع", "أربعة", "أربعا");
    word(Cls.UNIT, 5, "خمس", "خمسة", "خمسا");
    word(Cls.UNIT, 6, "ست", "ستة", "ستا");
    word(Cls.UNIT, 7, "سبع", "سبعة", "سبعا");
    word(Cls.UNIT, 8, "ثمان", "ثماني", "ثمانية", "ثمانيا");
    word(Cls.UNIT, 9, "تسع", "تسعة", "تسعا");
    word(Cls.UNIT, 10, "عشر", "عشرة", "عشرا");
    word(Cls.UNIT, 1, "إحدى", "أحد");
    word(Cls.TEN, 20, "عشرون", "عشرين");
    word(Cls.TEN, 30, "ثلاثون", "ثلاثين");
    word(Cls.TEN, 40, "أربعون", "أربعين");
    word(Cls.TEN, 50, "خمسون", "خمسين");
    word(Cls.TEN, 60, "ستون", "ستين");
    word(Cls.TEN, 70, "سبعون", "سبعين");
    word(Cls.TEN, 80, "ثمانون", "ثمانين");
    word(Cls.TEN, 90, "تسعون", "تسعين");
    word(Cls.HUNDRED, 100, "مائة", "مئة", "مائه", "مئه");
    word(Cls.HUNDRED, 200, "مائتان", "مائتين", "مئتان", "مئتين", "مائتا", "مائتي");
    String[] units = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int u = 0; u < units.length; u++) {
      word(Cls.HUNDRED, (u + 3) * 100L, units[u] + "مائة", units[u] + "مئة");
    }
    word(Cls.MULT, 1_000, "ألف", "ألفا");
    word(Cls.PLURAL_MULT, 1_000, "آلاف");
    word(Cls.DUAL_MULT, 1_000, "ألفان", "ألفين");
    word(Cls.MULT, 1_000_000, "مليون", "مليونا");
    word(Cls.PLURAL_MULT, 1_000_000, "ملايين");
    word(Cls.DUAL_MULT, 1_000_000, "مليونان", "مليونين");
    word(Cls.MULT, 1_000_000_000, "مليار", "مليارا");
    word(Cls.PLURAL_MULT, 1_000_000_000, "مليارات");
    // French
    word(Cls.ARTICLE, 1, "un", "une");
    word(Cls.UNIT, 2, "deux");
    word(Cls.UNIT, 3, "trois");
    word(Cls.UNIT, 4, "quatre");
    word(Cls.UNIT, 5, "cinq");
    word(Cls.UNIT, 6, "six");
    word(Cls.UNIT, 7, "sept");
    word(Cls.UNIT, 8, "huit");
    word(Cls.UNIT, 9, "neuf");
    word(Cls.UNIT, 10, "dix");
    word(Cls.UNIT, 11, "onze");
    word(Cls.UNIT, 12, "douze");
    word(Cls.UNIT, 13, "treize");
    word(Cls.UNIT, 14, "quatorze");
    word(Cls.UNIT, 15, "quinze");
    word(Cls.UNIT, 16, "seize");
    word(Cls.TEN, 20, "vingt", "vingts");
    word(Cls.TEN, 30, "trente");
    word(Cls.TEN, 40, "quarante");
    word(Cls.TEN, 50, "cinquante");
    word(Cls.TEN, 60, "soixante");
    word(Cls.TEN, 70, "septante");
    word(Cls.TEN, 80, "huitante", "octante");
    word(Cls.TEN, 90, "nonante");
    word(Cls.HUNDRED, 100, "cent", "cents");
    word(Cls.MULT, 1_000, "mille");
    word(Cls.MULT, 1_000_000, "million", "millions");
    word(Cls.MULT, 1_000_000_000, "milliard", "milliards");
  }

  /** Teens written as two words: a unit, then عشر or عشرة. */
  private static final Set<String> TEEN_TENS = Set.of(Words.normalize("عشر"), Words.normalize("عشرة"));

  private static final Set<String> YEAR_CUES =
      normalized(
          "سنة", "السنة", "لسنة", "بسنة", "عام", "العام", "لعام", "بعام", "برسم", "خلال", "منذ", "مطلع", "نهاية", "بداية", "حتى",
          "غاية", "en", "depuis", "année", "an", "fin", "début", "courant", "exercice", "bilan", "au", "de");
  private static final Set<String> MONTHS =
      normalized(
          "يناير", "فبراير", "مارس", "أبريل", "ابريل", "ماي", "مايو", "يونيو", "يوليوز", "يوليو", "غشت", "أغسطس", "شتنبر",
          "سبتمبر", "أكتوبر", "اكتوبر", "نونبر", "نوفمبر", "دجنبر", "ديسمبر", "janvier", "février", "mars", "avril", "mai",
          "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");
  private static final Set<String> REFERENCE_CUES =
      normalized("رقم", "الرقم", "عدد", "n", "no", "numéro", "décret", "loi", "article", "المادة", "الفصل", "مرسوم", "المرسوم", "قانون", "القانون", "الهاتف", "tél", "tel", "téléphone");
  private static final Set<String> GROWTH_CUES =
      normalized(
          "ارتفاع", "زيادة", "نمو", "ارتفعت", "ارتفع", "تطور", "hausse", "augmentation", "progression", "croissance", "bond",
          "augmenté", "progressé");
  private static final Set<String> FALL_CUES =
      normalized("انخفاض", "تراجع", "انخفض", "تراجعت", "baisse", "recul", "diminution", "chute", "reculé", "baissé");
  private static final Set<String> PERCENT_WORDS = normalized("المائة", "المئة", "بالمائة", "بالمئة");

  private static Set<String> normalized(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(Words.normalize(w));
    }
    return Set.copyOf(out);
  }

  /** The numbers of a text, in order. */
  public static List<PressNumber> scan(String text) {
    List<Atom> atoms = atoms(text);
    List<PressNumber> out = new ArrayList<>();
    int k = 0;
    while (k < atoms.size()) {
      Atom a = atoms.get(k);
      if (a.type != Type.NUMBER) {
        k++;
        continue;
      }
      if (a.fixed != null) {
        out.add(new PressNumber(a.start, a.end, text.substring(a.start, a.end), a.digits, a.fixed));
        k++;
        continue;
      }
      BigDecimal[] parsed = new BigDecimal[1];
      int last = parse(atoms, k, parsed);
      if (last < 0) {
        k++;
        continue;
      }
      BigDecimal value = parsed[0].stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
      int start = a.conj ? a.start + 1 : a.start;
      int end = atoms.get(last).end;
      Kind kind = Kind.COUNT;
      int after = last + 1;
      // a percentage: %, ٪, في المائة, بالمائة, pour cent
      int[] pct = percent(text, atoms, after, end);
      if (pct != null) {
        end = pct[0];
        after = pct[1];
        kind = growth(text, atoms, k, start) ? Kind.GROWTH : Kind.PERCENT;
        if (kind == Kind.GROWTH && falling(text, atoms, k, start)) {
          value = value.negate();
        }
      } else if (last == k && a.cls == Cls.DIGITS) {
        kind = digitsKind(text, atoms, k);
      }
      if (kind == Kind.COUNT && value.stripTrailingZeros().scale() > 0) {
        kind = Kind.OTHER;
      }
      out.add(new PressNumber(start, end, text.substring(start, end), value, kind));
      k = after;
    }
    return out;
  }

  /**
   * Reads the longest number expression from atom {@code k}: returns the index of its last atom
   * (setting {@code out[0]} to its value), or -1 when the atom alone is not a number (an article).
   */
  private static int parse(List<Atom> atoms, int k, BigDecimal[] out) {
    Expr e = new Expr();
    int last = -1;
    int i = k;
    boolean via = false;
    while (i < atoms.size()) {
      Atom a = atoms.get(i);
      if (a.type == Type.CONNECTOR && last >= 0 && i + 1 < atoms.size() && atoms.get(i + 1).type == Type.NUMBER && adjacent(a, atoms.get(i + 1))) {
        via = true;
        i++;
        continue;
      }
      if (a.type != Type.NUMBER || a.fixed != null) {
        break;
      }
      boolean connected = via || a.conj;
      if (last >= 0 && a.cls == Cls.DIGITS && !connected) {
        break;
      }
      // a unit, then عشر: a teen
      if (a.cls == Cls.UNIT && a.value < 10 && i + 1 < atoms.size() && TEEN_TENS.contains(atoms.get(i + 1).norm)
          && !atoms.get(i + 1).conj) {
        Atom teen = new Atom(a.start, atoms.get(i + 1).end, Type.NUMBER, a.norm);
        teen.cls = Cls.UNIT;
        teen.value = 10 + a.value;
        teen.conj = a.conj;
        if (!e.accept(teen, connected)) {
          break;
        }
        last = i + 1;
        i += 2;
        via = false;
        continue;
      }
      if (a.teenOnly || !e.accept(a, connected)) {
        break;
      }
      last = i;
      i++;
      via = false;
    }
    if (last < 0 || e.onlyArticle || (e.onlyPlural)) {
      return -1;
    }
    out[0] = e.value();
    return last;
  }

  private static boolean adjacent(Atom connector, Atom next) {
    return next.start - connector.end <= 1;
  }

  /** The state of a number expression being read. */
  private static final class Expr {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    Cls last;
    long lastMult = Long.MAX_VALUE;
    boolean onlyArticle;
    boolean onlyPlural;

    BigDecimal value() {
      return total.add(current);
    }

    private long cur() {
      return current.stripTrailingZeros().scale() <= 0 ? current.longValue() : -1;
    }

    boolean accept(Atom a, boolean connected) {
      boolean empty = last == null;
      long c = cur();
      long v = a.value;
      boolean latin = a.norm.charAt(0) < 128;
      switch (a.cls) {
        case DIGITS:
          if (empty) {
            current = a.digits;
          } else if (last == Cls.MULT && a.digits.compareTo(BigDecimal.valueOf(lastMult)) < 0 && c == 0) {
            current = a.digits;
          } else {
            return false;
          }
          break;
        case ARTICLE:
          if (!empty && c >= 0 && (last == Cls.TEN && c % 10 == 0 && c % 100 >= 20
              || c % 100 == 0 && (last == Cls.MULT || last == Cls.HUNDRED || last == Cls.DUAL_MULT))) {
            current = BigDecimal.valueOf(c + 1);
            break;
          }
          if (!empty) {
            return false;
          }
          current = BigDecimal.ONE;
          last = Cls.ARTICLE;
          onlyArticle = true;
          return true;
        case UNIT:
          if (empty) {
            current = BigDecimal.valueOf(v);
          } else if (c >= 0 && c % 100 == 0 && (last == Cls.MULT || last == Cls.HUNDRED || last == Cls.DUAL_MULT || last == Cls.PLURAL_MULT)) {
            current = BigDecimal.valueOf(c + v);
          } else if (c >= 0 && last == Cls.TEN && c % 10 == 0 && c % 100 >= 20) {
            current = BigDecimal.valueOf(c + v);
          } else if (c >= 0 && last == Cls.UNIT && latin && (c % 100 == 10 || c % 100 == 70 || c % 100 == 90) && v < 10) {
            current = BigDecimal.valueOf(c + v);
          } else {
            return false;
          }
          break;
        case TEN:
          if (empty) {
            current = BigDecimal.valueOf(v);
          } else if (c >= 0 && (last == Cls.UNIT || last == Cls.ARTICLE) && latin && v == 20 && c % 100 == 4) {
            current = BigDecimal.valueOf(c - 4 + 80);
          } else if (c >= 0 && last == Cls.UNIT && connected && !latin && c % 100 > 0 && c % 100 < 10) {
            current = BigDecimal.valueOf(c + v);
          } else if (c >= 0 && c % 100 == 0 && (last == Cls.MULT || last == Cls.HUNDRED || last == Cls.DUAL_MULT || last == Cls.PLURAL_MULT)) {
            current = BigDecimal.valueOf(c + v);
          } else {
            return false;
          }
          break;
        case HUNDRED:
          if (v == 100 && c >= 0 && last == Cls.UNIT && !connected && c % 100 > 0 && c % 100 < 10) {
            current = BigDecimal.valueOf(c - c % 100 + (c % 100) * 100);
          } else if (empty) {
            current = BigDecimal.valueOf(v);
          } else if (c == 0 && (last == Cls.MULT || last == Cls.DUAL_MULT || last == Cls.PLURAL_MULT)) {
            current = BigDecimal.valueOf(v);
          } else {
            return false;
          }
          break;
        case MULT:
        case PLURAL_MULT:
          if (v >= lastMult) {
            return false;
          }
          if (empty || last == Cls.ARTICLE && current.signum() > 0) {
            if (a.cls == Cls.PLURAL_MULT && empty) {
              onlyPlural = true;
              last = a.cls;
              return true;
            }
            total = total.add(current.signum() == 0 ? BigDecimal.valueOf(v) : current.multiply(BigDecimal.valueOf(v)));
          } else if (current.signum() > 0) {
            total = total.add(current.multiply(BigDecimal.valueOf(v)));
          } else if (last == Cls.MULT && a.cls == Cls.MULT) {
            total = total.add(BigDecimal.valueOf(v));
          } else {
            return false;
          }
          current = BigDecimal.ZERO;
          lastMult = v;
          onlyArticle = false;
          break;
        case DUAL_MULT:
          if (!(empty || last == Cls.MULT && current.signum() == 0) || v >= lastMult) {
            return false;
          }
          total = total.add(BigDecimal.valueOf(2 * v));
          lastMult = v;
          break;
        default:
          return false;
      }
      if (a.cls != Cls.ARTICLE) {
        onlyArticle = false;
      }
      onlyPlural = false;
      last = a.cls == Cls.PLURAL_MULT ? Cls.MULT : a.cls;
      return true;
    }
  }

  // --- kinds ---------------------------------------------------------------------------------

  private static Kind digitsKind(String text, List<Atom> atoms, int k) {
    Atom a = atoms.get(k);
    String prev = previousWord(atoms, k, 2);
    if (prev != null && REFERENCE_CUES.contains(prev)) {
      return Kind.OTHER;
    }
    if (k > 0 && atoms.get(k - 1).type == Type.PUNCT && (atoms.get(k - 1).norm.equals("°") || atoms.get(k - 1).norm.equals("#"))) {
      return Kind.OTHER;
    }
    Atom next = k + 1 < atoms.size() ? atoms.get(k + 1) : null;
    long v = a.digits.stripTrailingZeros().scale() <= 0 ? a.digits.longValue() : -1;
    if (v >= 1 && v <= 31 && next != null && next.type == Type.WORD && MONTHS.contains(next.norm) && !a.glued) {
      return Kind.DATE;
    }
    if (a.plainDigits == 4 && !a.grouped && !a.glued && v >= 1900 && v <= 2100) {
      boolean cue = prev != null && (YEAR_CUES.contains(prev) || MONTHS.contains(prev));
      boolean ends = next == null || next.type == Type.PUNCT || next.type == Type.CONNECTOR
          || (next.type == Type.NUMBER && next.cls == Cls.DIGITS);
      if (cue || ends) {
        return Kind.YEAR;
      }
    }
    if (v < 0) {
      return Kind.OTHER;
    }
    return Kind.COUNT;
  }

  private static String previousWord(List<Atom> atoms, int k, int within) {
    for (int i = k - 1; i >= 0 && i >= k - within; i--) {
      Atom a = atoms.get(i);
      if (a.type == Type.WORD) {
        return a.norm;
      }
      if (a.type == Type.NUMBER) {
        return null;
      }
    }
    return null;
  }

  /** After a number ending at {@code end}: the end of its percent sign or words and the next atom, or null. */
  private static int[] percent(String text, List<Atom> atoms, int after, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\u202F')) {
      i++;
    }
    if (i < text.length() && (text.charAt(i) == '%' || text.charAt(i) == '٪')) {
      int j = after;
      while (j < atoms.size() && atoms.get(j).start <= i) {
        j++;
      }
      return new int[] {i + 1, j};
    }
    if (after < atoms.size()) {
      Atom w = atoms.get(after);
      if (w.type == Type.WORD && PERCENT_WORDS.contains(w.norm)) {
        return new int[] {w.end, after + 1};
      }
      if (w.type == Type.WORD && w.norm.equals("في") && after + 1 < atoms.size() && PERCENT_WORDS.contains(atoms.get(after + 1).norm)) {
        return new int[] {atoms.get(after + 1).end, after + 2};
      }
      if (w.type == Type.WORD && w.norm.equals("pour") && after + 1 < atoms.size() && atoms.get(after + 1).norm.equals("cent")) {
        return new int[] {atoms.get(after + 1).end, after + 2};
      }
      if (w.type == Type.WORD && w.norm.equals("pourcent")) {
        return new int[] {w.end, after + 1};
      }
    }
    return null;
  }

  private static boolean growth(String text, List<Atom> atoms, int k, int start) {
    if (sign(text, start) != 0) {
      return true;
    }
    return cue(atoms, k, GROWTH_CUES) || cue(atoms, k, FALL_CUES);
  }

  private static boolean falling(String text, List<Atom> atoms, int k, int start) {
    return sign(text, start) < 0 || (sign(text, start) == 0 && cue(atoms, k, FALL_CUES));
  }

  private static int sign(String text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i >= 0 && text.charAt(i) == '+') {
      return 1;
    }
    if (i >= 0 && (text.charAt(i) == '-' || text.charAt(i) == '−') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
      return -1;
    }
    return 0;
  }

  private static boolean cue(List<Atom> atoms, int k, Set<String> cues) {
    for (int i = k - 1; i >= 0 && i >= k - 5; i--) {
      Atom a = atoms.get(i);
      if (a.type == Type.NUMBER || (a.type == Type.PUNCT && ".;:،,؛".contains(a.norm))) {
        return false;
      }
      if (a.type == Type.WORD && (cues.contains(a.norm) || cues.contains(Words.stem(a.norm)))) {
        return true;
      }
    }
    return false;
  }

  // --- atoms ---------------------------------------------------------------------------------

  private static List<Atom> atoms(String text) {
    List<Atom> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        Atom a = digits(text, i);
        out.add(a);
        i = a.end;
      } else if (Words.isWordChar(c)) {
        int start = i;
        while (i < n && Words.isWordChar(text.charAt(i))) {
          i++;
        }
        out.add(wordAtom(text, start, i));
      } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
        i++;
      } else {
        Type t = c == '-' && i > 0 && i + 1 < n && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))
            ? Type.CONNECTOR
            : Type.PUNCT;
        out.add(new Atom(i, i + 1, t, String.valueOf(c)));
        i++;
      }
    }
    return out;
  }

  private static Atom wordAtom(String text, int start, int end) {
    String norm = Words.normalize(text.substring(start, end));
    if (norm.equals("و") || norm.equals("et")) {
      return new Atom(start, end, Type.CONNECTOR, norm);
    }
    long[] w = WORDS.get(norm);
    boolean conj = false;
    if (w == null && norm.startsWith("و") && norm.length() > 2) {
      w = WORDS.get(norm.substring(1));
      conj = w != null;
    }
    if (w == null) {
      return new Atom(start, end, Type.WORD, norm);
    }
    Atom a = new Atom(start, end, Type.NUMBER, norm);
    a.cls = Cls.values()[(int) w[0]];
    a.value = w[1];
    a.conj = conj;
    a.digits = BigDecimal.valueOf(w[1]);
    a.teenOnly = norm.equals(Words.normalize("إحدى")) || norm.equals(Words.normalize("أحد"));
    return a;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '٠' && c <= '٩' || c >= '۰' && c <= '۹';
  }

  private static int digitValue(char c) {
    return Character.digit(c, 10);
  }

  private static int run(String text, int i) {
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String ascii(String text, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (isDigit(text.charAt(i))) {
        b.append((char) ('0' + digitValue(text.charAt(i))));
      }
    }
    return b.toString();
  }

  private static boolean isGroupSeparator(char c) {
    return c == '.' || c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '٬' || c == '\'';
  }

  /** A run of digits from {@code i}, with its groups, fraction and what follows it. */
  private static Atom digits(String text, int i) {
    int n = text.length();
    int e0 = run(text, i);
    String first = ascii(text, i, e0);
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char before2 = i > 1 ? text.charAt(i - 2) : ' ';
    // a name such as COVID-19 or a code such as A3
    if ((before == '-' && Character.isLetter(before2)) || Character.isLetter(before) && !Words.isArabic(before) && before != 'n') {
      return fixed(text, i, e0, Kind.OTHER);
    }
    // dates written with / or -
    if (e0 < n - 1 && (text.charAt(e0) == '/' || text.charAt(e0) == '-') && isDigit(text.charAt(e0 + 1)) && (e0 - i <= 2 || e0 - i == 4)) {
      int e1 = run(text, e0 + 1);
      if (e1 < n - 1 && text.charAt(e1) == text.charAt(e0) && isDigit(text.charAt(e1 + 1))) {
        return fixed(text, i, run(text, e1 + 1), Kind.DATE);
      }
      return fixed(text, i, e1, Kind.OTHER);
    }
    // times
    if (e0 < n - 2 && (text.charAt(e0) == ':' || text.charAt(e0) == 'h' || text.charAt(e0) == 'H') && isDigit(text.charAt(e0 + 1)) && e0 - i <= 2) {
      return fixed(text, i, run(text, e0 + 1), Kind.OTHER);
    }
    // telephone numbers and other codes starting with 0 or +
    if ((first.length() >= 2 && first.charAt(0) == '0') || (before == '+' && (first.length() >= 8 || e0 < n - 1 && text.charAt(e0) == ' ' && isDigit(text.charAt(e0 + 1)) && first.length() >= 3))) {
      int e = e0;
      while (e < n - 1 && (text.charAt(e) == ' ' || text.charAt(e) == '.' || text.charAt(e) == '-') && isDigit(text.charAt(e + 1))) {
        int r = run(text, e + 1);
        if (r - e - 1 > 4) {
          break;
        }
        e = r;
      }
      return fixed(text, i, e, Kind.OTHER);
    }
    int end = e0;
    StringBuilder whole = new StringBuilder(first);
    boolean grouped = false;
    char sep = 0;
    if (first.length() <= 3) {
      while (end < n - 3) {
        char s = text.charAt(end);
        if (!isGroupSeparator(s) || (sep != 0 && s != sep)) {
          break;
        }
        int r = run(text, end + 1);
        if (r - end - 1 != 3) {
          break;
        }
        whole.append(ascii(text, end + 1, r));
        sep = s;
        end = r;
        grouped = true;
      }
    }
    String fraction = "";
    if (end < n - 1 && (text.charAt(end) == ',' || text.charAt(end) == '.' || text.charAt(end) == '٫') && text.charAt(end) != sep && isDigit(text.charAt(end + 1))) {
      int r = run(text, end + 1);
      boolean more = r < n - 1 && (text.charAt(r) == '.' || text.charAt(r) == '-') && isDigit(text.charAt(r + 1));
      if (more || (r - end - 1 > 2 && !grouped) || r - end - 1 > 3) {
        // a reference number such as 2.20.293 or 22.20.01
        int e = r;
        while (e < n - 1 && (text.charAt(e) == '.' || text.charAt(e) == '-') && isDigit(text.charAt(e + 1))) {
          e = run(text, e + 1);
        }
        return fixed(text, i, e, Kind.OTHER);
      }
      fraction = ascii(text, end + 1, r);
      end = r;
    }
    Atom a = new Atom(i, end, Type.NUMBER, whole.toString());
    a.cls = Cls.DIGITS;
    a.digits = new BigDecimal(fraction.isEmpty() ? whole.toString() : whole + "." + fraction);
    a.grouped = grouped;
    a.plainDigits = grouped || !fraction.isEmpty() ? 0 : whole.length();
    if (end < n && Character.isLetter(text.charAt(end))) {
      if (Words.isArabic(text.charAt(end))) {
        a.glued = true;
      } else {
        int w = end;
        while (w < n && Character.isLetter(text.charAt(w))) {
          w++;
        }
        return fixed(text, i, w, Kind.OTHER);
      }
    }
    return a;
  }

  private static Atom fixed(String text, int start, int end, Kind kind) {
    Atom a = new Atom(start, end, Type.NUMBER, text.substring(start, end));
    a.cls = Cls.DIGITS;
    String d = ascii(text, start, end);
    a.digits = d.isEmpty() ? BigDecimal.ZERO : new BigDecimal(d.length() > 18 ? d.substring(0, 18) : d);
    a.fixed = kind;
    return a;
  }
}
