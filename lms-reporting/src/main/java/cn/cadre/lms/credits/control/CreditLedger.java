package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.SourceType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's SQL. An append locks the chain's balance row first, so a second append to the same
 * cadre-year waits for the first to commit and then links to it: the chain never forks (the
 * primary key on cadre, year and seq would refuse a fork anyway).
 */
public final class CreditLedger {

  /** Ends each reason argument, so an empty argument survives the round trip. */
  static final char ARG_END = '\u001F';

  static final String COLUMNS = "cadre_id, assessment_year, seq, kind, amount, source_type, source_ref, course_id,"
      + " study_day, reason_key, reason_args, created_at, created_by, prev_hash, hash";

  public static final String INSERT_ENTRY =
      "INSERT INTO credit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  public static final String INSERT_BALANCE = "INSERT INTO credit_balance (cadre_id, assessment_year, required_total,"
      + " elective_total, last_seq, last_hash) VALUES (?, ?, ?, ?, ?, ?)";

  private CreditLedger() {}

  /** Appends under the chain's lock and keeps the balance in step, in the caller's transaction. */
  public static CreditEntry append(Connection c, EntryDraft d) throws SQLException {
    Balance before = lock(c, d.cadreId(), d.year());
    CreditEntry e = CreditEntry.seal(d.cadreId(), d.year(), before.lastSeq() + 1, d.kind(), d.amount(),
        d.sourceType(), d.sourceRef(), d.courseId(), d.studyDay(), d.reasonKey(), d.reasonArgs(),
        d.createdAt(), d.createdBy(), before.lastHash());
    try (PreparedStatement ps = c.prepareStatement(INSERT_ENTRY)) {
      bind(ps, e);
      ps.executeUpdate();
    }
    Balance after = before.after(e);
    try (PreparedStatement ps = c.prepareStatement("UPDATE credit_balance SET required_total = ?, elective_total = ?,"
        + " last_seq = ?, last_hash = ? WHERE cadre_id = ? AND assessment_year = ?")) {
      ps.setBigDecimal(1, after.required());
      ps.setBigDecimal(2, after.elective());
      ps.setInt(3, after.lastSeq());
      ps.setString(4, after.lastHash());
      ps.setLong(5, d.cadreId());
      ps.setInt(6, d.year());
      ps.executeUpdate();
    }
    return e;
  }

  /** The chain's balance row, locked until the transaction ends; made (empty) when missing. */
  static Balance lock(Connection c, long cadreId, int year) throws SQLException {
    Optional<Balance> b = balance(c, cadreId, year, true);
    if (b.isPresent()) {
      return b.get();
    }
    Balance empty = Balance.empty(cadreId, year);
    try (PreparedStatement ps = c.prepareStatement(INSERT_BALANCE)) {
      bindBalance(ps, empty);
      ps.executeUpdate();
    }
    return empty;
  }

  public static Optional<Balance> balance(Connection c, long cadreId, int year, boolean forUpdate) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT required_total, elective_total, last_seq, last_hash"
        + " FROM credit_balance WHERE cadre_id = ? AND assessment_year = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
      ps.setLong(1, cadreId);
      ps.setInt(2, year);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Balance(cadreId, year, rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getInt(3), rs.getString(4)))
            : Optional.empty();
      }
    }
  }

  /** The chain in seq order. */
  public static List<CreditEntry> entries(Connection c, long cadreId, int year) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
        + " FROM credit_entry WHERE cadre_id = ? AND assessment_year = ? ORDER BY seq")) {
      ps.setLong(1, cadreId);
      ps.setInt(2, year);
      return read(ps);
    }
  }

  public static Optional<CreditEntry> entry(Connection c, long cadreId, int year, int seq) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
        + " FROM credit_entry WHERE cadre_id = ? AND assessment_year = ? AND seq = ?")) {
      ps.setLong(1, cadreId);
      ps.setInt(2, year);
      ps.setInt(3, seq);
      return read(ps).stream().findFirst();
    }
  }

  /** Whether this source already has its entry in the cadre's year (the observers' idempotence). */
  public static boolean credited(Connection c, long cadreId, int year, SourceType type, String ref) throws SQLException {
    return sum(c, "SELECT COUNT(*) FROM credit_entry WHERE cadre_id = ? AND assessment_year = ? AND source_type = ?"
        + " AND source_ref = ?", cadreId, year, type.name(), ref).signum() > 0;
  }

  /** What a course has earned the cadre this year, reversals included. */
  public static BigDecimal courseEarned(Connection c, long cadreId, int year, long courseId) throws SQLException {
    return sum(c, "SELECT SUM(amount) FROM credit_entry WHERE cadre_id = ? AND assessment_year = ? AND course_id = ?",
        cadreId, year, courseId);
  }

  /** What study time booked on {@code day} has earned the cadre, for the daily cap. */
  public static BigDecimal dayEarned(Connection c, long cadreId, LocalDate day) throws SQLException {
    return sum(c, "SELECT SUM(amount) FROM credit_entry WHERE cadre_id = ? AND study_day = ?", cadreId, day);
  }

  private static BigDecimal sum(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        BigDecimal v = rs.getBigDecimal(1);
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2);
      }
    }
  }

  public static void bind(PreparedStatement ps, CreditEntry e) throws SQLException {
    ps.setLong(1, e.cadreId());
    ps.setInt(2, e.year());
    ps.setInt(3, e.seq());
    ps.setString(4, e.kind().name());
    ps.setBigDecimal(5, e.amount());
    ps.setString(6, e.sourceType().name());
    ps.setString(7, e.sourceRef());
    if (e.courseId() == null) {
      ps.setNull(8, Types.BIGINT);
    } else {
      ps.setLong(8, e.courseId());
    }
    ps.setObject(9, e.studyDay());
    ps.setString(10, e.reasonKey());
    ps.setString(11, joinArgs(e.reasonArgs()));
    ps.setObject(12, e.createdAt());
    if (e.createdBy() == null) {
      ps.setNull(13, Types.BIGINT);
    } else {
      ps.setLong(13, e.createdBy());
    }
    ps.setString(14, e.prevHash());
    ps.setString(15, e.hash());
  }

  public static void bindBalance(PreparedStatement ps, Balance b) throws SQLException {
    ps.setLong(1, b.cadreId());
    ps.setInt(2, b.year());
    ps.setBigDecimal(3, b.required());
    ps.setBigDecimal(4, b.elective());
    ps.setInt(5, b.lastSeq());
    ps.setString(6, b.lastHash());
  }

  static List<CreditEntry> read(PreparedStatement ps) throws SQLException {
    List<CreditEntry> list = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        list.add(row(rs));
      }
    }
    return list;
  }

  static CreditEntry row(ResultSet rs) throws SQLException {
    long course = rs.getLong(8);
    Long courseId = rs.wasNull() ? null : course;
    long by = rs.getLong(13);
    Long createdBy = rs.wasNull() ? null : by;
    return new CreditEntry(rs.getLong(1), rs.getInt(2), rs.getInt(3), CreditKind.valueOf(rs.getString(4)),
        rs.getBigDecimal(5), SourceType.valueOf(rs.getString(6)), rs.getString(7), courseId,
        rs.getObject(9, LocalDate.class), rs.getString(10), splitArgs(rs.getString(11)),
        rs.getObject(12, LocalDateTime.class), createdBy, rs.getString(14), rs.getString(15));
  }

  static String joinArgs(List<String> args) {
    StringBuilder sb = new StringBuilder();
    args.forEach(a -> sb.append(a).append(ARG_END));
    return sb.toString();
  }

  static List<String> splitArgs(String stored) {
    if (stored == null || stored.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(stored.substring(0, stored.length() - 1).split(String.valueOf(ARG_END), -1));
  }
}
