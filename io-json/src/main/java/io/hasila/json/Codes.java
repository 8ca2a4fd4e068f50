package io.hasila.json;

import io.hasila.internal.Suggest;
import io.hasila.model.Term;
import io.hasila.model.Vocabularies;
import io.hasila.model.Vocabulary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * Resolves codes read from a file against a reader's {@link Vocabularies}, with a map per
 * vocabulary built on first use, and words the fault for a code nobody declared the same way the
 * CSV module does. Not thread safe: one instance per reading thread.
 */
final class Codes {
  private final Vocabularies vocabularies;
  private final List<Vocabulary<?>> all = Vocabularies.all();
  @SuppressWarnings({"unchecked", "rawtypes"})
  private final Map<String, Term>[] byVocabulary = new Map[all.size()];

  Codes(Vocabularies vocabularies) {
    this.vocabularies = vocabularies;
  }

  /** The vocabularies codes resolve against. */
  Vocabularies vocabularies() {
    return vocabularies;
  }

  /** The term with this code in the vocabulary at {@code index} of {@link Vocabularies#all()}, or null. */
  Term find(int index, String code) {
    Map<String, Term> m = byVocabulary[index];
    if (m == null) {
      m = new HashMap<>();
      for (Term t : vocabularies.terms(all.get(index))) {
        m.put(t.code(), t);
      }
      byVocabulary[index] = m;
    }
    return m.get(code);
  }

  /** The term with this code of the string the parser is on; a fault at that string if nobody declared it. */
  Term read(JsonParser p, int index) {
    String code = JsonValues.string(p);
    Term t = find(index, code);
    if (t == null) {
      throw unknown(p.currentTokenLocation(), JsonPaths.of(p), all.get(index), code);
    }
    return t;
  }

  /** The fault for a code of {@code vocabulary} that is neither well known nor declared. */
  JsonFault unknown(TokenStreamLocation at, String path, Vocabulary<?> vocabulary, String code) {
    return new JsonFault(at, path, expected(vocabularies, vocabulary), found(vocabularies, vocabulary, code), null);
  }

  /** {@code a known code of platform (twitter, facebook, ...)}. */
  static String expected(Vocabularies vocabularies, Vocabulary<?> vocabulary) {
    return "a known code of " + vocabulary.name() + " (" + String.join(", ", vocabularies.codes(vocabulary)) + ")";
  }

  /** {@code "twiter" (did you mean "twitter"?)}. */
  static String found(Vocabularies vocabularies, Vocabulary<?> vocabulary, String code) {
    return JsonPaths.quote(code) + vocabularies.closest(vocabulary, code).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
  }

  /** {@code "podcast" (did you mean "post"?)} among any names. */
  static String found(String name, Iterable<String> known) {
    return JsonPaths.quote(name) + Suggest.didYouMean(name, known);
  }
}
