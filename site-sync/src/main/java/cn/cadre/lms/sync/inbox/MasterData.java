package cn.cadre.lms.sync.inbox;

import static cn.cadre.lms.sync.protocol.SyncJson.JSON;

import cn.cadre.lms.sync.protocol.Keys;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The master data a station holds, cut to its village: the regions on its path, the station, the
 * village's units, cadres and their accounts (with password hashes, so they sign in at the station),
 * the role grants under the village, the courses offered there and the credit rules. Rows are read
 * in id order, so the same data always makes the same bytes and the same version.
 */
public final class MasterData {

  /** The tables in the order a station writes them (parents first), with the columns sent. */
  public static final List<String[]> TABLES = List.of(
      new String[] {"org_node", "id, parent_id, code, name, tier, path"},
      new String[] {"station", "id, village_id, code, name, kind, path"},
      new String[] {"unit", "id, node_id, code, name, kind, path"},
      new String[] {"cadre", "id, name, gender, unit_id, post, cadre_rank, authority, status, path, version"},
      new String[] {"person", "id, username, display_name, password_hash, failed_attempts, locked_until,"
          + " must_change_password, cadre_id, home_path, version"},
      new String[] {"role_grant", "id, person_id, role_name, scope_path"},
      new String[] {"course", "id, title, teacher, category, summary, cover_id, credits, owner_path, status,"
          + " attention_checks, created_by, created_at, published_at, version"},
      new String[] {"media_file", "id, name, content_type, size_bytes, sha256, uploaded_by, uploaded_at"},
      new String[] {"lesson", "id, course_id, position, title, kind, length_seconds, media_id, media_url, body, pass_percent,"
          + " max_attempts, version"},
      new String[] {"quiz_question", "id, lesson_id, position, kind, prompt, options, answer"},
      new String[] {"credit_rules", "assessment_year, minutes_per_credit, daily_cap, elective_cap, required_county,"
          + " required_section, required_below_section, updated_by, updated_at"});

  private MasterData() {}

  public record Snapshot(String version, JsonObject data) {}

  public static Snapshot of(Connection c, StationLink s) throws SQLException {
    String v = s.villagePath();
    List<String> ancestors = ancestors(v);
    JsonObjectBuilder data = JSON.createObjectBuilder();
    data.add("org_node", rows(c, "SELECT " + TABLES.get(0)[1] + " FROM org_node WHERE path IN " + InboxApply.marks(ancestors.size())
        + " ORDER BY id", ancestors.toArray()));
    data.add("station", rows(c, "SELECT " + TABLES.get(1)[1] + " FROM station WHERE id = ?", s.stationId()));
    data.add("unit", rows(c, "SELECT " + TABLES.get(2)[1] + " FROM unit WHERE path LIKE ? ORDER BY id", v + "%"));
    data.add("cadre", rows(c, "SELECT " + TABLES.get(3)[1] + " FROM cadre WHERE path LIKE ? ORDER BY id", v + "%"));
    // the village's people: its cadres' accounts (by the cadre path index) and everyone holding a role
    // under the village, its operators (role_grant is small), then read by id: one statement with the
    // two as a subquery had MariaDB scan every account (40-300 ms a request)
    Set<Long> ids = new TreeSet<>(longs(c, "SELECT p.id FROM person p JOIN cadre c ON c.id = p.cadre_id WHERE c.path LIKE ?",
        v + "%"));
    ids.addAll(longs(c, "SELECT person_id FROM role_grant WHERE scope_path LIKE ?", v + "%"));
    data.add("person", ids.isEmpty() ? JSON.createArrayBuilder() : rows(c, "SELECT " + TABLES.get(4)[1] + " FROM person WHERE id IN "
        + InboxApply.marks(ids.size()) + " ORDER BY id", ids.toArray()));
    data.add("role_grant", ids.isEmpty() ? JSON.createArrayBuilder() : rows(c, "SELECT " + TABLES.get(5)[1]
        + " FROM role_grant WHERE scope_path LIKE ? AND person_id IN " + InboxApply.marks(ids.size()) + " ORDER BY id",
        prepend(v + "%", ids)));
    List<Object> owners = new ArrayList<>(ancestors);
    data.add("course", rows(c, "SELECT " + TABLES.get(6)[1].replace("cover_id", "NULL AS cover_id")
        + " FROM course WHERE status = 'PUBLISHED' AND owner_path IN " + InboxApply.marks(owners.size()) + " ORDER BY id",
        owners.toArray()));
    // the lessons of those courses, their quiz questions, and the lesson files the station is to cache
    String offered = "SELECT id FROM course WHERE status = 'PUBLISHED' AND owner_path IN " + InboxApply.marks(owners.size());
    List<Object> twice = new ArrayList<>(owners);
    data.add("media_file", rows(c, "SELECT " + TABLES.get(7)[1] + " FROM media_file WHERE id IN (SELECT media_id FROM lesson"
        + " WHERE media_id IS NOT NULL AND course_id IN (" + offered + ")) ORDER BY id", twice.toArray()));
    data.add("lesson", rows(c, "SELECT " + TABLES.get(8)[1] + " FROM lesson WHERE course_id IN (" + offered + ") ORDER BY id",
        owners.toArray()));
    data.add("quiz_question", rows(c, "SELECT " + TABLES.get(9)[1] + " FROM quiz_question WHERE lesson_id IN (SELECT id FROM lesson"
        + " WHERE course_id IN (" + offered + ")) ORDER BY id", owners.toArray()));
    data.add("credit_rules", rows(c, "SELECT " + TABLES.get(10)[1] + " FROM credit_rules ORDER BY assessment_year"));
    JsonObject built = data.build();
    return new Snapshot(Keys.sha256(built.toString().getBytes(StandardCharsets.UTF_8)), built);
  }

  /** '/340600/340621/340621100/340621100201/' and every path above it. */
  static List<String> ancestors(String path) {
    List<String> out = new ArrayList<>();
    int i = 1;
    while ((i = path.indexOf('/', i)) > 0) {
      out.add(path.substring(0, i + 1));
      i++;
    }
    return out;
  }

  private static List<Long> longs(Connection c, String sql, Object... args) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      InboxApply.bind(ps, Arrays.asList(args));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static Object[] prepend(Object first, Set<Long> rest) {
    List<Object> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all.toArray();
  }

  private static JsonArrayBuilder rows(Connection c, String sql, Object... args) throws SQLException {
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      InboxApply.bind(ps, Arrays.asList(args));
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          JsonArrayBuilder row = JSON.createArrayBuilder();
          for (int col = 1; col <= md.getColumnCount(); col++) {
            Object o = rs.getObject(col);
            if (o == null) {
              row.addNull();
            } else if (o instanceof Number n && !(o instanceof BigDecimal) && md.getColumnType(col) != Types.DECIMAL) {
              row.add(n.longValue());
            } else if (o instanceof BigDecimal d) {
              row.add(d.toPlainString());
            } else if (o instanceof Boolean b) {
              row.add(b);
            } else if (o instanceof Timestamp t) {
              row.add(t.toLocalDateTime().toString());
            } else if (o instanceof java.sql.Clob clob) {
              row.add(clob.getSubString(1, (int) clob.length()));
            } else if (o instanceof java.time.LocalDateTime t) {
              row.add(t.toString());
            } else {
              row.add(o.toString());
            }
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
