package cn.cadre.lms.sync.protocol;

/** What became of one record of a batch at the center. */
public enum Outcome {
  /** Applied now. */
  APPLIED,
  /** Applied before (its number is at or below the high-water mark): skipped. */
  DUPLICATE,
  /** Kept but not applied, with a reason; an administrator fixes and re-applies it or rejects it. */
  QUARANTINED
}
