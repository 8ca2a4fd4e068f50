package io.hasila.csv;

import io.hasila.model.Labelled;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A fast lookup of an enum's constants by their stable {@link Labelled#code() codes}, with a helpful error. */
final class EnumCodes<E extends Enum<E> & Labelled> {
  private final Map<String, E> byCode = new HashMap<>();
  private final String expected;

  EnumCodes(Class<E> type) {
    StringJoiner allowed = new StringJoiner(", ");
    for (E constant : type.getEnumConstants()) {
      byCode.put(constant.code(), constant);
      allowed.add(constant.code());
    }
    this.expected = "one of " + allowed;
  }

  /** The constant with code {@code value}, or a problem in {@code column} listing the codes allowed. */
  E parse(String column, String value) {
    E e = byCode.get(value.strip());
    if (e == null) {
      throw CellProblem.inCell(column, expected, value);
    }
    return e;
  }
}
