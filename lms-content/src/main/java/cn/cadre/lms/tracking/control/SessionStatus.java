package cn.cadre.lms.tracking.control;

/** Where a study session stands; only an ACTIVE session takes heartbeats. */
public enum SessionStatus {
  ACTIVE,
  /** The cadre left the lesson. */
  ENDED,
  /** The cadre opened a lesson in another tab or on another device. */
  SUPERSEDED,
  /** Heartbeats stopped for three intervals, or the server restarted. */
  EXPIRED
}
