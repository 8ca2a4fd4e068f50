package io.hasila.press.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text, normalised for matching: Arabic without diacritics or tatweel, with one
 * alef for its hamza forms, {@code ه} for taa marbuta, {@code ي} for alef maqsura, letters not
 * doubled; Latin letters in lower case without accents; and a light stem of each.
 */
public final class Words {
  private Words() {}

  /** A word of a text: its span, its normalised form and its stem. */
  public record Word(int start, int end, String norm, String stem) {}

  private static final Set<String> STOP =
      Set.of(
          // Arabic
          "من", "في", "علي", "الي", "عن", "مع", "حول", "لفايده", "خلال", "التي", "الذي", "الذين", "هذه", "هذا", "ذلك", "تلك", "و",
          "او", "بين", "منها", "بينها", "ما", "قد", "تم", "كما", "بعد", "قبل", "كل", "ذات", "الصله", "لدي", "عبر", "نحو", "حيث",
          "اذ", "ان", "انه", "الا", "فقط", "ايضا", "له", "لها", "به", "بها", "فيها", "فيه", "مختلف", "مجموع", "اجمالي", "عدد",
          // French
          "le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "et", "ou", "en", "au", "aux", "a", "pour", "sur", "par",
          "avec", "dans", "leur", "leurs", "ses", "son", "sa", "ce", "cet", "cette", "ces", "qui", "que", "qu", "dont", "est",
          "ont", "ete", "se", "s", "il", "elle", "ils", "elles", "total", "nombre", "plus", "pres", "environ", "soit", "ainsi",
          // English
          "the", "of", "and", "or", "on", "for", "in", "to", "an", "with", "by", "at", "from", "its", "their");

  /** The words of a text in order. */
  public static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      String norm = normalize(text.substring(start, i));
      if (!norm.isEmpty()) {
        out.add(new Word(start, i, norm, stem(norm)));
      }
    }
    return out;
  }

  /** Whether a character belongs to a word: a letter, a combining mark or the tatweel. */
  public static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
  }

  /** Whether a character is an Arabic letter. */
  public static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c);
  }

  /** A word normalised: see the class comment. */
  public static String normalize(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char m = map(c);
      if (m == 0) {
        continue;
      }
      if (isArabic(m) && b.length() > 0 && b.charAt(b.length() - 1) == m) {
        continue;
      }
      b.append(m);
    }
    return b.toString();
  }

  private static char map(char c) {
    if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == '\u0621') {
      return 0;
    }
    switch (c) {
      case 'أ':
      case 'إ':
      case 'آ':
      case 'ٱ':
        return 'ا';
      case 'ة':
        return 'ه';
      case 'ى':
      case 'ی':
      case 'ئ':
        return 'ي';
      case 'ؤ':
        return 'و';
      case 'ک':
        return 'ك';
      default:
        break;
    }
    if (c < 128) {
      return Character.toLowerCase(c);
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return 0;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    return Character.toLowerCase(base);
  }

  /** Whether a normalised word carries no meaning for matching (an article, a preposition...). */
  public static boolean isStop(String norm) {
    return STOP.contains(norm);
  }

  /** A light stem: Arabic prefixes (و, ف, ال, بال, لل...) and suffixes (ات, ون, ين, ه, ا, ي...) off; French and English plurals and final e off. */
  public static String stem(String norm) {
    if (norm.isEmpty()) {
      return norm;
    }
    if (isArabic(norm.charAt(0))) {
      String s = norm;
      if ((s.startsWith("و") || s.startsWith("ف")) && s.length() > 3) {
        s = s.substring(1);
      }
      if ((s.startsWith("بال") || s.startsWith("كال") || s.startsWith("لال")) && s.length() > 4) {
        s = s.substring(3);
      } else if (s.startsWith("ال") && s.length() > 3) {
        s = s.substring(2);
      } else if (s.startsWith("لل") && s.length() > 3) {
        s = s.substring(2);
      }
      for (int k = 0; k < 2; k++) {
        String t = stripSuffix(s);
        if (t.equals(s)) {
          break;
        }
        s = t;
      }
      return s;
    }
    String s = norm.toLowerCase(Locale.ROOT);
    if (s.endsWith("aux") && s.length() > 4) {
      s = s.substring(0, s.length() - 3) + "al";
    }
    if ((s.endsWith("s") || s.endsWith("x")) && s.length() > 3) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith("e") && s.length() > 4) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static String stripSuffix(String s) {
    for (String suffix : new String[] {"ات", "ون", "ين", "ان"}) {
      if (s.endsWith(suffix) && s.length() - 2 >= 3) {
        return s.substring(0, s.length() - 2);
      }
    }
    for (String suffix : new String[] {"ه", "ا", "ي", "و"}) {
      if (s.endsWith(suffix) && s.length() - 1 >= 3) {
        return s.substring(0, s.length() - 1);
      }
    }
    return s;
  }
}
