package cn.cadre.lms.tracking.control;

import cn.cadre.lms.tracking.control.LiveSession.Snapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes study sessions, their segments and lesson progress with plain JDBC batches on the
 * connection of the caller's transaction. Heartbeats are judged in memory and written here every
 * few seconds: one batched UPDATE per changed session, plus a row per finished segment (a change of
 * verdict), instead of a row per heartbeat (see docs/benchmarks.md for what that buys).
 */
public final class StudyStore {

  private StudyStore() {}

  /** The lesson's verified seconds, furthest position and completion as stored, if the row exists. */
  public static Optional<Progress> read(Connection c, long cadreId, long lessonId) throws SQLException {
    try (var q = c.prepareStatement(
        "SELECT counted_seconds, max_position, completed_at FROM lesson_progress WHERE cadre_id = ? AND lesson_id = ?")) {
      q.setLong(1, cadreId);
      q.setLong(2, lessonId);
      try (var rs = q.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Timestamp completed = rs.getTimestamp(3);
        return Optional.of(new Progress(rs.getInt(1), rs.getInt(2), completed == null ? null : completed.toLocalDateTime()));
      }
    }
  }

  /** The lesson's progress so far; creates the row if missing. */
  public static Progress progress(Connection c, long cadreId, long lessonId, long courseId) throws SQLException {
    Optional<Progress> stored = read(c, cadreId, lessonId);
    if (stored.isPresent()) {
      return stored.get();
    }
    try (var insert = c.prepareStatement(
        "INSERT INTO lesson_progress (cadre_id, lesson_id, course_id, counted_seconds, max_position, completed_at)"
            + " VALUES (?, ?, ?, 0, 0, NULL)")) {
      insert.setLong(1, cadreId);
      insert.setLong(2, lessonId);
      insert.setLong(3, courseId);
      insert.executeUpdate();
    }
    return new Progress(0, 0, null);
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
   * Writes the snapshots: one batched UPDATE per open session, its finished segments once each, and
   * for a closing session its last segment and the lesson's progress. Answers the snapshots this write
   * closed (status moved from ACTIVE), which are the ones to credit: the conditional update makes
   * crediting happen once even if two nodes or two writes race.
   */
  public static List<Snapshot> write(Connection c, List<Snapshot> snapshots, Instant now) throws SQLException {
    List<Snapshot> closed = new ArrayList<>();
    try (var open = c.prepareStatement(
            "UPDATE study_session SET last_beat_at = ?, last_seq = ?, counted_seconds = ?, max_position = ?"
                + " WHERE id = ? AND status = 'ACTIVE'");
        var close = c.prepareStatement(
            "UPDATE study_session SET last_beat_at = ?, last_seq = ?, counted_seconds = ?, max_position = ?,"
                + " status = ?, ended_at = ? WHERE id = ? AND status = 'ACTIVE'")) {
      boolean anyOpen = false;
      for (Snapshot s : snapshots) {
        if (s.status() == SessionStatus.ACTIVE) {
          sessionValues(open, s);
          open.setString(5, s.id());
          open.addBatch();
          anyOpen = true;
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
      }
      if (anyOpen) {
        open.executeBatch();
      }
    }
    for (Snapshot s : closed) {
      progress(c, s);
    }
    insertSegments(c, snapshots);
    return closed;
  }

  /**
   * The lesson's verified seconds and furthest position, as of this snapshot. Written when a session
   * closes or completes the lesson, not at every write: the player shows its own figures meanwhile.
   */
  public static void progress(Connection c, Snapshot s) throws SQLException {
    try (var ps = c.prepareStatement(
        "UPDATE lesson_progress SET counted_seconds = GREATEST(counted_seconds, ?),"
            + " max_position = GREATEST(max_position, ?) WHERE cadre_id = ? AND lesson_id = ?")) {
      ps.setInt(1, s.lessonCounted());
      ps.setInt(2, s.maxPosition());
      ps.setLong(3, s.target().cadreId());
      ps.setLong(4, s.target().lessonId());
      ps.executeUpdate();
    }
  }

  private static void sessionValues(PreparedStatement ps, Snapshot s) throws SQLException {
    ps.setTimestamp(1, utc(s.lastBeatAt()));
    ps.setInt(2, s.lastSeq());
    ps.setInt(3, s.sessionCounted());
    ps.setInt(4, s.maxPosition());
  }

  /**
   * Inserts each finished segment once: all but the last of an open session (the last may still
   * grow), all of a closing one. A session forgets what was inserted only after commit.
   */
  private static void insertSegments(Connection c, List<Snapshot> snapshots) throws SQLException {
    try (var insert = c.prepareStatement(
        "INSERT INTO study_segment (session_id, first_seq, last_seq, from_at, to_at, seconds, counted_seconds,"
            + " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      boolean any = false;
      for (Snapshot s : snapshots) {
        int finished = s.status() == SessionStatus.ACTIVE ? s.segments().size() - 1 : s.segments().size();
        for (Segment seg : s.segments().subList(0, Math.max(0, finished))) {
          insert.setString(1, s.id());
          insert.setInt(2, seg.firstSeq());
          insert.setInt(3, seg.lastSeq());
          insert.setTimestamp(4, utc(seg.from()));
          insert.setTimestamp(5, utc(seg.to()));
          insert.setInt(6, seg.seconds());
          insert.setInt(7, seg.counted());
          insert.setString(8, seg.reason().name());
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
  }

  /** A lesson's verified seconds, furthest position and completion time (UTC, null while not complete). */
  public record Progress(int counted, int maxPosition, LocalDateTime completedAt) {

    public boolean completed() {
      return completedAt != null;
    }
  }
}
