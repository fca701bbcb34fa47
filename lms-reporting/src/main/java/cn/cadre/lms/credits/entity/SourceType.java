package cn.cadre.lms.credits.entity;

/** What a ledger entry's credits come from; with the source reference it names the event. */
public enum SourceType {
  /** Verified study time of one study session; the reference is the session id. */
  STUDY_TIME,
  /** A completed course topped up to its credit value; the reference is the enrolment id. */
  COURSE_COMPLETED,
  /** An administrator's reversal of an entry; the reference is the reversed entry's seq. */
  CORRECTION,
  /** An administrator's manual grant (offline training recognised, say); no reference. */
  ADJUSTMENT,
  /** Study at a village station, recorded by the station sync (a later issue). */
  STATION_SESSION
}
