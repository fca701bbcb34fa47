package cn.cadre.lms.web.bench;

import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.search.control.SearchHit;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.Visibility;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * BENCHMARK BASELINE, not part of the product: forum posts searched the way a simple LMS does it,
 * {@code LIKE '%word%'} on the post body and the thread title, with the same visibility (the
 * board's audience path and group against the reader), newest first, a page and the exact total:
 * two statements per request. bench/search.sh measures it against {@code GET /api/search} over the
 * same posts in the same run. The forum tables belong to the forums module.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class NaiveSearch {

  private static final String FROM = " FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id"
      + " JOIN forum_board b ON b.id = t.board_id"
      + " WHERE p.hidden = FALSE AND t.hidden = FALSE AND (p.body LIKE ? OR t.title LIKE ?) AND ";

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  public Page<SearchHit> search(Visibility reader, String word, int page, int size) {
    List<Object> params = new ArrayList<>();
    String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    params.add(like);
    params.add(like);
    String where = visible(reader, params);
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement ps = bind(c.prepareStatement("SELECT COUNT(*)" + FROM + where), params)) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<SearchHit> hits = new ArrayList<>();
      try (PreparedStatement ps = bind(c.prepareStatement("SELECT p.id, t.title, p.body, b.county_code, p.created_at"
          + FROM + where + " ORDER BY p.created_at DESC LIMIT " + size + " OFFSET " + (long) page * size), params)) {
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String body = rs.getString(3);
            hits.add(new SearchHit(SearchKind.FORUM_POST, rs.getLong(1), rs.getString(2), SearchHit.escape(rs.getString(2)),
                body.length() > 160 ? body.substring(0, 160) : body, rs.getString(4),
                rs.getTimestamp(5).toLocalDateTime().toInstant(ZoneOffset.UTC), "forum-thread.xhtml"));
          }
        }
      }
      return new Page<>(total, page, size, hits);
    } catch (SQLException e) {
      throw new IllegalStateException("the naive search failed", e);
    }
  }

  /** The visibility rule in SQL: a staff prefix covers the audience, or the cadre lies under it (and is in its group). */
  static String visible(Visibility reader, List<Object> params) {
    List<String> either = new ArrayList<>();
    for (String prefix : reader.staffScope().prefixes()) {
      either.add("b.audience_path LIKE ?");
      params.add(prefix + "%");
    }
    if (!reader.places().isEmpty()) {
      StringBuilder cadre = new StringBuilder("(b.audience_path IN (");
      int n = 0;
      for (String path : reader.places()) {
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
          cadre.append(n++ == 0 ? "?" : ", ?");
          params.add(path.substring(0, i + 1));
        }
      }
      cadre.append(") AND (b.group_name IS NULL");
      for (String g : reader.groups()) {
        cadre.append(" OR b.group_name = ?");
        params.add(g);
      }
      either.add(cadre.append("))").toString());
    }
    return either.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", either) + ")";
  }

  private static PreparedStatement bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
    return ps;
  }
}
