package cn.cadre.lms.tracking.control;

import java.time.Instant;

/** Consecutive heartbeats of one session with the same verdict, as stored in study_segment. */
public final class Segment {

  private final int firstSeq;
  private final Instant from;
  private final Reason reason;
  private int lastSeq;
  private Instant to;
  private int seconds;
  private int counted;

  Segment(int seq, Instant from, Instant to, int seconds, int counted, Reason reason) {
    this.firstSeq = seq;
    this.lastSeq = seq;
    this.from = from;
    this.to = to;
    this.seconds = seconds;
    this.counted = counted;
    this.reason = reason;
  }

  /** Extends this segment by one beat if the verdict is the same; says whether it did. */
  boolean absorb(int seq, Instant until, int beatSeconds, int beatCounted, Reason beatReason) {
    if (beatReason != reason) {
      return false;
    }
    lastSeq = seq;
    to = until;
    seconds += beatSeconds;
    counted += beatCounted;
    return true;
  }

  public int firstSeq() {
    return firstSeq;
  }

  public int lastSeq() {
    return lastSeq;
  }

  public Instant from() {
    return from;
  }

  public Instant to() {
    return to;
  }

  public int seconds() {
    return seconds;
  }

  public int counted() {
    return counted;
  }

  public Reason reason() {
    return reason;
  }

  /** A copy that later beats no longer change, for the store to write. */
  Segment copy() {
    var copy = new Segment(firstSeq, from, to, seconds, counted, reason);
    copy.lastSeq = lastSeq;
    return copy;
  }
}
