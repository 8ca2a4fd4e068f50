package io.hasila.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Looks up Hasila's enum constants by their stable lower-case {@link Labelled#code() code}. */
public final class Codes {
  private Codes() {}

  /** The standard code of an enum constant: its name in lower case. */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant of {@code type} whose code is {@code code}.
   *
   * @throws IllegalArgumentException naming the type, the code found and the codes allowed
   */
  public static <E extends Enum<E> & Labelled> E fromCode(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        type.getSimpleName()
            + " code must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Labelled::code)
                .collect(Collectors.joining(", ", "[", "]"))
            + " but was: \""
            + code
            + "\"");
  }
}
