package cn.cadre.lms.tracking.control;

/**
 * The server's verdict on a stretch of study time, shown to the cadre. When several rules fail at
 * once the first in this order is named, so the cadre learns what to change first.
 */
public enum Reason {
  /** Page hidden (another tab, minimised window, locked screen) at some point in the interval. */
  HIDDEN,
  /** An attention check was not answered in time. */
  ATTENTION_MISSED,
  /** No interaction for longer than the idle limit, and no video playing forward. */
  IDLE,
  /** The video position jumped beyond what was watched. */
  SKIPPED_AHEAD,
  /** The lesson's length is already counted in full; re-viewing counts nothing more. */
  LENGTH_REACHED,
  /** Heartbeats stopped for longer than two intervals (link lost, computer asleep); only two count. */
  GAP,
  /** The time counted. */
  COUNTED
}
