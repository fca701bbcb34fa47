package cn.cadre.lms.tracking.boundary;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.tracking.control.LessonRecord;
import cn.cadre.lms.tracking.control.Reason;
import cn.cadre.lms.tracking.control.Segment;
import cn.cadre.lms.tracking.control.SessionStatus;
import cn.cadre.lms.tracking.control.StudyStore;
import cn.cadre.lms.tracking.control.StudyTimeVerified;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads of stored study sessions: those a stopped node left open, and a cadre's record of a lesson. */
final class StudySessions {

  private static final int RECENT_SESSIONS = 20;

  private StudySessions() {}

  /**
   * Closes sessions still ACTIVE in the database whose last stored heartbeat is older than the cutoff
   * and that this node does not hold (a restarted node, or a node that stopped); answers the credit
   * events for those the update closed.
   */
  static List<StudyTimeVerified> expireOrphans(Connection c, Instant cutoff, Set<String> held, Instant now)
      throws SQLException {
    List<StudyTimeVerified> events = new ArrayList<>();
    try (var q = c.prepareStatement(
            "SELECT s.id, s.cadre_id, s.course_id, s.lesson_id, s.counted_seconds, s.started_at,"
                + " e.assessment_year, e.required, co.credits FROM study_session s"
                + " JOIN enrolment e ON e.id = s.enrolment_id JOIN course co ON co.id = s.course_id"
                + " WHERE s.status = 'ACTIVE' AND s.last_beat_at < ?");
        var close = c.prepareStatement(
            "UPDATE study_session SET status = 'EXPIRED', ended_at = last_beat_at WHERE id = ? AND status = 'ACTIVE'")) {
      q.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          if (held.contains(id)) {
            continue;
          }
          close.setString(1, id);
          int counted = rs.getInt(5);
          boolean closedHere = close.executeUpdate() == 1;
          if (closedHere) {
            catchUpProgress(c, rs.getLong(2), rs.getLong(4));
          }
          if (closedHere && counted > 0) {
            Instant started = rs.getTimestamp(6).toLocalDateTime().toInstant(ZoneOffset.UTC);
            events.add(new StudyTimeVerified(id, rs.getLong(2), rs.getLong(3), rs.getLong(4), counted,
                ChinaTime.dayOf(started), rs.getInt(7), rs.getBigDecimal(9), rs.getBoolean(8),
                LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
          }
        }
      }
    }
    return events;
  }

  /**
   * A lesson's progress is written when a session ends; for one a stopped node left open, it is the
   * sum of the lesson's stored sessions.
   */
  private static void catchUpProgress(Connection c, long cadreId, long lessonId) throws SQLException {
    try (var ps = c.prepareStatement(
        "UPDATE lesson_progress SET counted_seconds = GREATEST(counted_seconds, (SELECT COALESCE(SUM(s.counted_seconds), 0)"
            + " FROM study_session s WHERE s.cadre_id = ? AND s.lesson_id = ?)),"
            + " max_position = GREATEST(max_position, (SELECT COALESCE(MAX(s.max_position), 0)"
            + " FROM study_session s WHERE s.cadre_id = ? AND s.lesson_id = ?)) WHERE cadre_id = ? AND lesson_id = ?")) {
      ps.setLong(1, cadreId);
      ps.setLong(2, lessonId);
      ps.setLong(3, cadreId);
      ps.setLong(4, lessonId);
      ps.setLong(5, cadreId);
      ps.setLong(6, lessonId);
      ps.executeUpdate();
    }
  }

  /** A cadre's verified time on a lesson, with the most recent sessions and every stretch's verdict. */
  static LessonRecord record(Connection c, long cadreId, long lessonId, int lengthSeconds, int completionSeconds,
      String openSession, Segment growing, int liveLessonCounted) throws SQLException {
    var stored = StudyStore.read(c, cadreId, lessonId).orElse(new StudyStore.Progress(0, 0, null));
    int counted = stored.counted();
    int maxPosition = stored.maxPosition();
    LocalDateTime completedAt = stored.completedAt();
    Map<String, LessonRecord.SessionRow> sessions = new LinkedHashMap<>();
    try (var q = c.prepareStatement(
        "SELECT id, started_at, last_beat_at, status, counted_seconds FROM study_session"
            + " WHERE cadre_id = ? AND lesson_id = ? ORDER BY started_at DESC")) {
      q.setLong(1, cadreId);
      q.setLong(2, lessonId);
      q.setMaxRows(RECENT_SESSIONS);
      try (var rs = q.executeQuery()) {
        while (rs.next()) {
          sessions.put(rs.getString(1), new LessonRecord.SessionRow(rs.getString(1),
              rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime(),
              SessionStatus.valueOf(rs.getString(4)), rs.getInt(5), new ArrayList<>()));
        }
      }
    }
    if (!sessions.isEmpty()) {
      String marks = String.join(",", java.util.Collections.nCopies(sessions.size(), "?"));
      try (var q = c.prepareStatement(
          "SELECT session_id, from_at, to_at, seconds, counted_seconds, reason FROM study_segment"
              + " WHERE session_id IN (" + marks + ") ORDER BY from_at, first_seq")) {
        int i = 1;
        for (String id : sessions.keySet()) {
          q.setString(i++, id);
        }
        try (var rs = q.executeQuery()) {
          while (rs.next()) {
            sessions.get(rs.getString(1)).segments().add(new LessonRecord.SegmentRow(
                rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime(), rs.getInt(4),
                rs.getInt(5), Reason.valueOf(rs.getString(6))));
          }
        }
      }
    }
    var row = openSession == null ? null : sessions.get(openSession);
    if (row != null && growing != null) {
      // the open session's last stretch is held in memory until it ends
      row.segments().add(new LessonRecord.SegmentRow(utc(growing.from()), utc(growing.to()), growing.seconds(),
          growing.counted(), growing.reason()));
      counted = Math.max(counted, liveLessonCounted);
    }
    return new LessonRecord(lessonId, lengthSeconds, completionSeconds, counted, maxPosition, completedAt,
        List.copyOf(sessions.values()));
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
