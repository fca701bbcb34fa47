package cn.cadre.lms.sync.outbox;

import cn.cadre.lms.sync.inbox.MasterData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the center's snapshot of the village into the station's embedded H2 in one transaction:
 * every row merged by its key (H2's MERGE ... KEY), the role grants replaced, and the station's
 * version remembered. The station never edits these tables itself.
 */
public final class MasterApply {

  private MasterApply() {}

  public static void apply(Connection c, String version, JsonObject data) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM role_grant")) {
      ps.executeUpdate();
    }
    for (String[] table : MasterData.TABLES) {
      JsonArray rows = data.getJsonArray(table[0]);
      if (rows == null || rows.isEmpty()) {
        continue;
      }
      List<String> cols = Arrays.stream(table[1].split(",")).map(String::strip).toList();
      String key = table[0].equals("credit_rules") ? "assessment_year" : "id";
      String sql = "MERGE INTO " + table[0] + " (" + String.join(", ", cols) + ") KEY (" + key + ") VALUES ("
          + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (JsonValue v : rows) {
          JsonArray row = v.asJsonArray();
          for (int i = 0; i < cols.size(); i++) {
            JsonValue cell = row.get(i);
            switch (cell.getValueType()) {
              case NULL -> ps.setNull(i + 1, Types.VARCHAR);
              case TRUE -> ps.setBoolean(i + 1, true);
              case FALSE -> ps.setBoolean(i + 1, false);
              case NUMBER -> ps.setLong(i + 1, row.getJsonNumber(i).longValue());
              default -> ps.setString(i + 1, row.getString(i));
            }
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_self SET master_version = ? WHERE id = 1")) {
      ps.setString(1, version);
      ps.executeUpdate();
    }
  }
}
