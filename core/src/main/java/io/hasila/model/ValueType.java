package io.hasila.model;

import io.hasila.internal.FastParse;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The type of a described {@link Property}'s values: what the formats read and write for it and
 * what generators draw.
 *
 * <p>Each value type has a {@link Kind}; a {@link Kind#CODE code} names its {@link Vocabulary}, a
 * {@link Kind#RECORD record} its {@link RecordType}, a number its {@link #minimum()}. Scalar values
 * have one canonical text form, the one every Hasila format writes ({@link #format}) and reads
 * ({@link #parse}): ISO dates, ISO zoned date-times, decimal numbers. Immutable and thread safe.
 *
 * @param <V> the Java type of the values
 */
public final class ValueType<V> {
  /** What kind of value a property holds. */
  public enum Kind {
    /** A string with at least one non-blank character. */
    TEXT,
    /** A BCP 47 language tag such as {@code ar} or {@code fr-MA}. */
    LANGUAGE,
    /** True or false. */
    BOOLEAN,
    /** A whole number that fits an {@code int}. */
    INTEGER,
    /** A whole number that fits a {@code long}. */
    LONG,
    /** A calendar date. */
    DATE,
    /** A date and time with its offset and zone. */
    DATE_TIME,
    /** A URI (RFC 3986). */
    URI,
    /** A code of a {@link Vocabulary}. */
    CODE,
    /** A nested record described by a {@link RecordType}. */
    RECORD
  }

  private static final ValueType<String> TEXT = new ValueType<>(Kind.TEXT, String.class, null, null, null);
  private static final ValueType<String> LANGUAGE = new ValueType<>(Kind.LANGUAGE, String.class, null, null, null);
  private static final ValueType<Boolean> BOOLEAN = new ValueType<>(Kind.BOOLEAN, Boolean.class, null, null, null);
  private static final ValueType<LocalDate> DATE = new ValueType<>(Kind.DATE, LocalDate.class, null, null, null);
  private static final ValueType<ZonedDateTime> DATE_TIME =
      new ValueType<>(Kind.DATE_TIME, ZonedDateTime.class, null, null, null);
  private static final ValueType<URI> URI_TYPE = new ValueType<>(Kind.URI, URI.class, null, null, null);
  private static final ValueType<Long> COUNT = new ValueType<>(Kind.LONG, Long.class, 0L, null, null);

  private final Kind kind;
  private final Class<V> javaType;
  private final Long minimum;
  private final Vocabulary<?> vocabulary;
  private final RecordType<?> recordType;

  private ValueType(Kind kind, Class<V> javaType, Long minimum, Vocabulary<?> vocabulary, RecordType<?> recordType) {
    this.kind = kind;
    this.javaType = javaType;
    this.minimum = minimum;
    this.vocabulary = vocabulary;
    this.recordType = recordType;
  }

  static ValueType<String> text() {
    return TEXT;
  }

  static ValueType<String> language() {
    return LANGUAGE;
  }

  static ValueType<Boolean> bool() {
    return BOOLEAN;
  }

  static ValueType<LocalDate> date() {
    return DATE;
  }

  static ValueType<ZonedDateTime> dateTime() {
    return DATE_TIME;
  }

  static ValueType<URI> uri() {
    return URI_TYPE;
  }

  /** A {@code long} from 0 up. */
  static ValueType<Long> count() {
    return COUNT;
  }

  /** An {@code int} from {@code minimum} up. */
  static ValueType<Integer> integer(int minimum) {
    return new ValueType<>(Kind.INTEGER, Integer.class, (long) minimum, null, null);
  }

  static <T extends Term> ValueType<T> code(Vocabulary<T> vocabulary) {
    return new ValueType<>(Kind.CODE, vocabulary.termType(), null, vocabulary, null);
  }

  static <R> ValueType<R> record(RecordType<R> type) {
    return new ValueType<>(Kind.RECORD, type.javaType(), null, null, type);
  }

  /** What kind of value this is. */
  public Kind kind() {
    return kind;
  }

  /** The Java type of the values, e.g. {@code LocalDate.class}. */
  public Class<V> javaType() {
    return javaType;
  }

  /** The smallest value allowed, for numbers; empty for other kinds. */
  public OptionalLong minimum() {
    return minimum == null ? OptionalLong.empty() : OptionalLong.of(minimum);
  }

  /** The largest value allowed, for numbers: the largest {@code int} or {@code long}; empty for other kinds. */
  public OptionalLong maximum() {
    switch (kind) {
      case INTEGER:
        return OptionalLong.of(Integer.MAX_VALUE);
      case LONG:
        return OptionalLong.of(Long.MAX_VALUE);
      default:
        return OptionalLong.empty();
    }
  }

  /** The vocabulary of a {@link Kind#CODE code}; empty for other kinds. */
  public Optional<Vocabulary<?>> vocabulary() {
    return Optional.ofNullable(vocabulary);
  }

  /** The description of a {@link Kind#RECORD nested record}; empty for other kinds. */
  public Optional<RecordType<?>> recordType() {
    return Optional.ofNullable(recordType);
  }

  /** Whether the values are numbers ({@link Kind#INTEGER} or {@link Kind#LONG}). */
  public boolean isNumber() {
    return kind == Kind.INTEGER || kind == Kind.LONG;
  }

  /**
   * The canonical text of a scalar value: ISO dates and zoned date-times, decimal numbers, {@code
   * true}/{@code false}, a term's code.
   *
   * @throws UnsupportedOperationException for a {@link Kind#RECORD record}
   */
  public String format(V value) {
    Objects.requireNonNull(value, "value");
    switch (kind) {
      case DATE_TIME:
        return DateTimeFormatter.ISO_ZONED_DATE_TIME.format((ZonedDateTime) value);
      case CODE:
        return ((Term) value).code();
      case RECORD:
        throw new UnsupportedOperationException("a record has no single text form: " + recordType.code());
      default:
        return value.toString();
    }
  }

  /**
   * The value of a canonical text, checked against this type's rules (non-blank text, a language
   * tag's shape, the minimum of a number); codes resolve against {@code vocabularies}.
   *
   * @throws IllegalArgumentException if the text is not a value of this type; the message says what
   *     was expected, as in {@link #expected()}
   * @throws UnsupportedOperationException for a {@link Kind#RECORD record}
   */
  public V parse(String text, Vocabularies vocabularies) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(vocabularies, "vocabularies");
    Object v;
    switch (kind) {
      case TEXT:
        v = text.isBlank() ? null : text;
        break;
      case LANGUAGE:
        v = FastParse.isLanguageTag(text) ? text : null;
        break;
      case BOOLEAN:
        v = text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
        break;
      case INTEGER:
      case LONG:
        v = number(text);
        break;
      case DATE:
        try {
          v = FastParse.isoDate(text);
        } catch (DateTimeException e) {
          v = null;
        }
        break;
      case DATE_TIME:
        try {
          v = FastParse.isoZonedDateTime(text);
        } catch (DateTimeException e) {
          v = null;
        }
        break;
      case URI:
        try {
          v = new URI(text);
        } catch (URISyntaxException e) {
          v = null;
        }
        break;
      case CODE:
        v = vocabularies.find(vocabulary, text).orElse(null);
        break;
      case RECORD:
      default:
        throw new UnsupportedOperationException("a record has no single text form: " + recordType.code());
    }
    if (v == null) {
      throw new IllegalArgumentException(expected());
    }
    return javaType.cast(v);
  }

  private Object number(String text) {
    int n = text.length();
    if (n == 0 || n > 20) {
      return null;
    }
    for (int i = text.charAt(0) == '-' && n > 1 ? 1 : 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
    if (value < minimum || value > maximum().getAsLong()) {
      return null;
    }
    return kind == Kind.INTEGER ? Integer.valueOf((int) value) : Long.valueOf(value);
  }

  /** What a value of this type looks like, in words, for messages: "an ISO date (yyyy-MM-dd)". */
  public String expected() {
    switch (kind) {
      case TEXT:
        return "a text with at least one non-blank character";
      case LANGUAGE:
        return "a BCP 47 language tag such as \"ar\" or \"fr-MA\"";
      case BOOLEAN:
        return "true or false";
      case INTEGER:
      case LONG:
        return "a whole number from " + minimum + " to " + maximum().getAsLong();
      case DATE:
        return "an ISO date (yyyy-MM-dd)";
      case DATE_TIME:
        return "an ISO zoned date-time such as \"2020-03-20T10:15:00+01:00[Africa/Casablanca]\"";
      case URI:
        return "a URI (RFC 3986)";
      case CODE:
        return "a code of " + vocabulary.name();
      case RECORD:
      default:
        return "a " + recordType.code();
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case CODE:
        return "code of " + vocabulary.name();
      case RECORD:
        return "record " + recordType.code();
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
