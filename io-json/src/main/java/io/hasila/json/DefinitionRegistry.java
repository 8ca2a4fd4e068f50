package io.hasila.json;

import io.hasila.tally.TallyDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The definitions a {@link HasilaJson} was given: what a tally's {@code definitionRef} resolves
 * against, one definition per id and version. Immutable.
 */
final class DefinitionRegistry {
  static final DefinitionRegistry EMPTY = new DefinitionRegistry(List.of());

  private final List<TallyDefinition> all;

  private DefinitionRegistry(List<TallyDefinition> all) {
    this.all = List.copyOf(all);
  }

  /** These definitions and {@code more}; the same definition twice is kept once. */
  DefinitionRegistry with(Collection<TallyDefinition> more) {
    List<TallyDefinition> out = new ArrayList<>(all);
    for (TallyDefinition d : more) {
      Objects.requireNonNull(d, "definitions");
      Optional<TallyDefinition> same = find(out, d.id(), d.version());
      if (same.isPresent()) {
        if (!same.get().equals(d)) {
          throw new IllegalArgumentException(
              "HasilaJson.definitions must hold one definition per id and version but was: two different definitions "
                  + describe(d));
        }
      } else {
        out.add(d);
      }
    }
    return new DefinitionRegistry(out);
  }

  /** Every definition, in the order given. */
  List<TallyDefinition> all() {
    return all;
  }

  /** The definitions with this id, in the order given. */
  List<TallyDefinition> withId(String id) {
    List<TallyDefinition> out = new ArrayList<>();
    for (TallyDefinition d : all) {
      if (d.id().equals(id)) {
        out.add(d);
      }
    }
    return out;
  }

  /** The ids of the definitions, for suggestions. */
  List<String> ids() {
    List<String> out = new ArrayList<>();
    all.forEach(d -> out.add(d.id()));
    return out;
  }

  /** The definition with this id and version (none: the one without a version). */
  Optional<TallyDefinition> find(String id, Optional<String> version) {
    return find(all, id, version);
  }

  /** A registered definition with the id and version of {@code d} that is not {@code d}. */
  Optional<TallyDefinition> conflicting(TallyDefinition d) {
    return find(d.id(), d.version()).filter(other -> !other.equals(d));
  }

  private static Optional<TallyDefinition> find(List<TallyDefinition> in, String id, Optional<String> version) {
    for (TallyDefinition d : in) {
      if (d.id().equals(id) && d.version().equals(version)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** {@code "dgsn.communication.2020" version 2}, or without a version. */
  static String describe(TallyDefinition d) {
    return JsonPaths.quote(d.id()) + d.version().map(v -> " version " + JsonPaths.quote(v)).orElse(" without a version");
  }
}
