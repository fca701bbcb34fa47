package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.entity.CreditRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The rules of each assessment year (table credit_rules). A year without its own row follows the
 * latest earlier year's rules, so rules set once hold until changed; a year before the first row
 * follows the first row.
 */
public final class RuleBook {

  private static final String COLUMNS = "assessment_year, minutes_per_credit, daily_cap, elective_cap,"
      + " required_county, required_section, required_below_section";

  private RuleBook() {}

  /** The rules that apply to {@code year}; empty only when no year has rules at all. */
  public static Optional<CreditRules> forYear(Connection c, int year) throws SQLException {
    Optional<CreditRules> r = one(c, "SELECT " + COLUMNS + " FROM credit_rules WHERE assessment_year <= ?"
        + " ORDER BY assessment_year DESC", year);
    if (r.isEmpty()) {
      r = one(c, "SELECT " + COLUMNS + " FROM credit_rules WHERE assessment_year > ? ORDER BY assessment_year", year);
    }
    return r.map(rules -> rules.forYear(year));
  }

  /** Whether {@code year} has a row of its own (else it follows another year's). */
  public static boolean ownRow(Connection c, int year) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM credit_rules WHERE assessment_year = ?")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }

  /** Stores a year's rules, replacing that year's row; other years are untouched. */
  public static void save(Connection c, CreditRules r, Long by) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM credit_rules WHERE assessment_year = ?")) {
      del.setInt(1, r.year());
      del.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO credit_rules (" + COLUMNS
        + ", updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setInt(1, r.year());
      ps.setInt(2, r.minutesPerCredit());
      ps.setBigDecimal(3, r.dailyCap());
      ps.setBigDecimal(4, r.electiveCap());
      ps.setBigDecimal(5, r.requirement(cn.cadre.lms.directory.entity.Rank.COUNTY));
      ps.setBigDecimal(6, r.requirement(cn.cadre.lms.directory.entity.Rank.SECTION));
      ps.setBigDecimal(7, r.requirement(cn.cadre.lms.directory.entity.Rank.BELOW_SECTION));
      if (by == null) {
        ps.setNull(8, Types.BIGINT);
      } else {
        ps.setLong(8, by);
      }
      ps.setObject(9, LocalDateTime.now(ZoneOffset.UTC).withNano(0));
      ps.executeUpdate();
    }
  }

  private static Optional<CreditRules> one(Connection c, String sql, int year) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, year);
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new CreditRules(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
            CreditRules.requirements(rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7))));
      }
    }
  }
}
