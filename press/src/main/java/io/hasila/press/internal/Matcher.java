package io.hasila.press.internal;

import io.hasila.press.Evidence;
import io.hasila.press.PressFigure;
import io.hasila.press.PressNumber;
import io.hasila.press.PressNumber.Kind;
import io.hasila.press.internal.Words.Word;
import io.hasila.tally.Category;
import io.hasila.tally.TallyDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches the counts of a text to the categories of a definition by the words around them.
 *
 * <p>Each category's keys are its labels and synonyms in every language, as stems of their words
 * (articles and prepositions left out), each stem weighed by how few categories use it. A count
 * scores a key by the weighed share of its stems found in the count's sentence, a stem counting
 * fully just after the count, a little less just before it, and less and less further away or
 * beyond another count; a key scores only if one of its stems is close to the count. A category
 * under a parent scores more when the sentence also names the parent. A count that the words
 * around it give for another period (a year other than the period's, "the year before",
 * "مقابل", "contre") scores a third. Counts and categories are then paired best score first, each
 * used once.
 */
public final class Matcher {
  private Matcher() {}

  /**
   * The figures found (kept or not), the counts that lost their best category to a surer count
   * (to review, never kept), and the numbers left.
   */
  public record Result(List<PressFigure> figures, List<PressFigure> alternatives, List<PressNumber> unmatched) {}

  private static final double MIN_SCORE = 0.2;
  private static final double OTHER_PERIOD = 0.35;

  private static final Set<String> PREVIOUS_AFTER =
      stems("المنصرمة", "الماضية", "الماضي", "السابقة", "السابق", "précédente", "précédent", "dernière", "passée", "antérieure");
  private static final Set<String> PREVIOUS_BEFORE = stems("مقابل", "بعدما", "كان", "عوض", "contre", "lieu", "comparé", "comparativement");

