package io.hasila.tally;

import io.hasila.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Other names of a category, in Arabic, French and English: the words a press text uses for it
 * beside its {@link Category#labels() labels}, such as {@code بيان حقيقة} or {@code démentis} for
 * rebuttals. Optional; none unless set.
 */
@Value.Immutable
public abstract class Synonyms {
  Synonyms() {}

  /** The Arabic synonyms, in the order written. */
  public abstract List<String> ar();

  /** The French synonyms, in the order written. */
  public abstract List<String> fr();

  /** The English synonyms, in the order written. */
  public abstract List<String> en();

  /** No synonyms in any language. */
  public static Synonyms none() {
    return builder().build();
  }

  /** Synonyms from their Arabic, French and English lists. */
  public static Synonyms of(List<String> ar, List<String> fr, List<String> en) {
    return builder().ar(ar).fr(fr).en(en).build();
  }

  /** A builder for synonyms. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Synonyms}; {@code build()} validates them. */
  public static final class Builder extends ImmutableSynonyms.Builder {
    Builder() {}
  }

  /** Whether there is no synonym in any language. */
  public boolean isEmpty() {
    return ar().isEmpty() && fr().isEmpty() && en().isEmpty();
  }

  /** The synonyms of a locale's language: Arabic, French, or English for any other language. */
  public List<String> get(Locale locale) {
    switch (locale.getLanguage()) {
      case "ar":
        return ar();
      case "fr":
        return fr();
      default:
        return en();
    }
  }

  /** Every synonym: the Arabic ones, then the French, then the English. */
  public List<String> all() {
    List<String> out = new ArrayList<>(ar());
    out.addAll(fr());
    out.addAll(en());
    return List.copyOf(out);
  }

  @Value.Check
  void check() {
    ar().forEach(s -> Checks.notBlank("Synonyms", "ar", s));
    fr().forEach(s -> Checks.notBlank("Synonyms", "fr", s));
    en().forEach(s -> Checks.notBlank("Synonyms", "en", s));
  }
}
