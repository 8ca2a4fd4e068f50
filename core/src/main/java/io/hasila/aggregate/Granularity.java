package io.hasila.aggregate;

import io.hasila.model.Labelled;
import io.hasila.model.Labels;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of the periods activities are counted by, from a day to a year. */
public enum Granularity implements Labelled {
  /** A calendar day. */
  DAY("يوم", "jour", "day"),
  /** An ISO-8601 week, Monday to Sunday, numbered in its week-based year. */
  ISO_WEEK("أسبوع", "semaine ISO", "ISO week"),
  /** A calendar month. */
  MONTH("شهر", "mois", "month"),
  /** A calendar quarter: January to March, and so on. */
  QUARTER("فصل", "trimestre", "quarter"),
  /** A calendar year. */
  YEAR("سنة", "année", "year");

  private final Labels labels;

  Granularity(String ar, String fr, String en) {
    this.labels = Labels.of(ar, fr, en);
  }

  /** The first day of the period of this length that contains {@code day}. */
  public LocalDate start(LocalDate day) {
    switch (this) {
      case DAY:
        return day;
      case ISO_WEEK:
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return day.withDayOfMonth(1);
      case QUARTER:
        return day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
      case YEAR:
        return day.withDayOfYear(1);
      default:
        throw new AssertionError(this);
    }
  }

  /** The last day of the period of this length that starts on {@code start}. */
  LocalDate end(LocalDate start) {
    switch (this) {
      case DAY:
        return start;
      case ISO_WEEK:
        return start.plusDays(6);
      case MONTH:
        return start.plusMonths(1).minusDays(1);
      case QUARTER:
        return start.plusMonths(3).minusDays(1);
      case YEAR:
        return start.plusYears(1).minusDays(1);
      default:
        throw new AssertionError(this);
    }
  }

  /** The conventional name of the period starting on {@code start}, e.g. {@code 2020-W05} or {@code 2020-Q1}. */
  String label(LocalDate start) {
    switch (this) {
      case DAY:
        return start.toString();
      case ISO_WEEK:
        return String.format(
            Locale.ROOT,
            "%d-W%02d",
            start.get(IsoFields.WEEK_BASED_YEAR),
            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER:
        return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR:
        return Integer.toString(start.getYear());
      default:
        throw new AssertionError(this);
    }
  }

  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
