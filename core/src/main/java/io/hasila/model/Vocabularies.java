package io.hasila.model;

import io.hasila.internal.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The codes a reader accepts in each {@link Vocabulary}: the well-known terms plus those an
 * institution declared.
 *
 * <p>Start from {@link #standard()} and add declarations with {@link #with}; a declared term
 * replaces a well-known one with the same code (to relabel it). Readers of every format take one
 * of these and reject a code it does not hold, naming the closest one it does. Immutable and
 * thread safe.
 */
public final class Vocabularies {
  private static final Vocabularies STANDARD = new Vocabularies(List.of());

  private final List<Term> declared;
  private final Map<Vocabulary<?>, Map<String, Term>> byVocabulary = new IdentityHashMap<>();

  private Vocabularies(List<Term> declared) {
    this.declared = List.copyOf(declared);
    for (Term t : this.declared) {
      own(t.vocabulary()).put(t.code(), t);
    }
  }

  /** The well-known terms of every vocabulary and no declared ones. */
  public static Vocabularies standard() {
    return STANDARD;
  }

  /** These vocabularies with {@code terms} declared too; a declared term replaces any term with its code. */
  public Vocabularies with(Collection<? extends Term> terms) {
    Objects.requireNonNull(terms, "terms");
    if (terms.isEmpty()) {
      return this;
    }
    Map<String, Term> merged = new LinkedHashMap<>();
    for (Term t : declared) {
      merged.put(t.vocabulary().name() + ' ' + t.code(), t);
    }
    for (Term t : terms) {
      Objects.requireNonNull(t, "terms");
      merged.put(t.vocabulary().name() + ' ' + t.code(), t);
    }
    return new Vocabularies(new ArrayList<>(merged.values()));
  }

  /** These vocabularies with {@code terms} declared too. */
  public Vocabularies with(Term... terms) {
    return with(List.of(terms));
  }

  /** The term of {@code vocabulary} with this code, declared or well-known, if there is one. */
  public <T extends Term> Optional<T> find(Vocabulary<T> vocabulary, String code) {
    Map<String, Term> own = byVocabulary.get(vocabulary);
    Term t = own == null ? null : own.get(code);
    if (t == null) {
      return vocabulary.wellKnown(code);
    }
    return Optional.of(vocabulary.termType().cast(t));
  }

  /** Every term of {@code vocabulary}: the well-known ones (relabelled where declared), then the other declared ones. */
  public <T extends Term> List<T> terms(Vocabulary<T> vocabulary) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T t : vocabulary.wellKnown()) {
      out.put(t.code(), t);
    }
    Map<String, Term> own = byVocabulary.getOrDefault(vocabulary, Map.of());
    own.forEach((code, t) -> out.put(code, vocabulary.termType().cast(t)));
    return List.copyOf(out.values());
  }

  /** The codes of every term of {@code vocabulary}, in the order of {@link #terms}. */
  public List<String> codes(Vocabulary<?> vocabulary) {
    List<String> out = new ArrayList<>();
    for (Term t : terms(vocabulary)) {
      out.add(t.code());
    }
    return out;
  }

  /** The known code closest to an unknown one, if one is close enough to be a typo of it. */
  public Optional<String> closest(Vocabulary<?> vocabulary, String code) {
    return Suggest.closest(code, codes(vocabulary));
  }

  /** The terms declared on top of the well-known ones, in declaration order. */
  public List<Term> declared() {
    return declared;
  }

  /** Every vocabulary the model's descriptions use, themes first, then in the order the descriptions name them. */
  public static List<Vocabulary<?>> all() {
    return Known.ALL;
  }

  /** The vocabulary with this name, e.g. {@code platform}, if the model uses one. */
  public static Optional<Vocabulary<?>> named(String name) {
    for (Vocabulary<?> v : Known.ALL) {
      if (v.name().equals(name)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Vocabularies && ((Vocabularies) o).declared.equals(declared)
        && labelsEqual(((Vocabularies) o).declared, declared);
  }

  private static boolean labelsEqual(List<Term> a, List<Term> b) {
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).labels().equals(b.get(i).labels())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return declared.hashCode();
  }

  @Override
  public String toString() {
    return "Vocabularies" + declared;
  }

  private Map<String, Term> own(Vocabulary<?> v) {
    return byVocabulary.computeIfAbsent(v, k -> new LinkedHashMap<>());
  }

  /** The vocabularies, collected once from the descriptions. */
  private static final class Known {
    static final List<Vocabulary<?>> ALL;

    static {
      Set<Vocabulary<?>> found = new LinkedHashSet<>();
      found.add(Theme.VOCABULARY);
      List<RecordType<?>> types = new ArrayList<>(ActivityType.all());
      types.add(AudienceSnapshot.TYPE);
      for (RecordType<?> t : types) {
        collect(t, found);
      }
      ALL = List.copyOf(found);
    }

    private static void collect(RecordType<?> type, Set<Vocabulary<?>> found) {
      for (Property<?, ?> p : type.properties()) {
        p.type().vocabulary().ifPresent(found::add);
        p.type().recordType().ifPresent(r -> collect(r, found));
      }
    }
  }
}
