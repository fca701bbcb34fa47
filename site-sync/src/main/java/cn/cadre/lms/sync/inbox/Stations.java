package cn.cadre.lms.sync.inbox;

import static cn.cadre.lms.sync.protocol.SyncJson.JSON;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.sync.config.SyncConfig;
import cn.cadre.lms.sync.protocol.Keys;
import cn.cadre.lms.sync.protocol.RecordKind;
import cn.cadre.lms.sync.protocol.SyncRecord;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The stations page's boundary at the center, within the caller's scope: each station's link,
 * enrolment codes, revocation, the records a station sent (quarantined ones fixed and re-applied,
 * or rejected with a reason), and refusals. Reading needs a directory-reading role over the
 * station's village; changing needs an administrator's (center or sub-center).
 */
@Stateless
public class Stations {

  static final Duration CODE_LIFE = Duration.ofDays(7);
  private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject SyncConfig config;

  public record StationRow(long id, String code, String name, String villagePath, String villageName, boolean enrolled,
      String keyId, long highWater, LocalDateTime lastContactAt, int backlog, long quarantined, long refusals) {}

  public record InboxRow(long seq, String id, String kind, String bodyHash, String body, String state, String reason,
      String detail, LocalDateTime madeAt, LocalDateTime receivedAt) {}

  public record KeyRow(String keyId, LocalDateTime enrolledAt, LocalDateTime revokedAt, String revokeReason) {}

  public record RefusalRow(LocalDateTime at, String reason, String detail) {}

  public record Code(String code, LocalDateTime expiresAt) {}

  public record Enrolled(long stationId, String stationCode, String stationName, String villagePath, String keyId, long highWater) {}

  private static final String ROW_SQL = "SELECT s.id, s.code, s.name, v.path, v.name, ss.key_id, ss.high_water,"
      + " ss.last_contact_at, ss.backlog,"
      + " (SELECT COUNT(*) FROM sync_inbox i WHERE i.station_id = s.id AND i.state = 'QUARANTINED'),"
      + " (SELECT COUNT(*) FROM sync_refusal f WHERE f.station_id = s.id)"
      + " FROM station s JOIN org_node v ON v.id = s.village_id LEFT JOIN sync_station ss ON ss.station_id = s.id";

