package cn.cadre.lms.sync.outbox;

import static cn.cadre.lms.sync.protocol.SyncJson.JSON;

import cn.cadre.lms.sync.protocol.Keys;
import cn.cadre.lms.sync.protocol.RecordKind;
import cn.cadre.lms.sync.protocol.SyncRecord;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The station's side in SQL: its identity row, and the outbox. A record is numbered in the
 * transaction that stores it, under the identity row's lock, so numbers never skip nor repeat.
 */
public final class OutboxStore {

  private OutboxStore() {}

  public static Optional<SelfRow> self(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT center_url, station_id, station_code, station_name, village_path,"
        + " key_id, private_key, next_seq, acked_seq, master_version, pull_nonce, last_attempt_at, last_success_at,"
        + " last_error FROM sync_self WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(new SelfRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
          rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getString(10), rs.getLong(11),
          time(rs.getTimestamp(12)), time(rs.getTimestamp(13)), rs.getString(14)));
    }
  }

  public static void enrolled(Connection c, String centerUrl, long stationId, String code, String name, String villagePath,
      String keyId, String privateKey, String publicKey, long highWater, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_self (id, center_url, station_id, station_code,"
        + " station_name, village_path, key_id, private_key, public_key, next_seq, acked_seq, master_version, pull_nonce,"
        + " enrolled_at, last_attempt_at, last_success_at, last_error)"
        + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, NULL, NULL, NULL)")) {
      ps.setString(1, centerUrl);
      ps.setLong(2, stationId);
      ps.setString(3, code);
      ps.setString(4, name);
      ps.setString(5, villagePath);
      ps.setString(6, keyId);
      ps.setString(7, privateKey);
      ps.setString(8, publicKey);
      // a station enrolled again (a reinstalled PC) goes on after what the center holds
      ps.setLong(9, highWater + 1);
      ps.setLong(10, highWater);
      ps.setTimestamp(11, utc(now));
      ps.executeUpdate();
    }
  }

  /** Stores a record and numbers it, in the caller's transaction. */
  public static long append(Connection c, String id, RecordKind kind, JsonObject body, Instant madeAt) throws SQLException {
    long seq;
    try (PreparedStatement ps = c.prepareStatement("SELECT next_seq FROM sync_self WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("this station is not enrolled");
      }
      seq = rs.getLong(1);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_outbox (seq, record_id, kind, body, made_at, result, reason)"
        + " VALUES (?, ?, ?, ?, ?, NULL, NULL)")) {
      ps.setLong(1, seq);
      ps.setString(2, id);
      ps.setString(3, kind.name());
      ps.setString(4, body.toString());
      ps.setTimestamp(5, utc(madeAt));
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_self SET next_seq = ? WHERE id = 1")) {
      ps.setLong(1, seq + 1);
      ps.executeUpdate();
    }
    return seq;
  }

  /** The records after the center's mark, in order, at most max. */
  public static List<SyncRecord> waiting(Connection c, long after, int max) throws SQLException {
    List<SyncRecord> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, record_id, kind, body, made_at FROM sync_outbox"
        + " WHERE seq > ? ORDER BY seq LIMIT " + max)) {
      ps.setLong(1, after);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SyncRecord(rs.getLong(1), rs.getString(2), RecordKind.valueOf(rs.getString(3)),
              rs.getTimestamp(5).toLocalDateTime().toInstant(ZoneOffset.UTC),
              JSON.createReader(new StringReader(rs.getString(4))).readObject()));
        }
      }
    }
    return out;
  }

  public static long count(Connection c, long after) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sync_outbox WHERE seq > ?")) {
      ps.setLong(1, after);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The center's high-water mark as heard: everything up to it has arrived. */
  public static void acknowledged(Connection c, long highWater) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_self SET acked_seq = ? WHERE id = 1 AND acked_seq < ?")) {
      ps.setLong(1, highWater);
      ps.setLong(2, highWater);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_outbox SET result = 'APPLIED' WHERE seq <= ? AND result IS NULL")) {
      ps.setLong(1, highWater);
      ps.executeUpdate();
    }
  }

  /**
   * The center holds less than the station thought (restored from a backup, say): everything after
   * its mark is sent again; records it still has answer DUPLICATE.
   */
  public static void rewind(Connection c, long highWater) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_self SET acked_seq = ? WHERE id = 1")) {
      ps.setLong(1, highWater);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_outbox SET result = NULL WHERE seq > ?")) {
      ps.setLong(1, highWater);
      ps.executeUpdate();
    }
  }

  /** Each record's result as the center answered it. */
  public static void results(Connection c, List<Object[]> seqResultReason) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_outbox SET result = ?, reason = ? WHERE seq = ?")) {
      for (Object[] r : seqResultReason) {
        ps.setString(1, (String) r[1]);
        ps.setString(2, (String) r[2]);
        ps.setLong(3, (Long) r[0]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  public static void attempt(Connection c, Instant at, String error, boolean success) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(success
        ? "UPDATE sync_self SET last_attempt_at = ?, last_success_at = ?, last_error = NULL WHERE id = 1"
        : "UPDATE sync_self SET last_attempt_at = ?, last_error = ? WHERE id = 1")) {
      ps.setTimestamp(1, utc(at));
      if (success) {
        ps.setTimestamp(2, utc(at));
      } else {
        ps.setString(2, error.length() > 500 ? error.substring(0, 500) : error);
      }
      ps.executeUpdate();
    }
  }

  public static long nextNonce(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_self SET pull_nonce = pull_nonce + 1 WHERE id = 1")) {
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT pull_nonce FROM sync_self WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public record OutboxRow(long seq, String id, String kind, String bodyHash, String result, String reason, LocalDateTime madeAt) {}

  public static List<OutboxRow> all(Connection c) throws SQLException {
    List<OutboxRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, record_id, kind, body, result, reason, made_at FROM sync_outbox ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3),
            Keys.sha256(rs.getString(4).getBytes(StandardCharsets.UTF_8)), rs.getString(5), rs.getString(6),
            time(rs.getTimestamp(7))));
      }
    }
    return out;
  }

  static Timestamp utc(Instant i) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }

  static LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
