package cn.cadre.lms.forums.entity;

/** A report waits OPEN until a moderator hides the post (HIDDEN) or finds nothing wrong (DISMISSED). */
public enum ReportStatus {
  OPEN,
  HIDDEN,
  DISMISSED
}
