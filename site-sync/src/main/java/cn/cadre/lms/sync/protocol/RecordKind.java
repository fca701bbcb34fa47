package cn.cadre.lms.sync.protocol;

/** What a station's record says happened; the body's fields per kind are in docs/sync-protocol.md. */
public enum RecordKind {
  /** A group session (a collective viewing of a course or a broadcast) held at the station. */
  GROUP_SESSION,
  /** A cadre of the station's village attended a group session for some minutes. */
  ATTENDANCE,
  /** A cadre from elsewhere attended, named by username and name; the center routes it to them. */
  GUEST_ATTENDANCE,
  /** A village cadre's online study of a lesson at the station, verified there: one closed study session. */
  STUDY_TIME
}
