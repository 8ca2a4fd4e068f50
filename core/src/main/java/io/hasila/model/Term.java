package io.hasila.model;

import io.hasila.internal.Checks;
import io.hasila.internal.FastParse;
import java.util.Objects;

/**
 * One code of an open {@link Vocabulary}, such as the platform {@code twitter} or the outlet kind
 * {@code tv_channel}, with its labels in Arabic, French and English.
 *
 * <p>Two terms are equal when they belong to the same vocabulary and have the same code; labels are
 * presentation and do not take part in equality. Each vocabulary has its own subclass ({@link
 * Platform}, {@link OutletKind}, {@link Theme}, ...) with its well-known terms as constants; an
 * institution declares further codes with that subclass's {@code of(code, labels)} or {@link
 * Vocabulary#term}, and makes them known to readers through {@link Vocabularies}. Immutable and
 * thread safe.
 */
public abstract class Term implements Labelled {
  private final Vocabulary<?> vocabulary;
  private final String code;
  private final Labels labels;

  Term(Vocabulary<?> vocabulary, String code, Labels labels) {
    this(vocabulary, "code", code, labels);
  }

  Term(Vocabulary<?> vocabulary, String field, String code, Labels labels) {
    String type = vocabulary.termType().getSimpleName();
    Objects.requireNonNull(code, field);
    Checks.check(
        FastParse.isThemeId(code), type, field, "must be lower case letters and digits joined by '_', '-' or '.'", code);
    this.vocabulary = vocabulary;
    this.code = code;
    this.labels = Objects.requireNonNull(labels, "labels");
  }

  /** The vocabulary the term belongs to. */
  public Vocabulary<?> vocabulary() {
    return vocabulary;
  }

  /** The stable code written in files, e.g. {@code tv_channel}. */
  @Override
  public final String code() {
    return code;
  }

  /** The labels for display, in Arabic, French and English; not part of equality. */
  @Override
  public final Labels labels() {
    return labels;
  }

  @Override
  public final boolean equals(Object o) {
    return o == this || (o instanceof Term && ((Term) o).vocabulary == vocabulary && ((Term) o).code.equals(code));
  }

  @Override
  public final int hashCode() {
    return code.hashCode();
  }

  /** The code. */
  @Override
  public final String toString() {
    return code;
  }
}
