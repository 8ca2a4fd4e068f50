package io.hasila.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures every measured tool computes, so that their results can be checked equal: the number
 * of activities by type code and month of their date ({@code yyyy-MM}), the sum of campaign
 * participants, and the number of distinct counterpart ids met in community meetings.
 */
public final class Figures {
  private final Map<String, Long> byTypeMonth = new TreeMap<>();
  private long records;
  private long participants;
  private long distinctCounterparts;

  /** Adds {@code count} activities of a type in a month. */
  public Figures count(String typeCode, String yearMonth, long count) {
    byTypeMonth.merge(typeCode + " " + yearMonth, count, Long::sum);
    records += count;
    return this;
  }

  /** Sets the sum of participants. */
  public Figures participants(long sum) {
    this.participants = sum;
    return this;
  }

  /** Sets the number of distinct counterparts. */
  public Figures distinctCounterparts(long count) {
    this.distinctCounterparts = count;
    return this;
  }

  /** How many activities were counted. */
  public long records() {
    return records;
  }

  /** The figures as canonical text, one per line. */
  public String canonical() {
    StringBuilder sb = new StringBuilder();
    byTypeMonth.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
    sb.append("participants ").append(participants).append('\n');
    sb.append("distinct_counterparts ").append(distinctCounterparts).append('\n');
    return sb.toString();
  }

  /** A short digest of {@link #canonical()}: equal digests, equal figures. */
  public String digest() {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        sb.append(String.format("%02x", h[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line for a log: records, participants, distinct counterparts, digest. */
  public String summary() {
    return "records=" + records + " participants=" + participants + " counterparts=" + distinctCounterparts
        + " digest=" + digest();
  }
}
