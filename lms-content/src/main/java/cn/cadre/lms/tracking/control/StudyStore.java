package cn.cadre.lms.tracking.control;

import cn.cadre.lms.tracking.control.LiveSession.Snapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes study sessions, their segments and lesson progress with plain JDBC batches on the
 * connection of the caller's transaction. Heartbeats are judged in memory and written here every
 * few seconds, a few statements per session, instead of a row per heartbeat (see
 * docs/benchmarks.md for what that buys).
 */
public final class StudyStore {

  private StudyStore() {}

  /** The lesson's verified seconds, furthest position and completion so far; creates the row if missing. */
  public static Progress progress(Connection c, long cadreId, long lessonId, long courseId) throws SQLException {
    try (var q = c.prepareStatement(
        "SELECT counted_seconds, max_position, completed_at FROM lesson_progress WHERE cadre_id = ? AND lesson_id = ?")) {
      q.setLong(1, cadreId);
      q.setLong(2, lessonId);
      try (var rs = q.executeQuery()) {
        if (rs.next()) {
          return new Progress(rs.getInt(1), rs.getInt(2), rs.getTimestamp(3) != null);
        }
      }
    }
    try (var insert = c.prepareStatement(
        "INSERT INTO lesson_progress (cadre_id, lesson_id, course_id, counted_seconds, max_position, completed_at)"
            + " VALUES (?, ?, ?, 0, 0, NULL)")) {
      insert.setLong(1, cadreId);
      insert.setLong(2, lessonId);
      insert.setLong(3, courseId);
      insert.executeUpdate();
    }
    return new Progress(0, 0, false);
  }

  public static void insert(Connection c, LiveSession s) throws SQLException {
    var t = s.target();
    try (var ps = c.prepareStatement(
        "INSERT INTO study_session (id, cadre_id, lesson_id, course_id, enrolment_id, started_at, last_beat_at,"
            + " last_seq, counted_seconds, max_position, status, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, NULL)")) {
      ps.setString(1, s.id());
      ps.setLong(2, t.cadreId());
      ps.setLong(3, t.lessonId());
      ps.setLong(4, t.courseId());
      ps.setLong(5, t.enrolmentId());
      ps.setTimestamp(6, utc(s.startedAt()));
      ps.setTimestamp(7, utc(s.startedAt()));
      ps.setInt(8, s.maxPosition());
      ps.setString(9, SessionStatus.ACTIVE.name());
      ps.executeUpdate();
    }
  }

  /**
   * Writes the snapshots; answers those that this write closed (status moved from ACTIVE), which are
   * the ones to credit: the conditional update makes crediting happen once even if two nodes or two
   * flushes race.
   */
  public static List<Snapshot> write(Connection c, List<Snapshot> snapshots, Instant now) throws SQLException {
    List<Snapshot> closed = new ArrayList<>();
    try (var open = c.prepareStatement(
            "UPDATE study_session SET last_beat_at = ?, last_seq = ?, counted_seconds = ?, max_position = ?"
                + " WHERE id = ? AND status = 'ACTIVE'");
        var close = c.prepareStatement(
            "UPDATE study_session SET last_beat_at = ?, last_seq = ?, counted_seconds = ?, max_position = ?,"
                + " status = ?, ended_at = ? WHERE id = ? AND status = 'ACTIVE'");
        var progress = c.prepareStatement(
            "UPDATE lesson_progress SET counted_seconds = GREATEST(counted_seconds, ?),"
                + " max_position = GREATEST(max_position, ?) WHERE cadre_id = ? AND lesson_id = ?")) {
      for (Snapshot s : snapshots) {
        if (s.status() == SessionStatus.ACTIVE) {
          sessionValues(open, s);
          open.setString(5, s.id());
          open.addBatch();
        } else {
          sessionValues(close, s);
          close.setString(5, s.status().name());
          close.setTimestamp(6, utc(now));
          close.setString(7, s.id());
          // closing is checked one by one: its count says whether this write closed it
          if (close.executeUpdate() == 1) {
            closed.add(s);
          }
        }
        progress.setInt(1, s.lessonCounted());
        progress.setInt(2, s.maxPosition());
        progress.setLong(3, s.target().cadreId());
        progress.setLong(4, s.target().lessonId());
        progress.addBatch();
      }
      open.executeBatch();
      progress.executeBatch();
    }
    writeSegments(c, snapshots);
    return closed;
  }

  private static void sessionValues(PreparedStatement ps, Snapshot s) throws SQLException {
    ps.setTimestamp(1, utc(s.lastBeatAt()));
    ps.setInt(2, s.lastSeq());
    ps.setInt(3, s.sessionCounted());
    ps.setInt(4, s.maxPosition());
  }

  /**
   * Replaces the session's segments from the snapshot's first one on: the last segment may have grown
   * since it was written, and a delete-and-insert needs no per-row update counts from the driver.
   */
  private static void writeSegments(Connection c, List<Snapshot> snapshots) throws SQLException {
    try (var delete = c.prepareStatement("DELETE FROM study_segment WHERE session_id = ? AND first_seq >= ?");
        var insert = c.prepareStatement(
            "INSERT INTO study_segment (session_id, first_seq, last_seq, from_at, to_at, seconds, counted_seconds,"
                + " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      boolean any = false;
      for (Snapshot s : snapshots) {
        if (s.segments().isEmpty()) {
          continue;
        }
        any = true;
        delete.setString(1, s.id());
        delete.setInt(2, s.segments().get(0).firstSeq());
        delete.addBatch();
        for (Segment seg : s.segments()) {
          insert.setString(1, s.id());
          insert.setInt(2, seg.firstSeq());
          insert.setInt(3, seg.lastSeq());
          insert.setTimestamp(4, utc(seg.from()));
          insert.setTimestamp(5, utc(seg.to()));
          insert.setInt(6, seg.seconds());
          insert.setInt(7, seg.counted());
          insert.setString(8, seg.reason().name());
          insert.addBatch();
        }
      }
      if (any) {
        delete.executeBatch();
        insert.executeBatch();
      }
    }
  }

  static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
  }

  /** A lesson's record before a session starts. */
  public record Progress(int counted, int maxPosition, boolean completed) {}
}
