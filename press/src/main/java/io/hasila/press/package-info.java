/**
 * Reading press releases: {@link io.hasila.press.PressNumbers} finds the numbers of a text with
 * their spans and kinds, and {@link io.hasila.press.PressImport} turns a text and a tally
 * definition into a draft published tally and an {@link io.hasila.press.ImportReport} of the
 * evidence behind each figure.
 */
package io.hasila.press;
