package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.directory.control.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The whole review list's order for one filter, as cadre ids (8 bytes a cadre: 0.8 MB for a county
 * of 100,000), so a page is a slice of it and its rows are read by id. Sorting every cadre in
 * scope is what costs (0.3-0.7 s at 100,000); the boundary keeps an order for a short while.
 */
public final class ReviewOrder {

  private final long[] ids;

  private ReviewOrder(long[] ids) {
    this.ids = ids;
  }

  /** Sorts the filtered list as {@link ReviewList} does: largest shortfall first, then name, then id. */
  public static ReviewOrder of(Connection c, Scope scope, CreditRules rules, ReviewQuery q) throws SQLException {
    long[] found = new long[1024];
    int n = 0;
    try (PreparedStatement ps = c.prepareStatement(ReviewList.orderSql(scope, rules, q))) {
      ReviewList.bindOrder(ps, scope, q);
      ps.setFetchSize(5000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = rs.getLong(1);
        }
      }
    }
    return new ReviewOrder(Arrays.copyOf(found, n));
  }

  public int total() {
    return ids.length;
  }

  /** The ids of one page, in order; empty past the end. */
  public long[] page(int page, int size) {
    long from = (long) page * size;
    if (from >= ids.length) {
      return new long[0];
    }
    return Arrays.copyOfRange(ids, (int) from, (int) Math.min(ids.length, from + size));
  }
}
