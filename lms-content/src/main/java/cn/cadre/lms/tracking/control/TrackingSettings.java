package cn.cadre.lms.tracking.control;

import java.time.Duration;

/**
 * The knobs of time verification (MicroProfile Config lms.tracking.*). Everything else follows from
 * the heartbeat interval: a beat sooner than half an interval is refused, a gap counts at most two
 * intervals, and a session with no beat for {@code expireIntervals} intervals (three by default) expires.
 *
 * @param heartbeatSeconds how often the player reports (30 in production)
 * @param idleSeconds how long without interaction before time stops counting
 * @param completionPercent the share of a lesson's length that completes it
 * @param attentionMinSeconds earliest next attention check after the previous one
 * @param attentionMaxSeconds latest next attention check
 * @param attentionAnswerSeconds time to answer a check before time stops counting
 * @param futureToleranceSeconds how far ahead of the server a heartbeat's own time may be
 * @param expireIntervals how many intervals without a heartbeat end a session (at least 2: one late
 *     heartbeat never ends it)
 */
public record TrackingSettings(
    int heartbeatSeconds, int idleSeconds, int completionPercent, int attentionMinSeconds,
    int attentionMaxSeconds, int attentionAnswerSeconds, int futureToleranceSeconds, int expireIntervals) {

  public static final TrackingSettings DEFAULTS = new TrackingSettings(30, 300, 90, 300, 900, 90, 5, 3);

  public TrackingSettings {
    if (heartbeatSeconds < 1 || idleSeconds < heartbeatSeconds || completionPercent < 1 || completionPercent > 100
        || attentionMinSeconds < 1 || attentionMaxSeconds < attentionMinSeconds || attentionAnswerSeconds < 1
        || futureToleranceSeconds < 0 || expireIntervals < 2) {
      throw new IllegalArgumentException("inconsistent tracking settings");
    }
  }

  public Duration minInterval() {
    return Duration.ofMillis(heartbeatSeconds * 500L);
  }

  public int maxGapSeconds() {
    return heartbeatSeconds * 2;
  }

  public Duration expireAfter() {
    return Duration.ofSeconds((long) heartbeatSeconds * expireIntervals);
  }

  /** The verified seconds that complete a lesson of this length. */
  public int completionSeconds(int lengthSeconds) {
    return (int) Math.ceil(lengthSeconds * completionPercent / 100.0);
  }
}
