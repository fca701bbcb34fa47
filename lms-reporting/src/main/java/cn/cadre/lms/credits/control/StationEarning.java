package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.entity.Award;
import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.credits.entity.SourceType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Credits what village stations sent, applied by the center's sync inbox: attendance at group
 * sessions, and study sessions cadres ran at a station. By the year's rules exactly like online study: the minutes attended per credit, the course's cap for
 * a course viewing, the daily cap, and the elective room. A course viewing is required when the
 * cadre's enrolment in that course is required this year; a broadcast is elective. Each attendance is
 * its own source (STATION_SESSION, its id), so it is credited at most once.
 */
public final class StationEarning {

  private StationEarning() {}

  /**
   * Applied station study waiting for its credits: an attendance (group study, in minutes) or a
   * study session a village cadre ran at the station (study, in seconds).
   */
  public record Pending(String id, long cadreId, Long courseId, String title, int seconds, LocalDate day, boolean online) {

    String table() {
      return online ? "station_study" : "group_attendance";
    }
  }

  public static List<Pending> pending(Connection c, int max) throws SQLException {
    List<Pending> out = new ArrayList<>();
    read(c, "SELECT a.id, a.cadre_id, s.course_id, s.title, a.minutes * 60, a.study_day"
        + " FROM group_attendance a JOIN group_session s ON s.id = a.session_id"
        + " WHERE a.credit_state = 'PENDING' AND a.cadre_id IS NOT NULL ORDER BY a.recorded_at, a.id LIMIT " + max, false, out);
    read(c, "SELECT t.id, t.cadre_id, t.course_id, co.title, t.counted_seconds, t.study_day"
        + " FROM station_study t JOIN course co ON co.id = t.course_id"
        + " WHERE t.credit_state = 'PENDING' ORDER BY t.recorded_at, t.id LIMIT " + max, true, out);
    return out;
  }

  private static void read(Connection c, String sql, boolean online, List<Pending> out) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long course = rs.getLong(3);
        Long courseId = rs.wasNull() ? null : course;
        out.add(new Pending(rs.getString(1), rs.getLong(2), courseId, rs.getString(4), rs.getInt(5),
            rs.getDate(6).toLocalDate(), online));
      }
    }
  }

  /** Books one attendance in the caller's transaction and marks it done; empty when nothing was due. */
  public static Optional<CreditEntry> credit(Connection c, Pending p, CreditRules rules, LocalDateTime now) throws SQLException {
    int year = p.day().getYear();
    Balance b = CreditLedger.lock(c, p.cadreId(), year);
    Optional<CreditEntry> entry = Optional.empty();
    if (!CreditLedger.credited(c, p.cadreId(), year, SourceType.STATION_SESSION, p.id())) {
      boolean required = p.courseId() != null && required(c, p.cadreId(), p.courseId(), year);
      CreditKind kind = CreditKind.of(required);
      BigDecimal courseCap = p.courseId() == null ? null : courseCredits(c, p.courseId());
      Award award = rules.stationAward(p.seconds(), courseCap,
          courseCap == null ? BigDecimal.ZERO : CreditLedger.courseEarned(c, p.cadreId(), year, p.courseId()),
          CreditLedger.dayEarned(c, p.cadreId(), p.day()), kind, b.elective());
      if (!award.nothing()) {
        List<String> args = award.cappedBy() == null
            ? List.of(p.title(), Integer.toString(p.seconds() / 60))
            : List.of(p.title(), Integer.toString(p.seconds() / 60), award.cappedBy().key());
        String reason = award.cappedBy() != null ? "credits.reason.stationCapped"
            : p.online() ? "credits.reason.stationStudy" : "credits.reason.station";
        entry = Optional.of(CreditLedger.append(c, new EntryDraft(p.cadreId(), year, kind, award.amount(),
            SourceType.STATION_SESSION, p.id(), p.courseId(), p.day(), reason, args, now, null)));
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + p.table() + " SET credit_state = 'DONE' WHERE id = ?")) {
      ps.setString(1, p.id());
      ps.executeUpdate();
    }
    return entry;
  }

  private static boolean required(Connection c, long cadreId, long courseId, int year) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT required FROM enrolment WHERE cadre_id = ? AND course_id = ? AND assessment_year = ?")) {
      ps.setLong(1, cadreId);
      ps.setLong(2, courseId);
      ps.setInt(3, year);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private static BigDecimal courseCredits(Connection c, long courseId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT credits FROM course WHERE id = ?")) {
      ps.setLong(1, courseId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO;
      }
    }
  }
}
