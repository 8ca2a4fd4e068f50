package org.example.api;

/** A greeting, now without goodbye(). */
public final class Greeting {
  private Greeting() {}

  /** Hello. */
  public static String hello() {
    return "hello";
  }
}
