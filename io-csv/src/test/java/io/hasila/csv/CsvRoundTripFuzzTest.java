package io.hasila.csv;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the CSV writer and reader together with Jazzer: any text put into a valid activity is
 * written in every dialect (formula marks, quotes, delimiters, line breaks) and read back
 * unchanged, or refused by the writer in the library's words.
 */
final class CsvRoundTripFuzzTest {
  @FuzzTest(maxDuration = "2h")
  void roundTrip(FuzzedDataProvider data) {
    long seed = data.consumeLong();
    Fuzzing.roundTrip(seed, () -> data.remainingBytes() == 0 ? null : text(data));
  }

  /** Text with anything in it: any characters, lone surrogates included, now and then. */
  static String text(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      return data.consumeString(40);
    }
    StringBuilder sb = new StringBuilder();
    for (int n = data.consumeInt(0, 12); n > 0 && data.remainingBytes() > 0; n--) {
      sb.append(data.consumeChar());
    }
    return sb.toString();
  }
}
