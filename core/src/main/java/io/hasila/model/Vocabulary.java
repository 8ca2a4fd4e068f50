package io.hasila.model;

import io.hasila.internal.Checks;
import io.hasila.internal.FastParse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An open code list such as the platforms or the kinds of media outlet: its well-known {@link Term
 * terms} and the way to make further ones.
 *
 * <p>Every coded property of the model names its vocabulary in its {@link Property description}.
 * The well-known terms come with Hasila; an institution declares others (a platform renamed, a new
 * kind of production) in a vocabulary file or through {@link Vocabularies#with}. A code nobody
 * declared is an error when a file is read, never silently mapped to "other". Immutable and thread
 * safe.
 *
 * @param <T> the term type
 */
public final class Vocabulary<T extends Term> {
  private final String name;
  private final Labels labels;
  private final Class<T> termType;
  private final Factory<T> factory;
  /** The well-known terms, each added once by the term type's static initializer, in declaration order. */
  private final List<T> wellKnown = new ArrayList<>();
  private final List<T> wellKnownView = Collections.unmodifiableList(wellKnown);
  private final Map<String, T> byCode = new LinkedHashMap<>();

  /** Makes a term of a vocabulary: the term type's constructor. */
  interface Factory<T extends Term> {
    T make(Vocabulary<T> vocabulary, String code, Labels labels);
  }

  private Vocabulary(String name, Labels labels, Class<T> termType, Factory<T> factory) {
    this.name = name;
    this.labels = labels;
    this.termType = termType;
    this.factory = factory;
  }

  /** A vocabulary without terms yet; its term type's constants are added with {@link #define}. */
  static <T extends Term> Vocabulary<T> of(String name, Labels labels, Class<T> termType, Factory<T> factory) {
    Checks.check(
        FastParse.isThemeId(name), "Vocabulary", "name", "must be lower case letters and digits joined by '_'", name);
    return new Vocabulary<>(name, labels, termType, factory);
  }

  /** A well-known term, defined once by the term type's static initializer. */
  T define(String code, String ar, String fr, String en) {
    T t = factory.make(this, code, Labels.of(ar, fr, en));
    Checks.check(byCode.putIfAbsent(code, t) == null, "Vocabulary", "wellKnown", "must have distinct codes", code);
    wellKnown.add(t);
    return t;
  }

  /** The vocabulary's name in files, e.g. {@code outlet_kind}. */
  public String name() {
    return name;
  }

  /** What the vocabulary lists, in Arabic, French and English. */
  public Labels labels() {
    return labels;
  }

  /** The class of its terms, e.g. {@code OutletKind.class}. */
  public Class<T> termType() {
    return termType;
  }

  /** The terms Hasila knows without any declaration, in a stable order. */
  public List<T> wellKnown() {
    return wellKnownView;
  }

  /** The well-known term with this code, if there is one. */
  public Optional<T> wellKnown(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * A term of this vocabulary, to declare a code the well-known ones lack or to relabel one.
   *
   * @throws IllegalArgumentException if the code is not lower case letters and digits joined by
   *     {@code _}, {@code -} or {@code .}
   */
  public T term(String code, Labels labels) {
    return factory.make(this, Objects.requireNonNull(code, "code"), Objects.requireNonNull(labels, "labels"));
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
