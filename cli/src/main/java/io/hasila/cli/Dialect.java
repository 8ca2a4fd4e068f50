package io.hasila.cli;

import io.hasila.csv.CsvDialect;
import io.hasila.csv.CsvNumbers;
import io.hasila.csv.HasilaCsv;

/** The CSV dialects of {@code --dialect}: how a CSV file is written, and how its numbers are read. */
enum Dialect {
  /** French- or Arabic-locale Excel: BOM, CRLF, ';', numbers such as 3 683 or 3.683. */
  EXCEL_FR("excel-fr", CsvDialect.EXCEL, ';', CsvNumbers.EXCEL_FR),
  /** English-locale Excel: BOM, CRLF, ',', numbers such as 3,683. */
  EXCEL("excel", CsvDialect.EXCEL, ',', CsvNumbers.EXCEL),
  /** RFC 4180 for programs: no BOM, LF, ',', digits only. */
  RFC4180("rfc4180", CsvDialect.PLAIN, ',', CsvNumbers.DIGITS);

  final String code;
  final CsvDialect bytes;
  final char delimiter;
  final CsvNumbers numbers;

  Dialect(String code, CsvDialect bytes, char delimiter, CsvNumbers numbers) {
    this.code = code;
    this.bytes = bytes;
    this.delimiter = delimiter;
    this.numbers = numbers;
  }

  /** The dialect named {@code code}, or null. */
  static Dialect parse(String code) {
    for (Dialect d : values()) {
      if (d.code.equals(code)) {
        return d;
      }
    }
    return null;
  }

  /** The dialect whose numbers are {@code numbers}. */
  static Dialect of(CsvNumbers numbers) {
    for (Dialect d : values()) {
      if (d.numbers == numbers) {
        return d;
      }
    }
    return RFC4180;
  }

  /** The CSV writer settings of this dialect. */
  HasilaCsv writer(HasilaCsv csv) {
    return csv.withDialect(bytes).withDelimiter(delimiter);
  }
}
