package io.hasila.csv;

import io.hasila.tally.Comparison;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How {@link HasilaCsv#writeTally(java.io.OutputStream, io.hasila.tally.Tally, TallyExport)} lays
 * out a tally: the standard columns, or a table for people in one language.
 *
 * <p>{@link #standard()} is the export of {@link HasilaCsv#writeTally(java.nio.file.Path,
 * io.hasila.tally.Tally)}. {@link #inLanguage} writes one {@code label} column in that language
 * instead of three; {@link #comparedWith} adds the columns {@code previous_value}, {@code change},
 * {@code growth_percent} (one decimal, half up, as {@link io.hasila.tally.Change} computes it) and
 * {@code outcome}; {@link #withWords} replaces the header's column names and the coded values
 * ({@code computed}, {@code published}, {@code derived}, and an outcome's lower-case name such as
 * {@code growth} or {@code not_published}) by the words a reader expects, e.g. in French; {@link
 * #withDecimalSeparator} writes the growth rate with a comma for spreadsheets that expect one.
 * Numbers are written without grouping so spreadsheets read them as numbers. Immutable.
 */
public final class TallyExport {
  private static final TallyExport STANDARD = new TallyExport(null, null, UnaryOperator.identity(), '.');

  private final Locale language;
  private final Comparison comparison;
  private final UnaryOperator<String> words;
  private final char decimalSeparator;

  private TallyExport(Locale language, Comparison comparison, UnaryOperator<String> words, char decimalSeparator) {
    this.language = language;
    this.comparison = comparison;
    this.words = words;
    this.decimalSeparator = decimalSeparator;
  }

  /** The standard export: every column, labels in the three languages, names and codes in English. */
  public static TallyExport standard() {
    return STANDARD;
  }

  /** One {@code label} column in the language of {@code language} (Arabic, French, or English for any other) instead of three. */
  public TallyExport inLanguage(Locale language) {
    return new TallyExport(Objects.requireNonNull(language, "language"), comparison, words, decimalSeparator);
  }

  /** Adds the previous value, the change, the growth rate and the outcome of each category in {@code comparison}, whose later tally is the one exported. */
  public TallyExport comparedWith(Comparison comparison) {
    return new TallyExport(language, Objects.requireNonNull(comparison, "comparison"), words, decimalSeparator);
  }

  /** Writes {@code words.apply(name)} for each column name of the header and each coded value; a null result keeps the name. */
  public TallyExport withWords(UnaryOperator<String> words) {
    Objects.requireNonNull(words, "words");
    return new TallyExport(language, comparison, s -> Optional.ofNullable(words.apply(s)).orElse(s), decimalSeparator);
  }

  /**
   * Writes the growth rate with this decimal separator: {@code '.'} (the default) or {@code ','}.
   *
   * @throws IllegalArgumentException if the separator is neither
   */
  public TallyExport withDecimalSeparator(char separator) {
    if (separator != '.' && separator != ',') {
      throw new IllegalArgumentException("decimal separator must be '.' or ',' but was: '" + separator + "'");
    }
    return new TallyExport(language, comparison, words, separator);
  }

  /** The language of the one label column, if the export has one. */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /** The comparison whose columns are added, if any. */
  public Optional<Comparison> comparison() {
    return Optional.ofNullable(comparison);
  }

  /** The word written for a column name or a coded value. */
  String word(String name) {
    return words.apply(name);
  }

  /** The decimal separator of the growth rate. */
  char decimalSeparator() {
    return decimalSeparator;
  }
}
