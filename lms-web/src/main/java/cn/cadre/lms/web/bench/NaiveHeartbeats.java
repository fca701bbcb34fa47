package cn.cadre.lms.web.bench;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.tracking.control.Beat;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * BENCHMARK BASELINE, not part of the product: heartbeats stored the way a simple LMS stores them,
 * one row per heartbeat in its own transaction, after one SELECT that the session is the caller's.
 * No judgement is made; the shipped design ({@code StudyTracker}) judges in memory and writes
 * coalesced segments every few seconds, and bench/heartbeats.sh compares the two in one run. The
 * table {@code bench_heartbeat} is created by that script in its own database, never by Flyway.
 */
@Stateless
public class NaiveHeartbeats {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  /** One SELECT and one INSERT in this call's own container transaction; 404 for another cadre's session. */
  public void store(Actor actor, String sessionId, Beat beat) {
    try (Connection c = dataSource.getConnection()) {
      if (actor.cadreId() == null || !owns(c, actor.cadreId(), sessionId)) {
        throw LmsException.notFound("studySession");
      }
      insert(c, actor.cadreId(), sessionId, beat);
    } catch (SQLException e) {
      throw new IllegalStateException("bench heartbeat cannot be stored", e);
    }
  }

  private static boolean owns(Connection c, long cadreId, String sessionId) throws SQLException {
    try (var q = c.prepareStatement("SELECT cadre_id FROM study_session WHERE id = ?")) {
      q.setString(1, sessionId);
      try (var rs = q.executeQuery()) {
        return rs.next() && rs.getLong(1) == cadreId;
      }
    }
  }

  private static void insert(Connection c, long cadreId, String sessionId, Beat beat) throws SQLException {
    try (var ps = c.prepareStatement(
        "INSERT INTO bench_heartbeat (session_id, cadre_id, seq, sent_at, received_at, visible, idle_seconds,"
            + " position, playing, attention_answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, sessionId);
      ps.setLong(2, cadreId);
      ps.setInt(3, beat.seq());
      ps.setLong(4, beat.sentAtMillis());
      ps.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
      ps.setBoolean(6, beat.visible());
      ps.setInt(7, beat.idleSeconds());
      if (beat.position() == null) {
        ps.setNull(8, Types.DOUBLE);
      } else {
        ps.setDouble(8, beat.position());
      }
      ps.setBoolean(9, beat.playing());
      ps.setString(10, beat.attentionAnswer());
      ps.executeUpdate();
    }
  }
}
