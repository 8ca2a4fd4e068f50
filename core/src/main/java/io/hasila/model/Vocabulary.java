package io.hasila.model;

import io.hasila.internal.Checks;
import io.hasila.internal.FastParse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

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
  private final BiFunction<String, Labels, T> factory;
  private final List<T> wellKnown;
  private final Map<String, T> byCode = new LinkedHashMap<>();

  private Vocabulary(
      String name, Labels labels, Class<T> termType, BiFunction<String, Labels, T> factory, List<T> wellKnown) {
    this.name = name;
    this.labels = labels;
    this.termType = termType;
    this.factory = factory;
    this.wellKnown = List.copyOf(wellKnown);
    for (T t : this.wellKnown) {
      Checks.check(byCode.putIfAbsent(t.code(), t) == null, "Vocabulary", "wellKnown", "must have distinct codes", t.code());
    }
  }

  static <T extends Term> Vocabulary<T> of(
      String name, Labels labels, Class<T> termType, BiFunction<String, Labels, T> factory, List<T> wellKnown) {
    Checks.check(
        FastParse.isThemeId(name), "Vocabulary", "name", "must be lower case letters and digits joined by '_'", name);
    return new Vocabulary<>(name, labels, termType, factory, wellKnown);
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
    return wellKnown;
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
    return factory.apply(Objects.requireNonNull(code, "code"), Objects.requireNonNull(labels, "labels"));
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
