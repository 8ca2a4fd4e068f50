package io.hasila.tally;

import io.hasila.internal.Checks;
import io.hasila.internal.FastParse;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The document a published figure comes from: an id, a title, and where known a publisher, a date,
 * a link and the language it is written in.
 *
 * <p>A published tally lists each of its sources once, by id, and its figures refer to them (see
 * {@link Tally#sources()}). The id is a code such as {@code dgsn-2020-tally}; left out, it is made
 * from the first words of the title ({@code annual-report} for "Annual report"), or {@code source}
 * for a title without Latin letters or digits. Two different sources of one tally need different
 * ids.
 */
@Value.Immutable
public abstract class Source {
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
  private static final int ID_WORDS = 4;

  Source() {}

  /**
   * The source's id within a tally, e.g. {@code dgsn-2020-tally}: lower case letters and digits
   * joined by {@code _}, {@code -} or {@code .}; made from the title when left out.
   */
  @Value.Default
  public String id() {
    return idFromTitle(title());
  }

  /** The document's title, or a description of it. */
  public abstract String title();

  /** Who published it, if known. */
  public abstract Optional<String> publisher();

  /** The day it was published, if known. */
  public abstract Optional<LocalDate> date();

  /** Where it can be read, if known. */
  public abstract Optional<URI> url();

  /** The language it is written in, as a BCP 47 tag such as {@code ar} or {@code fr-MA}, if known. */
  public abstract Optional<String> language();

  /** A note on the citation, e.g. how the date was established. */
  public abstract Optional<String> note();

  /** A builder for a source. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; {@code build()} validates it. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  /** A source known only by its title; its id is made from the title. */
  public static Source of(String title) {
    return builder().title(title).build();
  }

  /** The id a source without one gets: the title's first words of Latin letters and digits, in lower case, joined by {@code -}. */
  static String idFromTitle(String title) {
    StringBuilder id = new StringBuilder();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < title.length(); i++) {
      char c = Character.toLowerCase(title.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (!inWord) {
          if (++words > ID_WORDS) {
            break;
          }
          id.append(id.length() == 0 ? "" : "-");
          inWord = true;
        }
        id.append(c);
      } else {
        inWord = false;
      }
    }
    return id.length() == 0 ? "source" : id.toString();
  }

  @Value.Check
  void check() {
    Checks.notBlank("Source", "title", title());
    Checks.check(FastParse.isThemeId(id()), "Source", "id", "must be lower case letters and digits joined by '_', '-' or '.'", id());
    publisher().ifPresent(p -> Checks.notBlank("Source", "publisher", p));
    language().ifPresent(
        l -> Checks.check(LANGUAGE.matcher(l).matches(), "Source", "language", "must be a BCP 47 language tag such as ar or fr-MA", l));
    note().ifPresent(n -> Checks.notBlank("Source", "note", n));
  }
}