  public Page<StationRow> list(Actor actor, String q, int page, int size) {
    config.requireCenter();
    Scope scope = actor.readScope();
    if (scope.isEmpty()) {
      return new Page<>(0, page, size, List.of());
    }
    StringBuilder where = new StringBuilder(" WHERE (");
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < scope.prefixes().size(); i++) {
      where.append(i == 0 ? "" : " OR ").append("s.path LIKE ?");
      args.add(scope.prefixes().get(i) + "%");
    }
    where.append(')');
    if (q != null && !q.isBlank()) {
      where.append(" AND (s.code LIKE ? OR s.name LIKE ? OR v.name LIKE ?)");
      String like = "%" + q.strip().replace("%", "").replace("_", "") + "%";
      args.add(like);
      args.add(like);
      args.add(like);
    }
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT COUNT(*) FROM station s JOIN org_node v ON v.id = s.village_id" + where)) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      // stations that need attention first: quarantined records, then a backlog, then by code
      List<StationRow> rows = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(ROW_SQL + where + " ORDER BY 10 DESC, ss.backlog DESC, s.code"
          + " LIMIT " + size + " OFFSET " + ((long) page * size))) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(row(rs));
          }
        }
      }
      return new Page<>(total, page, size, rows);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public StationRow get(Actor actor, long id) {
    config.requireCenter();
    try (Connection c = dataSource.getConnection()) {
      return visible(c, actor.readScope(), id);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<KeyRow> keys(Actor actor, long id) {
    return query(actor, id, "SELECT key_id, enrolled_at, revoked_at, revoke_reason FROM sync_key WHERE station_id = ?"
        + " ORDER BY enrolled_at DESC", rs -> new KeyRow(rs.getString(1), time(rs, 2), time(rs, 3), rs.getString(4)));
  }

  public List<RefusalRow> refusals(Actor actor, long id) {
    return query(actor, id, "SELECT refused_at, reason, detail FROM sync_refusal WHERE station_id = ?"
        + " ORDER BY refused_at DESC LIMIT 200", rs -> new RefusalRow(time(rs, 1), rs.getString(2), rs.getString(3)));
  }

  public List<InboxRow> records(Actor actor, long id, String state) {
    if (state != null && !List.of("APPLIED", "QUARANTINED", "REJECTED").contains(state)) {
      throw LmsException.invalid("state", "sync.field.state");
    }
    String sql = "SELECT seq, record_id, kind, body_hash, body, state, reason, detail, made_at, received_at"
        + " FROM sync_inbox WHERE station_id = ?" + (state == null ? "" : " AND state = '" + state + "'") + " ORDER BY seq";
    return query(actor, id, sql, rs -> new InboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), time(rs, 9), time(rs, 10)));
  }

  public Code issueCode(Actor actor, long id) {
    config.requireCenter();
    try (Connection c = dataSource.getConnection()) {
      visible(c, actor.manageScope(), id);
      StringBuilder code = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        if (i > 0 && i % 4 == 0) {
          code.append('-');
        }
        code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
      }
      Instant now = Instant.now();
      Instant expires = now.plus(CODE_LIFE);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_enrolment_code (code_hash, station_id, issued_by,"
          + " issued_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, NULL)")) {
        ps.setString(1, Keys.sha256(normalise(code.toString())));
        ps.setLong(2, id);
        ps.setLong(3, actor.personId());
        ps.setTimestamp(4, InboxApply.utc(now));
        ps.setTimestamp(5, InboxApply.utc(expires));
        ps.executeUpdate();
      }
      return new Code(code.toString(), LocalDateTime.ofInstant(expires, ZoneOffset.UTC));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A station's first contact: the one-time code and its new public key. */
  public Enrolled enrol(String code, String publicKey) {
    config.requireCenter();
    if (code == null || code.isBlank()) {
      throw LmsException.invalid("code", "field.required");
    }
    PublicKey key;
    try {
      key = Keys.publicKey(publicKey == null ? "" : publicKey);
    } catch (IllegalArgumentException e) {
      throw LmsException.invalid("publicKey", "sync.field.publicKey");
    }
    Instant now = Instant.now();
    try (Connection c = dataSource.getConnection()) {
      long stationId;
      try (PreparedStatement ps = c.prepareStatement("SELECT station_id, expires_at, used_at FROM sync_enrolment_code"
          + " WHERE code_hash = ? FOR UPDATE")) {
        ps.setString(1, Keys.sha256(normalise(code)));
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next() || rs.getTimestamp(3) != null || time(rs, 2).isBefore(LocalDateTime.ofInstant(now, ZoneOffset.UTC))) {
            throw LmsException.invalid("code", "sync.field.code");
          }
          stationId = rs.getLong(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE sync_enrolment_code SET used_at = ? WHERE code_hash = ?")) {
        ps.setTimestamp(1, InboxApply.utc(now));
        ps.setString(2, Keys.sha256(normalise(code)));
        ps.executeUpdate();
      }
      StationLink s = InboxApply.lock(c, stationId).orElseThrow(Inbox::notFound);
      if (s.enrolled()) {
        revokeKey(c, s.keyId(), null, "replaced by a new enrolment", now);
      }
      String keyId = Keys.keyId(key);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_key (key_id, station_id, public_key, enrolled_at,"
          + " revoked_at, revoked_by, revoke_reason) VALUES (?, ?, ?, ?, NULL, NULL, NULL)")) {
        ps.setString(1, keyId);
        ps.setLong(2, stationId);
        ps.setString(3, Keys.encode(key));
        ps.setTimestamp(4, InboxApply.utc(now));
        ps.executeUpdate();
      } catch (SQLException e) {
        if (InboxApply.isDuplicate(e)) {
          throw LmsException.invalid("publicKey", "sync.field.publicKeyUsed");
        }
        throw e;
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE sync_station SET key_id = ?, last_contact_at = ? WHERE station_id = ?")) {
        ps.setString(1, keyId);
        ps.setTimestamp(2, InboxApply.utc(now));
        ps.setLong(3, stationId);
        ps.executeUpdate();
      }
      return new Enrolled(stationId, s.code(), s.name(), s.villagePath(), keyId, s.highWater());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void revoke(Actor actor, long id, String reason) {
    config.requireCenter();
    if (reason == null || reason.isBlank() || reason.length() > 200) {
      throw LmsException.invalid("reason", "sync.field.reason");
    }
    try (Connection c = dataSource.getConnection()) {
      visible(c, actor.manageScope(), id);
      StationLink s = InboxApply.lock(c, id).orElseThrow(Inbox::notFound);
      if (!s.enrolled()) {
        throw LmsException.conflict("problem.sync.notEnrolled");
      }
      revokeKey(c, s.keyId(), actor.personId(), reason.strip(), Instant.now());
      try (PreparedStatement ps = c.prepareStatement("UPDATE sync_station SET key_id = NULL WHERE station_id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Re-applies a quarantined record after a fix; for an attendance, cadreId routes it to that cadre. */
  public InboxRow reapply(Actor actor, long id, long seq, Long cadreId) {
    config.requireCenter();
    try (Connection c = dataSource.getConnection()) {
      visible(c, actor.manageScope(), id);
      StationLink s = InboxApply.lock(c, id).orElseThrow(Inbox::notFound);
      InboxRow row = quarantined(c, id, seq);
      if (cadreId != null) {
        RecordKind kind = RecordKind.valueOf(row.kind());
        if (kind == RecordKind.GROUP_SESSION || kind == RecordKind.STUDY_TIME) {
          throw LmsException.invalid("cadreId", "sync.field.cadreNotForSession");
        }
        String path = cadrePath(c, cadreId);
        if (path == null || !actor.manageScope().covers(path)) {
          throw LmsException.invalid("cadreId", "sync.field.cadre");
        }
      }
      JsonObject body = JSON.createReader(new StringReader(row.body())).readObject();
      SyncRecord r = new SyncRecord(seq, row.id(), RecordKind.valueOf(row.kind()), Instant.now(), body);
      Verdict v = InboxApply.reapply(c, s, r, cadreId, actor.personId(), Instant.now());
      if (!v.applies()) {
        throw new LmsException(422, "problem.sync.stillQuarantined", List.of(), v.reason().name(), v.detail());
      }
      return quarantinedOrAny(c, id, seq);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public InboxRow reject(Actor actor, long id, long seq, String reason) {
    config.requireCenter();
    if (reason == null || reason.isBlank() || reason.length() > 300) {
      throw LmsException.invalid("reason", "sync.field.reason");
    }
    try (Connection c = dataSource.getConnection()) {
      visible(c, actor.manageScope(), id);
      quarantined(c, id, seq);
      try (PreparedStatement ps = c.prepareStatement("UPDATE sync_inbox SET state = 'REJECTED', detail = ?, resolved_by = ?,"
          + " resolved_at = ? WHERE station_id = ? AND seq = ? AND state = 'QUARANTINED'")) {
        ps.setString(1, reason.strip());
        ps.setLong(2, actor.personId());
        ps.setTimestamp(3, InboxApply.utc(Instant.now()));
        ps.setLong(4, id);
        ps.setLong(5, seq);
        ps.executeUpdate();
      }
      return quarantinedOrAny(c, id, seq);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private InboxRow quarantined(Connection c, long id, long seq) throws SQLException {
    InboxRow row = quarantinedOrAny(c, id, seq);
    if (!"QUARANTINED".equals(row.state())) {
      throw LmsException.conflict("problem.sync.notQuarantined");
    }
    return row;
  }

  private InboxRow quarantinedOrAny(Connection c, long id, long seq) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, record_id, kind, body_hash, body, state, reason, detail,"
        + " made_at, received_at FROM sync_inbox WHERE station_id = ? AND seq = ?")) {
      ps.setLong(1, id);
      ps.setLong(2, seq);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw LmsException.notFound("record");
        }
        return new InboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), time(rs, 9), time(rs, 10));
      }
    }
  }

  private static String cadrePath(Connection c, long cadreId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT path FROM cadre WHERE id = ?")) {
      ps.setLong(1, cadreId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static void revokeKey(Connection c, String keyId, Long by, String reason, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_key SET revoked_at = ?, revoked_by = ?, revoke_reason = ?"
        + " WHERE key_id = ? AND revoked_at IS NULL")) {
      ps.setTimestamp(1, InboxApply.utc(now));
      if (by == null) {
        ps.setNull(2, java.sql.Types.BIGINT);
      } else {
        ps.setLong(2, by);
      }
      ps.setString(3, reason);
      ps.setString(4, keyId);
      ps.executeUpdate();
    }
  }

  private StationRow visible(Connection c, Scope scope, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(ROW_SQL + " WHERE s.id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw LmsException.notFound("station");
        }
        String path = villageStationPath(c, id);
        if (!scope.covers(path)) {
          throw LmsException.notFound("station");
        }
        return row(rs);
      }
    }
  }

  private static String villageStationPath(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT path FROM station WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(Actor actor, long id, String sql, RowReader<T> reader) {
    config.requireCenter();
    try (Connection c = dataSource.getConnection()) {
      visible(c, actor.readScope(), id);
      List<T> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(reader.read(rs));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StationRow row(ResultSet rs) throws SQLException {
    String key = rs.getString(6);
    return new StationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), key != null, key,
        rs.getLong(7), time(rs, 8), rs.getInt(9), rs.getLong(10), rs.getLong(11));
  }

  static LocalDateTime time(ResultSet rs, int col) throws SQLException {
    Timestamp t = rs.getTimestamp(col);
    return t == null ? null : t.toLocalDateTime();
  }

  static String normalise(String code) {
    return code.replace("-", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }
}
