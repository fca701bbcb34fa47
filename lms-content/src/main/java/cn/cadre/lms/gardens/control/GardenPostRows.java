package cn.cadre.lms.gardens.control;

import cn.cadre.lms.common.PlainText;
import cn.cadre.lms.gardens.entity.GardenAudience;
import cn.cadre.lms.search.control.Searchable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Garden posts read for the search index with plain JDBC: by id after a change, or all of them in
 * id order, a chunk at a time, so a rebuild of a large table never holds it in memory. A post's text
 * is its body as plain text, then what it points at: the related course's title, the reading list's
 * entries, the resource's file name or link.
 */
public final class GardenPostRows {

  static final int CHUNK = 500;

  private static final String SELECT =
      "SELECT p.id, p.garden_id, p.title, p.body, p.url, p.updated_at, g.path, g.group_name, g.county_code,"
          + " m.name, c.title FROM garden_post p JOIN garden g ON g.id = p.garden_id"
          + " LEFT JOIN media_file m ON m.id = p.media_id LEFT JOIN course c ON c.id = p.course_id";

  private GardenPostRows() {}

  public static List<Searchable> load(Connection c, Collection<Long> ids) throws SQLException {
    List<Long> all = List.copyOf(ids);
    List<Searchable> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      out.addAll(read(c, SELECT + " WHERE p.id IN (" + marks(chunk.size()) + ") ORDER BY p.id", chunk));
    }
    return out;
  }

  public static void each(Connection c, Consumer<Searchable> sink) throws SQLException {
    long after = Long.MIN_VALUE;
    while (true) {
      List<Searchable> chunk = read(c, SELECT + " WHERE p.id > ? ORDER BY p.id LIMIT " + CHUNK, List.of(after));
      chunk.forEach(sink);
      if (chunk.size() < CHUNK) {
        return;
      }
      after = chunk.get(chunk.size() - 1).id();
    }
  }

  private record Row(long id, long gardenId, String title, String body, String url, Timestamp at, String path,
      String group, String countyCode, String fileName, String courseTitle) {}

  private static List<Searchable> read(Connection c, String sql, List<Long> params) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setLong(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getTimestamp(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
              rs.getString(11)));
        }
      }
    }
    Map<Long, StringBuilder> items = items(c, rows.stream().map(Row::id).toList());
    return rows.stream().map(r -> {
      StringJoiner text = new StringJoiner(" ");
      text.add(PlainText.of(r.body()));
      for (String pointer : new String[] {r.courseTitle(), r.fileName(), r.url()}) {
        if (pointer != null) {
          text.add(pointer);
        }
      }
      if (items.containsKey(r.id())) {
        text.add(items.get(r.id()));
      }
      var audience = new GardenAudience(r.path(), r.group(), r.countyCode(), null);
      return GardenSearch.post(audience, r.gardenId(), r.id(), r.title(), text.toString().strip(),
          ActivityFeed.instant(r.at()));
    }).toList();
  }

  /** The reading lists' entries of these posts, as one text per post. */
  private static Map<Long, StringBuilder> items(Connection c, List<Long> postIds) throws SQLException {
    Map<Long, StringBuilder> out = new HashMap<>();
    if (postIds.isEmpty()) {
      return out;
    }
    String sql = "SELECT i.post_id, i.label, i.url, c.title FROM garden_reading_item i"
        + " LEFT JOIN course c ON c.id = i.course_id WHERE i.post_id IN (" + marks(postIds.size()) + ")"
        + " ORDER BY i.post_id, i.position";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < postIds.size(); i++) {
        ps.setLong(i + 1, postIds.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StringBuilder sb = out.computeIfAbsent(rs.getLong(1), k -> new StringBuilder());
          for (int col = 2; col <= 4; col++) {
            if (rs.getString(col) != null) {
              sb.append(sb.length() == 0 ? "" : " ").append(rs.getString(col));
            }
          }
        }
      }
    }
    return out;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
