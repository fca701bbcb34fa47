package cn.cadre.lms.credits.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.credits.control.ReviewList;
import cn.cadre.lms.credits.control.ReviewOrder;
import cn.cadre.lms.credits.control.ReviewPage;
import cn.cadre.lms.credits.control.ReviewQuery;
import cn.cadre.lms.credits.control.ReviewSheet;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.Rank;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The review toward the annual assessment: every serving cadre within the caller's read scope
 * (center, sub-centers, a liaison's unit) with required and elective credits against the rank's
 * requirement, filtered and paged, or exported whole to XLSX. A unit or node filter outside the
 * scope answers 404, like an unknown id; a caller who reads no one gets an empty list.
 */
@Stateless
public class CreditReview {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject ReviewCache cache;

  /** A page of the list: its order from this node's cache (see {@link ReviewCache}), its rows read now. */
  public ReviewPage list(Actor actor, ReviewQuery q) {
    try (Connection c = dataSource.getConnection()) {
      Scope scope = scope(c, actor, q);
      CreditRules rules = rules(c, q.year());
      ReviewOrder order = order(c, scope, rules, q);
      return new ReviewPage(order.total(), q.page(), q.size(),
          ReviewList.rows(c, order.page(q.page(), q.size()), rules, q.year()));
    } catch (SQLException e) {
      throw new IllegalStateException("credit review: " + e.getMessage(), e);
    }
  }

  /**
   * The size of the filtered list alone, from the same order {@link #list} pages through (this node's
   * cache): a paged table asks for it before its page, and need not read rows for it.
   */
  public long total(Actor actor, ReviewQuery q) {
    try (Connection c = dataSource.getConnection()) {
      return order(c, scope(c, actor, q), rules(c, q.year()), q).total();
    } catch (SQLException e) {
      throw new IllegalStateException("credit review: " + e.getMessage(), e);
    }
  }

  private ReviewOrder order(Connection c, Scope scope, CreditRules rules, ReviewQuery q) {
    return cache.order(key(scope, rules, q), () -> {
      try {
        return ReviewOrder.of(c, scope, rules, q);
      } catch (SQLException e) {
        throw new IllegalStateException("credit review: " + e.getMessage(), e);
      }
    });
  }

  /** What decides an order: the year, the rules' requirements, the narrowed scope, rank and shortfall. */
  private static String key(Scope scope, CreditRules rules, ReviewQuery q) {
    return q.year() + "|" + rules.required() + "|" + scope.prefixes() + "|" + q.rank() + "|" + q.shortfallOnly();
  }

  /** Writes the whole filtered list (the query's page is ignored) as a workbook; returns the rows. */
  public int export(Actor actor, ReviewQuery q, String title, List<String> header, Map<Rank, String> rankNames,
      OutputStream out) {
    try (Connection c = dataSource.getConnection(); ReviewSheet sheet = new ReviewSheet(title, header, rankNames)) {
      ReviewList.each(c, scope(c, actor, q), rules(c, q.year()), q, 0, ReviewQuery.MAX_EXPORT, sheet);
      sheet.write(out);
      return sheet.rows();
    } catch (SQLException e) {
      throw new IllegalStateException("credit review export: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CreditRules rules(Connection c, int year) throws SQLException {
    return Credits.rules(c, year);
  }

  /** The caller's read scope narrowed to the unit and node asked for. */
  private static Scope scope(Connection c, Actor actor, ReviewQuery q) throws SQLException {
    Scope scope = actor.readScope();
    if (scope.isEmpty()) {
      return scope;
    }
    if (q.unitId() != null) {
      scope = narrow(scope, path(c, "SELECT path FROM unit WHERE id = ?", q.unitId()), "unit");
    }
    if (q.nodeId() != null) {
      scope = narrow(scope, path(c, "SELECT path FROM org_node WHERE id = ?", q.nodeId()), "node");
    }
    return scope;
  }

  private static Scope narrow(Scope scope, String path, String what) {
    Scope narrowed = path == null ? Scope.none() : scope.within(path);
    if (narrowed.isEmpty()) {
      throw LmsException.notFound(what);
    }
    return narrowed;
  }

  private static String path(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
