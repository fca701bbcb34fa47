package cn.cadre.lms.credits.control;

import cn.cadre.lms.directory.entity.CadreStatus;
import cn.cadre.lms.directory.entity.Rank;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** What the ledger needs to know of a cadre: where (for scope), the rank (for the requirement). */
public record CadreFacts(long id, String name, String path, Rank rank, CadreStatus status) {

  public static Optional<CadreFacts> find(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, name, path, cadre_rank, status FROM cadre WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new CadreFacts(rs.getLong(1), rs.getString(2), rs.getString(3),
                Rank.valueOf(rs.getString(4)), CadreStatus.valueOf(rs.getString(5))))
            : Optional.empty();
      }
    }
  }

  /** A course's title for an entry's reason; its id when the course is unknown here. */
  public static String courseTitle(Connection c, long courseId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT title FROM course WHERE id = ?")) {
      ps.setLong(1, courseId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "#" + courseId;
      }
    }
  }
}
