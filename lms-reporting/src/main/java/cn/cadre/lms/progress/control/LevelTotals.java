package cn.cadre.lms.progress.control;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.credits.control.ReviewList;
import cn.cadre.lms.credits.control.ScopeSql;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.directory.control.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * One level of the report as one statement: every serving cadre in scope under the node, with its
 * year's online seconds, station minutes and balance, grouped by the path segment just below the
 * node (a child region's code, or 'u' for the units placed at the node itself). The study figures
 * are summed per cadre in derived tables first, so a cadre with many sessions and many attendances
 * is still one row before the grouping.
 */
public final class LevelTotals {

  /** The key of the units placed at the node itself, whatever their id. */
  public static final String UNITS_AT_NODE = "u";

  private LevelTotals() {}

  /**
   * The figures under {@code nodePath} by child segment. {@code scope} must already be cut to the
   * node ({@link Scope#within}); only segments holding serving cadres in scope are present.
   */
  public static Map<String, Figures> of(Connection c, String nodePath, Scope scope, CreditRules rules, int year)
      throws SQLException {
    ScopeSql outer = ScopeSql.of(scope, "c.path");
    ScopeSql inner = ScopeSql.of(scope, "k.path");
    String sql = statement(nodePath, inner, outer, ReviewList.requirement(rules));
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate next = first.plusYears(1);
    Map<String, Figures> sums = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, year);
      int i = inner.bind(ps, 2);
      ps.setTimestamp(i++, utc(first));
      ps.setTimestamp(i++, utc(next));
      i = inner.bind(ps, i);
      ps.setObject(i++, first);
      ps.setObject(i++, next);
      outer.bind(ps, i);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sums.put(rs.getString(1), new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4),
              rs.getBigDecimal(5).setScale(2), rs.getBigDecimal(6).setScale(2), rs.getLong(7)));
        }
      }
    }
    return sums;
  }

  /**
   * Per cadre first (its balance, and its sessions and attendances summed in derived tables cut to
   * the same scope), then per segment. The placeholders: the year, the inner scope, the sessions'
   * UTC bounds, the inner scope, the attendances' days, the outer scope.
   */
  private static String statement(String nodePath, ScopeSql inner, ScopeSql outer, String need) {
    String held = "COALESCE(b.required_total, 0)";
    return "SELECT t.seg, COUNT(*), SUM(t.secs), SUM(t.mins), SUM(t.req), SUM(t.ele), SUM(t.meets) FROM ("
        + "SELECT " + segment(nodePath.length() + 1) + " AS seg, COALESCE(o.secs, 0) AS secs, COALESCE(g.mins, 0) AS mins, "
        + held + " AS req, COALESCE(b.elective_total, 0) AS ele,"
        + " CASE WHEN " + held + " >= " + need + " THEN 1 ELSE 0 END AS meets"
        + " FROM cadre c"
        + " LEFT JOIN credit_balance b ON b.cadre_id = c.id AND b.assessment_year = ?"
        + " LEFT JOIN (SELECT s.cadre_id, SUM(s.counted_seconds) AS secs FROM study_session s"
        + " JOIN cadre k ON k.id = s.cadre_id WHERE k.status = 'SERVING' AND " + inner.sql()
        + " AND s.started_at >= ? AND s.started_at < ? GROUP BY s.cadre_id) o ON o.cadre_id = c.id"
        // station time: group study attended (minutes) and online study run at a station (seconds)
        + " LEFT JOIN (SELECT a.cadre_id, FLOOR(SUM(a.secs) / 60) AS mins FROM (SELECT cadre_id, minutes * 60 AS secs, study_day"
        + " FROM group_attendance WHERE cadre_id IS NOT NULL UNION ALL SELECT cadre_id, counted_seconds, study_day FROM station_study) a"
        + " JOIN cadre k ON k.id = a.cadre_id WHERE k.status = 'SERVING' AND " + inner.sql()
        + " AND a.study_day >= ? AND a.study_day < ? GROUP BY a.cadre_id) g ON g.cadre_id = c.id"
        + " WHERE c.status = 'SERVING' AND " + outer.sql()
        + ") t GROUP BY t.seg";
  }

  /**
   * The segment of {@code c.path} that starts at {@code from} (1-based, just after the node's
   * path) and runs to the next '/'; every unit segment ('u12') is folded into one key. The
   * position is the node path's length, a number, never caller text.
   */
  private static String segment(int from) {
    return "CASE WHEN SUBSTRING(c.path, " + from + ", 1) = '" + UNITS_AT_NODE + "' THEN '" + UNITS_AT_NODE + "'"
        + " ELSE SUBSTRING(c.path, " + from + ", LOCATE('/', c.path, " + from + ") - " + from + ") END";
  }

  /**
   * Midnight of a China-time day as the UTC time study sessions are stored in, bound the way the
   * tracker writes them (a Timestamp of the UTC wall time), so both meet the same conversion.
   */
  private static Timestamp utc(LocalDate chinaDay) {
    return Timestamp.valueOf(chinaDay.atStartOfDay(ChinaTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
  }
}
