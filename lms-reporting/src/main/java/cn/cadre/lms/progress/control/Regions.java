package cn.cadre.lms.progress.control;

import cn.cadre.lms.directory.control.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The region nodes the report walks: one by id, a node's children, and the nodes enclosing a path. */
public final class Regions {

  private static final String COLUMNS = "SELECT id, code, name, tier, path FROM org_node";

  private Regions() {}

  public static Optional<Region> find(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE id = ?")) {
      ps.setLong(1, id);
      List<Region> found = read(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  /** A node's child regions, by code. */
  public static List<Region> children(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE parent_id = ? ORDER BY code")) {
      ps.setLong(1, id);
      return read(ps);
    }
  }

  /** The nodes at or above {@code path} (a node's, a unit's or a scope's), root first. */
  public static List<Region> enclosing(Connection c, String path) throws SQLException {
    List<String> prefixes = prefixes(path);
    if (prefixes.isEmpty()) {
      return List.of();
    }
    String in = String.join(", ", Collections.nCopies(prefixes.size(), "?"));
    try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE path IN (" + in + ")")) {
      for (int i = 0; i < prefixes.size(); i++) {
        ps.setString(i + 1, prefixes.get(i));
      }
      List<Region> found = new ArrayList<>(read(ps));
      found.sort((a, b) -> Integer.compare(a.path().length(), b.path().length()));
      return found;
    }
  }

  /**
   * Where a caller's view starts: the deepest node enclosing every prefix of the scope (the city
   * for the center, the county for a sub-center, a liaison's unit's node); empty for an empty scope.
   */
  public static Optional<Region> top(Connection c, Scope scope) throws SQLException {
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    List<Region> above = enclosing(c, commonPath(scope.prefixes()));
    return above.isEmpty() ? Optional.empty() : Optional.of(above.get(above.size() - 1));
  }

  /** The longest path (whole segments) that starts every one of {@code paths}. */
  static String commonPath(List<String> paths) {
    String common = paths.get(0);
    for (String p : paths) {
      while (!p.startsWith(common)) {
        common = common.substring(0, common.lastIndexOf('/', common.length() - 2) + 1);
      }
    }
    return common;
  }

  /** '/a/b/c/' gives '/a/', '/a/b/', '/a/b/c/'. */
  static List<String> prefixes(String path) {
    List<String> out = new ArrayList<>();
    for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
      out.add(path.substring(0, i + 1));
    }
    return out;
  }

  private static List<Region> read(PreparedStatement ps) throws SQLException {
    List<Region> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Region(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    return out;
  }
}
