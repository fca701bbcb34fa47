package cn.cadre.lms.tracking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.testing.TestDb;
import cn.cadre.lms.tracking.control.StudyTimeVerified;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The study sessions' SQL on a real database: closing the sessions a stopped node left open
 * ({@link StudySessions#expireOrphans}), which {@code StudyTracker} runs at start and every minute.
 * {@link StudySessionQueriesIT} runs it on MariaDB, {@link StudySessionQueriesH2Test} on embedded H2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StudySessionQueries {

  static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");

  long enrolment;
  long cadre;
  long course;
  long lesson;
  int year;

  /** The database to run on, made for this class. */
  abstract TestDb database();

  private TestDb db;

  @BeforeAll
  void migrateAndLoad() throws SQLException {
    db = database();
    db.migrateWithDemo();
    try (Connection c = db.connect();
        var q = c.prepareStatement("SELECT e.id, e.cadre_id, e.course_id, l.id, e.assessment_year FROM enrolment e"
            + " JOIN lesson l ON l.course_id = e.course_id ORDER BY e.id, l.id");
        var rs = q.executeQuery()) {
      assertTrue(rs.next(), "the demo enrols a cadre in a course with lessons");
      enrolment = rs.getLong(1);
      cadre = rs.getLong(2);
      course = rs.getLong(3);
      lesson = rs.getLong(4);
      year = rs.getInt(5);
    }
  }

  @AfterAll
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void sessionsAStoppedNodeLeftOpenCloseAtTheirLastHeartbeatAndAreCreditedOnce() throws SQLException {
    Instant cutoff = NOW.minusSeconds(300);
    try (Connection c = db.connect()) {
      session(c, "orphan", "ACTIVE", NOW.minusSeconds(900), NOW.minusSeconds(600), 120);
      session(c, "orphan-nothing-counted", "ACTIVE", NOW.minusSeconds(900), NOW.minusSeconds(700), 0);
      session(c, "held-by-this-node", "ACTIVE", NOW.minusSeconds(900), NOW.minusSeconds(600), 50);
      session(c, "still-beating", "ACTIVE", NOW.minusSeconds(900), NOW.minusSeconds(10), 40);
      session(c, "ended-before", "ENDED", NOW.minusSeconds(5000), NOW.minusSeconds(4000), 60);
      exec(c, "INSERT INTO lesson_progress (cadre_id, lesson_id, course_id, counted_seconds, max_position, completed_at)"
          + " VALUES (" + cadre + ", " + lesson + ", " + course + ", 30, 0, NULL)");

      List<StudyTimeVerified> events = StudySessions.expireOrphans(c, cutoff, Set.of("held-by-this-node"), NOW);

      assertEquals(1, events.size(), "one credit: the orphan that counted time; none for one that counted nothing");
      var e = events.get(0);
      assertEquals("orphan", e.sessionId());
      assertEquals(120, e.countedSeconds());
      assertEquals(cadre, e.cadreId());
      assertEquals(course, e.courseId());
      assertEquals(lesson, e.lessonId());
      assertEquals(year, e.year());
      assertEquals(LocalDateTime.ofInstant(NOW, ZoneOffset.UTC), e.closedAt());
      assertEquals("EXPIRED ended at its last heartbeat", state(c, "orphan"));
      assertEquals("EXPIRED ended at its last heartbeat", state(c, "orphan-nothing-counted"));
      assertEquals("ACTIVE", state(c, "held-by-this-node"), "this node holds it: its own write-behind closes it");
      assertEquals("ACTIVE", state(c, "still-beating"), "beaten after the cutoff: another node's live session");
      assertEquals("ENDED", state(c, "ended-before"));
      assertEquals(120 + 0 + 50 + 40 + 60, counted(c), "the lesson's progress catches up with its stored sessions");

      assertTrue(StudySessions.expireOrphans(c, cutoff, Set.of(), NOW).stream()
              .noneMatch(v -> v.sessionId().startsWith("orphan")),
          "a session is closed and credited once, however often the check runs");
    }
  }

  private void session(Connection c, String id, String status, Instant started, Instant lastBeat, int counted)
      throws SQLException {
    try (var ps = c.prepareStatement("INSERT INTO study_session (id, cadre_id, lesson_id, course_id, enrolment_id, started_at,"
        + " last_beat_at, last_seq, counted_seconds, max_position, status, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, 9, ?, 0, ?, ?)")) {
      ps.setString(1, id);
      ps.setLong(2, cadre);
      ps.setLong(3, lesson);
      ps.setLong(4, course);
      ps.setLong(5, enrolment);
      ps.setTimestamp(6, utc(started));
      ps.setTimestamp(7, utc(lastBeat));
      ps.setInt(8, counted);
      ps.setString(9, status);
      ps.setTimestamp(10, "ACTIVE".equals(status) ? null : utc(lastBeat));
      ps.executeUpdate();
    }
  }

  private static String state(Connection c, String id) throws SQLException {
    try (var q = c.prepareStatement("SELECT status, ended_at = last_beat_at FROM study_session WHERE id = ?")) {
      q.setString(1, id);
      try (var rs = q.executeQuery()) {
        assertTrue(rs.next());
        return "EXPIRED".equals(rs.getString(1)) && rs.getBoolean(2) ? "EXPIRED ended at its last heartbeat" : rs.getString(1);
      }
    }
  }

  private int counted(Connection c) throws SQLException {
    try (var q = c.prepareStatement("SELECT counted_seconds FROM lesson_progress WHERE cadre_id = ? AND lesson_id = ?")) {
      q.setLong(1, cadre);
      q.setLong(2, lesson);
      try (var rs = q.executeQuery()) {
        assertTrue(rs.next());
        return rs.getInt(1);
      }
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
