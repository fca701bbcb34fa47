package cn.cadre.lms.credits.control;

import cn.cadre.lms.directory.control.Scope;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The directory's scope rule as a JDBC condition on a path column with positional parameters:
 * the same prefixes as {@link Scope#where}, so the ledger's lists meet the same filter as the
 * people list. An empty scope is a condition that is always false. Public for the other reports
 * (progress), so every report meets the one scope rule.
 */
public record ScopeSql(String sql, List<String> params) {

  public static ScopeSql of(Scope scope, String column) {
    if (scope.isEmpty()) {
      return new ScopeSql("1 = 0", List.of());
    }
    String sql = String.join(" OR ", scope.prefixes().stream().map(p -> column + " LIKE ?").toList());
    return new ScopeSql("(" + sql + ")", scope.prefixes().stream().map(p -> p + "%").toList());
  }

  /** Binds the prefixes from parameter {@code first} on; returns the next free index. */
  public int bind(PreparedStatement ps, int first) throws SQLException {
    int i = first;
    for (String p : params) {
      ps.setString(i++, p);
    }
    return i;
  }
}
