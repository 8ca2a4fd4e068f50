/**
 * Hasila's press reader: numbers in Arabic and French prose, and the import of a press release
 * into a draft published tally whose every figure carries its evidence.
 */
module io.hasila.press {
  requires transitive io.hasila.core;

  exports io.hasila.press;
}
