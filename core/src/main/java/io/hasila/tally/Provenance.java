package io.hasila.tally;

import io.hasila.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * Where a figure comes from: computed from records, published in a document, or derived from other
 * figures by a formula.
 *
 * <p>A derived figure is never presented as published: when a source gives only a growth rate,
 * the base it implies is {@link Derived}.
 */
public sealed interface Provenance {

  /** The kind of provenance, for display and file formats. */
  Kind kind();

  /** Computed from {@code inputs} records (activities, meetings or account snapshots). */
  static Provenance computed(long inputs) {
    return new Computed(inputs);
  }

  /** Published in the source. */
  static Provenance published(Source source) {
    return new Published(source);
  }

  /** Derived from the figures named in {@code from} by {@code formula}. */
  static Provenance derived(String formula, List<String> from) {
    return new Derived(formula, from);
  }

  /** The three kinds of provenance. */
  enum Kind {
    /** Computed from records. */
    COMPUTED,
    /** Copied from a published document. */
    PUBLISHED,
    /** Derived from other figures by a formula. */
    DERIVED
  }

  /** Computed from a number of records. */
  record Computed(long inputs) implements Provenance {
    /** Validates the number of inputs. */
    public Computed {
      Checks.notNegative("Computed", "inputs", inputs);
    }

    @Override
    public Kind kind() {
      return Kind.COMPUTED;
    }
  }

  /** Copied from a published document. */
  record Published(Source source) implements Provenance {
    /** Validates the source. */
    public Published {
      Objects.requireNonNull(source, "source");
    }

    @Override
    public Kind kind() {
      return Kind.PUBLISHED;
    }
  }

  /** Derived from other figures by a formula, e.g. {@code 225191 / (1 + 574 / 100)}. */
  record Derived(String formula, List<String> from) implements Provenance {
    /** Validates and copies the formula and the figures it uses. */
    public Derived {
      Checks.notBlank("Derived", "formula", Objects.requireNonNull(formula, "formula"));
      from = List.copyOf(from);
      Checks.notEmpty("Derived", "from", from);
    }

    @Override
    public Kind kind() {
      return Kind.DERIVED;
    }
  }
}
