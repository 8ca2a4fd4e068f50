package org.example.api;

/** A greeting, as the last release had it. */
public final class Greeting {
  private Greeting() {}

  /** Hello. */
  public static String hello() {
    return "hello";
  }

  /** Goodbye. */
  public static String goodbye() {
    return "goodbye";
  }
}
