package io.hasila.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Looks up Hasila's enum constants by their stable lower-case {@link Labelled#code() code}. */
public final class Codes {
  private Codes() {}

  /** The codes of an enum's constants by ordinal, computed once per enum. */
  private static final ClassValue<String[]> CODES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          if (constants == null) {
            return new String[0];
          }
          String[] codes = new String[constants.length];
          for (int i = 0; i < codes.length; i++) {
            codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
          }
          return codes;
        }
      };

  /** The standard code of an enum constant: its name in lower case. */
  static String of(Enum<?> constant) {
    String[] codes = CODES.get(constant.getDeclaringClass());
    int i = constant.ordinal();
    return i < codes.length ? codes[i] : constant.name().toLowerCase(Locale.ROOT);
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
