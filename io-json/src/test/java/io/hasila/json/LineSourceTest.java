package io.hasila.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class LineSourceTest {
  private static int naive(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return to;
  }

  @Test
  @DisplayName("the word-at-a-time line feed search finds what a byte loop finds")
  void indexOfLineFeedAgreesWithByteLoop() {
    Random random = new Random(42);
    byte[] interesting = {'\n', 0x0B, 0x09, 0x0A + (byte) 0x80, (byte) 0x8A, 0, (byte) 0xFF, 'a', 0x01};
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextInt(3) == 0 ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      int to = from + random.nextInt(b.length - from + 1);
      assertEquals(naive(b, from, to), LineSource.indexOfLineFeed(b, from, to));
    }
  }
}
