package io.hasila.json;

import io.hasila.model.Labels;
import io.hasila.model.Theme;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolves theme ids read from a file to themes: known themes first, else a placeholder theme whose
 * labels are its id. Themes are equal by id, so a placeholder equals the theme it stands for.
 */
final class ThemeRegistry {
  /** How many made-up themes are kept, so that an unknown id repeated on many records is checked once. */
  private static final int UNKNOWN_KEPT = 1_024;

  private final Map<String, Theme> byId;
  private final Map<String, Theme> unknown = new java.util.concurrent.ConcurrentHashMap<>();

  private ThemeRegistry(Map<String, Theme> byId) {
    this.byId = byId;
  }

  /** The well-known themes plus {@code extra}; a theme in {@code extra} replaces a well-known one with its id. */
  static ThemeRegistry of(Collection<Theme> extra) {
    Map<String, Theme> m = new LinkedHashMap<>();
    for (Theme t : Theme.wellKnown()) {
      m.put(t.id(), t);
    }
    for (Theme t : extra) {
      m.put(t.id(), t);
    }
    return new ThemeRegistry(m);
  }

  /** A registry with these themes added, replacing themes with the same ids. */
  ThemeRegistry plus(Collection<Theme> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, Theme> m = new LinkedHashMap<>(byId);
    for (Theme t : more) {
      m.put(t.id(), t);
    }
    return new ThemeRegistry(m);
  }

  /** The theme with this id; a placeholder labelled with the id if none is known. Fails on an invalid id. */
  Theme resolve(String id) {
    Theme t = byId.get(id);
    if (t == null) {
      t = unknown.get(id);
    }
    if (t == null) {
      t = Theme.of(id, Labels.of(id, id, id));
      if (unknown.size() < UNKNOWN_KEPT) {
        unknown.putIfAbsent(id, t);
      }
    }
    return t;
  }

  /** The known themes. */
  Collection<Theme> themes() {
    return byId.values();
  }
}
