package io.hasila.tally;

import io.hasila.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import org.immutables.value.Value;

/** A range of days, both ends included: the period a tally covers, or the range of a date selector. */
@Value.Immutable
public abstract class DateRange {
  DateRange() {}

  /** The first day of the range. */
  @Value.Parameter
  @SuppressWarnings("immutables:from") // the builder's from(DateRange) copy is not needed for two fields
  public abstract LocalDate from();

  /** The last day of the range, included. */
  @Value.Parameter
  public abstract LocalDate to();

  /** The days from {@code from} to {@code to}, both included. */
  public static DateRange of(LocalDate from, LocalDate to) {
    return ImmutableDateRange.of(from, to);
  }

  /** A calendar year, January 1 to December 31. */
  public static DateRange ofYear(int year) {
    Year y = Year.of(year);
    return of(y.atDay(1), y.atMonth(12).atEndOfMonth());
  }

  /** Whether the day lies in the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  @Override
  public String toString() {
    return from() + ".." + to();
  }

  @Value.Check
  void check() {
    Checks.check(!to().isBefore(from()), "DateRange", "to", "must not be before from " + from(), to());
  }
}
