package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.Rank;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The review list as one statement: the serving cadres in scope LEFT JOINed to their balance row
 * for the year (no balance row means no credits yet), the requirement by rank written into the
 * statement from the year's rules, sorted by shortfall, largest first, then name. No per-row
 * queries: the balance table carries the totals, so the entries are never summed here.
 */
public final class ReviewList {

  private ReviewList() {}

  public static ReviewPage page(Connection c, Scope scope, CreditRules rules, ReviewQuery q) throws SQLException {
    List<ReviewRow> rows = new ArrayList<>();
    each(c, scope, rules, q, q.page() * q.size(), q.size(), rows::add);
    return new ReviewPage(count(c, scope, rules, q), q.page(), q.size(), rows);
  }

  /**
   * Every row of the filtered list from {@code offset}, at most {@code limit}, in review order. The
   * inner query sorts what two indexes hold (ix_cadre_scope has path, rank, status, name and the id;
   * the balance's primary key holds its totals), so the sort never reads whole cadre rows; only the
   * page's rows are then joined to their cadre and unit.
   */
  public static void each(Connection c, Scope scope, CreditRules rules, ReviewQuery q, int offset, int limit,
      Consumer<ReviewRow> sink) throws SQLException {
    String need = requirement(rules);
    String held = "COALESCE(b.required_total, 0)";
    String inner = "SELECT c.id, " + held + " AS req, COALESCE(b.elective_total, 0) AS ele, " + need + " AS need,"
        + " CASE WHEN " + held + " < " + need + " THEN " + need + " - " + held + " ELSE 0 END AS shortfall, c.name AS nm"
        + from() + where(scope, q, need) + " ORDER BY shortfall DESC, c.name, c.id LIMIT ? OFFSET ?";
    String sql = "SELECT t.id, k.name, u.name, k.cadre_rank, t.req, t.ele, t.need, t.shortfall FROM (" + inner + ") t"
        + " JOIN cadre k ON k.id = t.id JOIN unit u ON u.id = k.unit_id ORDER BY t.shortfall DESC, t.nm, t.id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = bind(ps, scope, q, true);
      ps.setInt(i, limit);
      ps.setInt(i + 1, offset);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(new ReviewRow(rs.getLong(1), rs.getString(2), rs.getString(3), Rank.valueOf(rs.getString(4)),
              rs.getBigDecimal(5).setScale(2), rs.getBigDecimal(6).setScale(2), rs.getBigDecimal(7).setScale(2),
              rs.getBigDecimal(8).setScale(2)));
        }
      }
    }
  }

  /** The statement {@link ReviewOrder} sorts with: the ids alone, in review order, no paging. */
  static String orderSql(Scope scope, CreditRules rules, ReviewQuery q) {
    String need = requirement(rules);
    String held = "COALESCE(b.required_total, 0)";
    return "SELECT c.id, CASE WHEN " + held + " < " + need + " THEN " + need + " - " + held + " ELSE 0 END AS shortfall"
        + from() + where(scope, q, need) + " ORDER BY shortfall DESC, c.name, c.id";
  }

  static void bindOrder(PreparedStatement ps, Scope scope, ReviewQuery q) throws SQLException {
    bind(ps, scope, q, true);
  }

  /** The rows of these cadres for the year, in the order given; a cadre gone meanwhile is left out. */
  public static List<ReviewRow> rows(Connection c, long[] ids, CreditRules rules, int year) throws SQLException {
    if (ids.length == 0) {
      return List.of();
    }
    String in = String.join(", ", java.util.Collections.nCopies(ids.length, "?"));
    Map<Long, ReviewRow> found = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.name, u.name, c.cadre_rank,"
        + " COALESCE(b.required_total, 0), COALESCE(b.elective_total, 0) FROM cadre c JOIN unit u ON u.id = c.unit_id"
        + " LEFT JOIN credit_balance b ON b.cadre_id = c.id AND b.assessment_year = ? WHERE c.id IN (" + in + ")")) {
      ps.setInt(1, year);
      for (int i = 0; i < ids.length; i++) {
        ps.setLong(i + 2, ids[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Rank rank = Rank.valueOf(rs.getString(4));
          BigDecimal need = rules.requirement(rank);
          BigDecimal req = rs.getBigDecimal(5).setScale(2);
          found.put(rs.getLong(1), new ReviewRow(rs.getLong(1), rs.getString(2), rs.getString(3), rank, req,
              rs.getBigDecimal(6).setScale(2), need, need.subtract(req).max(BigDecimal.ZERO).setScale(2)));
        }
      }
    }
    List<ReviewRow> rows = new ArrayList<>();
    for (long id : ids) {
      ReviewRow r = found.get(id);
      if (r != null) {
        rows.add(r);
      }
    }
    return rows;
  }

  /** Without the shortfall filter the balance cannot change the count: the cadre index alone answers. */
  static long count(Connection c, Scope scope, CreditRules rules, ReviewQuery q) throws SQLException {
    boolean joined = q.shortfallOnly();
    String sql = "SELECT COUNT(*)" + (joined ? from() : " FROM cadre c") + where(scope, q, requirement(rules));
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, scope, q, joined);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String from() {
    return " FROM cadre c LEFT JOIN credit_balance b ON b.cadre_id = c.id AND b.assessment_year = ?";
  }

  private static String where(Scope scope, ReviewQuery q, String need) {
    StringBuilder w = new StringBuilder(" WHERE c.status = 'SERVING' AND ").append(ScopeSql.of(scope, "c.path").sql());
    if (q.rank() != null) {
      w.append(" AND c.cadre_rank = ?");
    }
    if (q.shortfallOnly()) {
      w.append(" AND COALESCE(b.required_total, 0) < ").append(need);
    }
    return w.toString();
  }

  private static int bind(PreparedStatement ps, Scope scope, ReviewQuery q, boolean year) throws SQLException {
    if (year) {
      ps.setInt(1, q.year());
    }
    int i = ScopeSql.of(scope, "c.path").bind(ps, year ? 2 : 1);
    if (q.rank() != null) {
      ps.setString(i++, q.rank().name());
    }
    return i;
  }

  /**
   * The rank's requirement as SQL on {@code c.cadre_rank} (the cadre table aliased {@code c}); the
   * figures are the rules' own decimals, never user text. Shared with the progress report, so a
   * cadre "meets the requirement" there exactly when the review shows no shortfall.
   */
  public static String requirement(CreditRules rules) {
    return "(CASE c.cadre_rank WHEN 'COUNTY' THEN " + rules.requirement(Rank.COUNTY).toPlainString()
        + " WHEN 'SECTION' THEN " + rules.requirement(Rank.SECTION).toPlainString()
        + " ELSE " + rules.requirement(Rank.BELOW_SECTION).toPlainString() + " END)";
  }
}