  private static Set<String> stems(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(Words.stem(Words.normalize(w)));
    }
    return Set.copyOf(out);
  }

  /** A label or synonym of a category: its text and the stems of its words. */
  private record Key(String text, List<String> stems) {}

  /** Matches every count of {@code numbers} in {@code text} against {@code definition} for the period's year. */
  public static Result match(TallyDefinition definition, String text, List<PressNumber> numbers, int year) {
    List<Category> categories = definition.allCategories().stream().filter(Category::hasValue).toList();
    Map<String, List<Key>> keys = new HashMap<>();
    Map<String, Category> parents = new HashMap<>();
    for (Category c : definition.allCategories()) {
      keys.put(c.id(), keys(c));
      for (Category child : c.children()) {
        parents.put(child.id(), c);
      }
    }
    Map<String, Integer> df = new HashMap<>();
    for (Category c : categories) {
      Set<String> seen = new HashSet<>();
      keys.get(c.id()).forEach(k -> seen.addAll(k.stems()));
      seen.forEach(s -> df.merge(s, 1, Integer::sum));
    }
    List<Word> words = new ArrayList<>();
    for (Word w : Words.of(text)) {
      if (!Words.isStop(w.norm()) && !inNumber(w, numbers)) {
        words.add(w);
      }
    }
    int[][] sentences = sentences(text);
    List<PressNumber> counts = numbers.stream().filter(n -> n.kind() == Kind.COUNT).toList();
    List<Candidate> candidates = new ArrayList<>();
    for (PressNumber n : counts) {
      int[] sentence = sentenceOf(sentences, n.start());
      Map<String, Double> near = nearness(words, counts, n, sentence);
      Set<String> inSentence = new HashSet<>();
      for (Word w : words) {
        if (w.start() >= sentence[0] && w.end() <= sentence[1]) {
          inSentence.add(w.stem());
        }
      }
      String other = otherPeriod(text, words, numbers, n, sentence, year);
      for (Category c : categories) {
        double best = 0;
        Key bestKey = null;
        for (Key k : keys.get(c.id())) {
          double s = score(k, near, df);
          if (s > best) {
            best = s;
            bestKey = k;
          }
        }
        if (bestKey == null) {
          continue;
        }
        Category parent = parents.get(c.id());
        if (parent != null) {
          double anc = 0;
          for (Key k : keys.get(parent.id())) {
            anc = Math.max(anc, presence(k, inSentence, df));
          }
          best *= 0.75 + 0.25 * anc;
        }
        if (!other.isEmpty()) {
          best *= OTHER_PERIOD;
        }
        if (best >= MIN_SCORE && n.value().signum() >= 0) {
          candidates.add(new Candidate(n, c, bestKey, Math.min(1, best), other, text.substring(sentence[0], sentence[1])));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(cd -> cd.number.start()));
    Set<PressNumber> usedNumbers = new HashSet<>();
    Set<String> usedCategories = new HashSet<>();
    List<PressFigure> figures = new ArrayList<>();
    for (Candidate cd : candidates) {
      if (usedNumbers.contains(cd.number) || usedCategories.contains(cd.category.id())) {
        continue;
      }
      usedNumbers.add(cd.number);
      usedCategories.add(cd.category.id());
      PressNumber n = cd.number;
      double confidence = Math.round(cd.score * 1000) / 1000.0;
      figures.add(new PressFigure(
          cd.category.id(), n.longValue(), new Evidence(cd.sentence, n.start(), n.end(), n.text(), cd.key.text(), confidence, cd.other)));
    }
    List<PressFigure> alternatives = new ArrayList<>();
    for (Candidate cd : candidates) {
      if (usedNumbers.add(cd.number)) {
        PressNumber n = cd.number;
        double confidence = Math.round(cd.score * 1000) / 1000.0;
        String note = (cd.other.isEmpty() ? "" : cd.other + "; ") + "another count was kept for this category";
        alternatives.add(new PressFigure(
            cd.category.id(), n.longValue(), new Evidence(cd.sentence, n.start(), n.end(), n.text(), cd.key.text(), confidence, note)));
      }
    }
    List<PressNumber> unmatched = new ArrayList<>();
    for (PressNumber n : numbers) {
      if (!usedNumbers.contains(n)) {
        unmatched.add(n);
      }
    }
    return new Result(figures, alternatives, unmatched);
  }

  private record Candidate(PressNumber number, Category category, Key key, double score, String other, String sentence) {}

  private static List<Key> keys(Category c) {
    List<String> texts = new ArrayList<>(List.of(c.labels().ar(), c.labels().fr(), c.labels().en()));
    texts.addAll(c.synonyms().all());
    List<Key> out = new ArrayList<>();
    for (String t : texts) {
      List<String> stems = new ArrayList<>();
      for (Word w : Words.of(t)) {
        if (!Words.isStop(w.norm()) && w.stem().length() >= 2 && !stems.contains(w.stem())) {
          stems.add(w.stem());
        }
      }
      if (!stems.isEmpty()) {
        out.add(new Key(t, stems));
      }
    }
    return out;
  }

  private static boolean inNumber(Word w, List<PressNumber> numbers) {
    for (PressNumber n : numbers) {
      if (w.start() < n.end() && w.end() > n.start()) {
        return true;
      }
    }
    return false;
  }

  /** How close each stem of the sentence is to the count: 1 just after it, less before it and further away. */
  private static Map<String, Double> nearness(List<Word> words, List<PressNumber> counts, PressNumber n, int[] sentence) {
    Map<String, Double> near = new HashMap<>();
    int after = 0;
    int before = 0;
    List<Word> following = new ArrayList<>();
    List<Word> preceding = new ArrayList<>();
    for (Word w : words) {
      if (w.start() >= n.end() && w.end() <= sentence[1]) {
        following.add(w);
      } else if (w.end() <= n.start() && w.start() >= sentence[0]) {
        preceding.add(0, w);
      }
    }
    for (Word w : following) {
      int crossed = between(counts, n.end(), w.start());
      double v = decay(after++) * Math.pow(0.5, crossed);
      near.merge(w.stem(), v, Math::max);
    }
    for (Word w : preceding) {
      int crossed = between(counts, w.end(), n.start());
      double v = 0.9 * decay(before++) * Math.pow(0.5, crossed);
      near.merge(w.stem(), v, Math::max);
    }
    return near;
  }

  private static double decay(int distance) {
    return distance < 4 ? 1 : Math.max(0.15, 1 - 0.1 * (distance - 3));
  }

  private static int between(List<PressNumber> counts, int from, int to) {
    int k = 0;
    for (PressNumber c : counts) {
      if (c.start() >= from && c.end() <= to) {
        k++;
      }
    }
    return k;
  }

  /** A key's weighed share of stems near the count; 0 unless one of them is close to it. */
  private static double score(Key k, Map<String, Double> near, Map<String, Integer> df) {
    double total = 0;
    double found = 0;
    double closest = 0;
    int matched = 0;
    for (String s : k.stems()) {
      double w = 1 / Math.sqrt(df.getOrDefault(s, 1));
      total += w;
      double v = lookup(near, s);
      if (v > 0) {
        matched++;
      }
      found += w * v;
      closest = Math.max(closest, v);
    }
    if (closest < 0.6) {
      return 0;
    }
    double share = found / total;
    return matched == 1 && k.stems().size() == 1 ? share * 0.85 : share;
  }

  private static double lookup(Map<String, Double> near, String stem) {
    Double v = near.get(stem);
    if (v != null) {
      return v;
    }
    double best = 0;
    if (stem.length() >= 4) {
      for (Map.Entry<String, Double> e : near.entrySet()) {
        String s = e.getKey();
        if (s.length() >= 4 && Math.abs(s.length() - stem.length()) <= 2 && (s.startsWith(stem) || stem.startsWith(s))) {
          best = Math.max(best, e.getValue());
        }
      }
    }
    return best;
  }

  /** A key's weighed share of stems anywhere in the sentence. */
  private static double presence(Key k, Set<String> inSentence, Map<String, Integer> df) {
    double total = 0;
    double found = 0;
    for (String s : k.stems()) {
      double w = 1 / Math.sqrt(df.getOrDefault(s, 1));
      total += w;
      if (inSentence.contains(s)) {
        found += w;
      }
    }
    return total == 0 ? 0 : found / total;
  }

  /** Why the count is of another period (a year, "the year before", "contre"...), or empty. */
  private static String otherPeriod(String text, List<Word> words, List<PressNumber> numbers, PressNumber n, int[] sentence, int year) {
    int clauseEnd = sentence[1];
    for (PressNumber m : numbers) {
      if (m.start() >= n.end() && m.kind() == Kind.COUNT) {
        clauseEnd = Math.min(clauseEnd, m.start());
        break;
      }
    }
    for (int i = n.end(); i < clauseEnd; i++) {
      if ("،,;؛:".indexOf(text.charAt(i)) >= 0) {
        clauseEnd = i;
        break;
      }
    }
    for (PressNumber m : numbers) {
      if (m.kind() == Kind.YEAR && m.start() >= n.end() && m.end() <= clauseEnd && m.longValue() != year) {
        return "given for " + m.longValue();
      }
    }
    int seen = 0;
    for (int i = words.size() - 1; i >= 0; i--) {
      Word w = words.get(i);
      if (w.end() <= n.start() && w.start() >= sentence[0]) {
        if (PREVIOUS_BEFORE.contains(w.stem())) {
          return "another period (\"" + text.substring(w.start(), w.end()) + "\")";
        }
        if (++seen >= 3) {
          break;
        }
      }
    }
    for (Word w : words) {
      if (w.start() >= n.end() && w.end() <= clauseEnd && PREVIOUS_AFTER.contains(w.stem())) {
        return "another period (\"" + text.substring(w.start(), w.end()) + "\")";
      }
    }
    return "";
  }

  /** The sentences of a text as [start, end) spans: ended by . ! ? ؟ or a line break, a dot between digits excepted. */
  private static int[][] sentences(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || c == '!' || c == '?' || c == '؟'
          || c == '.' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
      if (end) {
        if (i > start) {
          out.add(new int[] {start, i + 1});
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(new int[] {start, text.length()});
    }
    return out.toArray(new int[0][]);
  }

  private static int[] sentenceOf(int[][] sentences, int at) {
    for (int[] s : sentences) {
      if (at >= s[0] && at < s[1]) {
        return s;
      }
    }
    return new int[] {0, 0};
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
