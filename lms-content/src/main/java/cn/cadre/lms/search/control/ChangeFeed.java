package cn.cadre.lms.search.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The change table as a follower reads it, in plain JDBC (H2 and MySQL alike). Ids come from the
 * table generator in blocks per node, so they are unique but neither gap-free nor in commit order:
 * a follower reads the rows after its mark, and also looks back over the last minutes for rows at
 * or below the mark that it has not seen (a transaction that took its id earlier and committed
 * later). Times are the database's own clock, read and compared through the same connection, so
 * nodes with skewed clocks or zones agree.
 */
public final class ChangeFeed {

  /** One row: which item of which kind changed. */
  public record Change(long id, SearchKind kind, long itemId) {}

  private ChangeFeed() {}

  /** The database's clock. */
  public static Instant now(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT CURRENT_TIMESTAMP");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getTimestamp(1).toInstant();
    }
  }

  /** Rows with an id above {@code mark}, lowest first, at most {@code limit}. */
  public static List<Change> after(Connection c, long mark, int limit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, kind, item_id FROM search_change WHERE id > ? ORDER BY id LIMIT ?")) {
      ps.setLong(1, mark);
      ps.setInt(2, limit);
      return read(ps);
    }
  }

  /** Rows written at or after {@code since} whose id is at or below {@code upTo}. */
  public static List<Change> lateSince(Connection c, Instant since, long upTo) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, kind, item_id FROM search_change WHERE changed_at >= ? AND id <= ? ORDER BY id")) {
      ps.setTimestamp(1, Timestamp.from(since));
      ps.setLong(2, upTo);
      return read(ps);
    }
  }

  /** The highest id written so far (0 when none). */
  public static long highWater(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM search_change");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Where the id generator stands: it never goes back, even when every row is pruned, so an index
   * whose mark lies beyond it was made against another database (a data folder reused).
   */
  public static long issued(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT next_value FROM id_sequence WHERE name = 'search_change'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Deletes the rows written before {@code before}; returns how many. */
  public static int prune(Connection c, Instant before) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_change WHERE changed_at < ?")) {
      ps.setTimestamp(1, Timestamp.from(before));
      return ps.executeUpdate();
    }
  }

  private static List<Change> read(PreparedStatement ps) throws SQLException {
    List<Change> changes = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        changes.add(new Change(rs.getLong(1), SearchKind.valueOf(rs.getString(2)), rs.getLong(3)));
      }
    }
    return changes;
  }
}
