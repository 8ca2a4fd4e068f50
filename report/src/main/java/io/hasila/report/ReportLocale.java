package io.hasila.report;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.NoUnit;
import com.ibm.icu.util.ULocale;
import io.hasila.model.Labels;
import io.hasila.tally.Change;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language and digits a report is written in: numbers, percentages and the report's fixed
 * words, per locale, through ICU.
 *
 * <p>Three languages: Arabic, French and English. Arabic is written as in Morocco ({@code ar-MA}):
 * Latin digits unless {@link #withArabicIndicDigits()} asks for Arabic-Indic ones; French ({@code
 * fr}) groups digits with a narrow no-break space (U+202F) and writes {@code +574,0 %}; English
 * writes {@code 4,202} and {@code +574.0%}. The words come from one UTF-8 bundle per language
 * ({@code words_ar.properties}, {@code words_fr.properties}, {@code words_en.properties}); the
 * labels of categories, outcomes of comparisons and messages of broken rules come from core.
 * Immutable and thread-safe.
 */
public final class ReportLocale {
  private static final String BUNDLE = "/io/hasila/report/internal/words_";
  private static final Map<String, Map<String, String>> WORDS = new ConcurrentHashMap<>();

  private final ULocale locale;
  private final String language;
  private final Map<String, String> words;
  private final LocalizedNumberFormatter integers;
  private final LocalizedNumberFormatter percents;

  private ReportLocale(ULocale locale) {
    this.locale = locale;
    this.language = locale.getLanguage();
    this.words = WORDS.computeIfAbsent(language, ReportLocale::load);
    this.integers = NumberFormatter.withLocale(locale);
    this.percents =
        NumberFormatter.withLocale(locale)
            .unit(NoUnit.PERCENT)
            .precision(Precision.fixedFraction(1))
            .sign(NumberFormatter.SignDisplay.EXCEPT_ZERO);
  }

  /**
   * The locale of a language tag: {@code ar} (written as {@code ar-MA}), {@code fr}, {@code en}, or
   * a tag of one of these languages with a region, such as {@code fr-FR}, {@code ar-MA} or {@code
   * en-GB}, whose numbers are written as ICU writes them there.
   *
   * @throws IllegalArgumentException if the tag is not of Arabic, French or English
   */
  public static ReportLocale of(String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    ULocale l = ULocale.forLanguageTag(languageTag.trim().replace('_', '-'));
    String lang = l.getLanguage();
    if (!lang.equals("ar") && !lang.equals("fr") && !lang.equals("en")) {
      throw new IllegalArgumentException("language must be ar, fr or en (a tag such as ar-MA or fr-FR) but was: " + languageTag);
    }
    if (lang.equals("ar") && l.getCountry().isEmpty()) {
      l = new ULocale.Builder().setLocale(l).setRegion("MA").build();
    }
    return new ReportLocale(l);
  }

  /** The same language written with Arabic-Indic digits ({@code ٤٬٢٠٢}), as {@code --digits arab} asks. */
  public ReportLocale withArabicIndicDigits() {
    return new ReportLocale(new ULocale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "arab").build());
  }

  /** The locale, e.g. {@code ar-MA} or {@code ar-MA-u-nu-arab}. */
  public Locale locale() {
    return locale.toLocale();
  }

  /** The language: {@code ar}, {@code fr} or {@code en}. */
  public String language() {
    return language;
  }

  /** Whether the language is written right to left (Arabic). */
  public boolean rightToLeft() {
    return language.equals("ar");
  }

  /** A whole number as the locale writes it: {@code 4 202} (U+202F) in French, {@code 4,202} in English, {@code 4.202} in Moroccan Arabic. */
  public String formatNumber(long n) {
    return integers.format(n).toString();
  }

  /** A percentage with one decimal place and its sign: {@code +574,0 %} in French, {@code +574.0%} in English. */
  public String formatPercent(BigDecimal percent) {
    return percents.format(Objects.requireNonNull(percent, "percent")).toString();
  }

  /**
   * A row of a comparison as a report shows it: the growth rate ({@code +574,0 %}), computed half up
   * to one decimal by {@link Change#growthPercent()}, or the outcome in the report's language
   * ({@code nouveau}, {@code non publié}, ...).
   */
  public String formatChange(Change change) {
    Objects.requireNonNull(change, "change");
    return change.growthPercent().map(this::formatPercent).orElseGet(() -> change.growthText(locale()));
  }

  /** A label in the report's language. */
  public String label(Labels labels) {
    return labels.get(locale());
  }

  /**
   * A fixed word or phrase of the report from the language's bundle, e.g. {@code header.category};
   * its {@code {0}}, {@code {1}}... are replaced by {@code arguments} (numbers written as the locale
   * writes them).
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public String word(String key, Object... arguments) {
    String pattern = words.get(Objects.requireNonNull(key, "key"));
    if (pattern == null) {
      throw new IllegalArgumentException("no report word \"" + key + "\" in " + BUNDLE.substring(1) + language + ".properties");
    }
    return arguments.length == 0 && pattern.indexOf('{') < 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * A count with its unit word in the plural form the language needs, e.g. {@code unit.records}
   * with 11 gives {@code 11 records}, {@code 11 enregistrements}, {@code 11 سجلا}; Arabic has six
   * plural forms (zero, one, two, few, many, other).
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public String formatCount(String unitKey, long n) {
    return word(unitKey, n);
  }

  /** The keys of the bundles, the same in every language. */
  public static Set<String> wordKeys() {
    return Collections.unmodifiableSet(new TreeSet<>(WORDS.computeIfAbsent("en", ReportLocale::load).keySet()));
  }

  private static Map<String, String> load(String language) {
    String name = BUNDLE + language + ".properties";
    try (InputStream in = ReportLocale.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> out = new ConcurrentHashMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }

  /** Two report locales are equal when their ICU locales are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReportLocale && ((ReportLocale) o).locale.equals(locale);
  }

  @Override
  public int hashCode() {
    return locale.hashCode();
  }

  /** The language tag, e.g. {@code ar-MA-u-nu-arab}. */
  @Override
  public String toString() {
    return locale.toLanguageTag();
  }
}
