package io.hasila.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hasila.io.ReadMode;
import io.hasila.io.ReadResult;
import io.hasila.io.Rejection;
import io.hasila.model.AudienceSnapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("whole numbers as French, Arabic and English spreadsheets write them")
final class SpreadsheetNumbersTest {
  private static ReadResult<AudienceSnapshot> read(CsvRecordReader<AudienceSnapshot> reader, char delimiter, String... followers) {
    StringBuilder csv = new StringBuilder("platform" + delimiter + "account" + delimiter + "date" + delimiter + "followers\n");
    for (int i = 0; i < followers.length; i++) {
      csv.append("facebook").append(delimiter).append("a").append(delimiter).append("2020-12-").append(10 + i).append(delimiter)
          .append('"').append(followers[i]).append("\"\n");
    }
    return reader.withMode(ReadMode.LENIENT).read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "snapshots.csv");
  }

  private static List<Long> followers(ReadResult<AudienceSnapshot> r) {
    return r.accepted().stream().map(AudienceSnapshot::followers).collect(Collectors.toList());
  }

  @Test
  @DisplayName("a French or Arabic spreadsheet's forms read as the count: spaces of three kinds, '.', the Arabic separator, Arabic-Indic digits")
  void frenchAndArabic() {
    ReadResult<AudienceSnapshot> r =
        read(HasilaCsv.create().snapshotReader().withNumbers(CsvNumbers.EXCEL_FR), ';',
            "3683", "3 683", "3\u00A0683", "3\u202F683", "3.683", "٣٦٨٣", "٣٬٦٨٣", "۳۶۸۳", "225 191", "1.234.567", " 3 683 ");
    assertEquals(List.of(), r.rejected());
    assertEquals(List.of(3683L, 3683L, 3683L, 3683L, 3683L, 3683L, 3683L, 3683L, 225191L, 1234567L, 3683L), followers(r));
  }

  @Test
  @DisplayName("groups must be of three digits with one separator, and the other punctuation mark is a decimal mark, refused")
  void badGroupsRefused() {
    ReadResult<AudienceSnapshot> r =
        read(HasilaCsv.create().snapshotReader().withNumbers(CsvNumbers.EXCEL_FR), ';', "36 83", "3 6830", "3.683 000", "3,683", "3 683,5", "-3 683", "3..683", ". 683");
    assertEquals(0, r.accepted().size());
    assertEquals(
        "snapshots.csv line 2, followers: expected a whole number from 0 to 9223372036854775807 (digits, or groups of three separated by a space or '.') but found \"36 83\"",
        r.rejected().get(0).describe());
    ReadResult<AudienceSnapshot> english = read(HasilaCsv.create().snapshotReader().withNumbers(CsvNumbers.EXCEL), ',', "3,683", "3 683", "3.683");
    assertEquals(List.of(3683L, 3683L), followers(english));
    assertEquals(List.of("\"3.683\""), english.rejected().stream().map(Rejection::reason).map(s -> s.substring(s.indexOf("found ") + 6)).collect(Collectors.toList()));
  }

  @Test
  @DisplayName("digits only unless told: '3 683' is refused in the library's usual words")
  void digitsByDefault() {
    ReadResult<AudienceSnapshot> r = read(HasilaCsv.create().snapshotReader(), ',', "3683", "3 683", "٣٦٨٣");
    assertEquals(List.of(3683L), followers(r));
    assertEquals(
        "expected a whole number from 0 to 9223372036854775807 (digits only) but found \"3 683\"", r.rejected().get(0).reason());
  }

  @Test
  @DisplayName("detected from the delimiter: ';' assumes a French or Arabic spreadsheet, ',' an English one, and the stream says so")
  void detected() {
    CsvRecordReader<AudienceSnapshot> reader = HasilaCsv.create().snapshotReader().withDetectedNumbers();
    assertEquals(List.of(3683L, 3683L), followers(read(reader, ';', "3.683", "3 683")));
    assertEquals(List.of(3683L), followers(read(reader, ',', "3,683")));
    String csv = "platform;account;date;followers\nfacebook;a;2020-12-31;191.903\n";
    try (HasilaCsvReader<AudienceSnapshot> in = reader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "s.csv")) {
      assertEquals(191_903L, in.next().followers());
      assertEquals(CsvNumbers.EXCEL_FR, in.numbers());
      assertEquals(';', in.delimiter());
    }
  }
}
