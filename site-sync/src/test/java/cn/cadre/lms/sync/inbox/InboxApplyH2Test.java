package cn.cadre.lms.sync.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.demo.DemoSpec;
import cn.cadre.lms.demo.HuaibeiDemo;
import cn.cadre.lms.sync.outbox.OutboxStore;
import cn.cadre.lms.sync.protocol.Batch;
import cn.cadre.lms.sync.protocol.Keys;
import cn.cadre.lms.sync.protocol.Outcome;
import cn.cadre.lms.sync.protocol.RecordKind;
import cn.cadre.lms.sync.protocol.Refusal;
import cn.cadre.lms.sync.protocol.SyncRecord;
import cn.cadre.lms.sync.protocol.SyncRefused;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inbox's SQL and the station's counters on embedded H2 with the demo data: a station's log
 * applied once, duplicates skipped, replays and gaps refused, bad records quarantined and
 * re-applied after a fix; the outbox numbers records without a gap, also across a rollback.
 */
class InboxApplyH2Test {

  static final String URL = "jdbc:h2:mem:inbox;DB_CLOSE_DELAY=-1";
  static final KeyPair KEY = Keys.generate();
  static long stationId;
  static String village;
  static long villageCadre;
  static long outsider;
  static String outsiderUsername;

  @BeforeAll
  static void demo() throws SQLException {
    Flyway.configure().dataSource(URL, "sa", "").load().migrate();
    try (Connection c = connect()) {
      HuaibeiDemo.load(c, new DemoSpec(DemoSpec.huaibei().seed(), DemoSpec.MIN_CADRES), "not-a-real-hash");
      try (ResultSet rs = c.createStatement().executeQuery("SELECT s.id, v.path FROM station s JOIN org_node v ON v.id = s.village_id"
          + " WHERE EXISTS (SELECT 1 FROM cadre c WHERE c.path LIKE CONCAT(v.path, '%')) ORDER BY s.id LIMIT 1")) {
        rs.next();
        stationId = rs.getLong(1);
        village = rs.getString(2);
      }
      villageCadre = one(c, "SELECT MIN(id) FROM cadre WHERE path LIKE '" + village + "%'");
      outsider = one(c, "SELECT MIN(c.id) FROM cadre c JOIN person p ON p.cadre_id = c.id WHERE c.path NOT LIKE '" + village + "%'");
      try (ResultSet rs = c.createStatement().executeQuery("SELECT username FROM person WHERE cadre_id = " + outsider)) {
        rs.next();
        outsiderUsername = rs.getString(1);
      }
      InboxApply.ensureRow(c, stationId);
      c.createStatement().executeUpdate("INSERT INTO sync_key (key_id, station_id, public_key, enrolled_at) VALUES ('"
          + Keys.keyId(KEY.getPublic()) + "', " + stationId + ", '" + Keys.encode(KEY.getPublic()) + "', CURRENT_TIMESTAMP)");
      c.createStatement().executeUpdate("UPDATE sync_station SET key_id = '" + Keys.keyId(KEY.getPublic()) + "' WHERE station_id = " + stationId);
    }
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "sa", "");
  }

  static long one(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static SyncRecord record(long seq, RecordKind kind, JsonObject body) {
    return new SyncRecord(seq, UUID.randomUUID().toString(), kind, Instant.now(), body);
  }

  static SyncRecord session(long seq) {
    return record(seq, RecordKind.GROUP_SESSION, Json.createObjectBuilder().add("kind", "BROADCAST").add("title", "收看直播")
        .add("startsAt", "2026-11-2" + (seq % 9 + 1) + "T09:00").add("endsAt", "2026-11-2" + (seq % 9 + 1) + "T10:30")
        .add("recordedBy", "op").build());
  }

  static SyncRecord attendance(long seq, String session, long cadre, int minutes) {
    return record(seq, RecordKind.ATTENDANCE, Json.createObjectBuilder().add("sessionId", session).add("cadreId", cadre)
        .add("minutes", minutes).build());
  }

  static BatchAnswer apply(List<SyncRecord> records) throws SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        StationLink s = InboxApply.lock(c, stationId).orElseThrow();
        BatchAnswer a = InboxApply.apply(c, s, Batch.of("RS", s.keyId(), 0, records), Instant.now());
        c.commit();
        return a;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  @Test
  void aStationsLogAppliesOnceInOrderAndQuarantinesWhatCannotApply() throws SQLException {
    long hw;
    try (Connection c = connect()) {
      hw = InboxApply.lock(c, stationId).orElseThrow().highWater();
    }
    SyncRecord s1 = session(hw + 1);
    SyncRecord a1 = attendance(hw + 2, s1.id(), villageCadre, 90);
    SyncRecord a2 = attendance(hw + 3, s1.id(), outsider, 30);
    SyncRecord a3 = attendance(hw + 4, s1.id(), villageCadre, 30);
    SyncRecord a4 = attendance(hw + 5, UUID.randomUUID().toString(), villageCadre, 30);
    SyncRecord g1 = record(hw + 6, RecordKind.GUEST_ATTENDANCE, Json.createObjectBuilder().add("sessionId", s1.id())
        .add("username", outsiderUsername).add("name", "访客").add("minutes", 60).build());
    SyncRecord g2 = record(hw + 7, RecordKind.GUEST_ATTENDANCE, Json.createObjectBuilder().add("sessionId", s1.id())
        .add("username", "nobody-here").add("name", "无名").add("minutes", 60).build());
    BatchAnswer first = apply(List.of(s1, a1, a2, a3));
    assertEquals(hw + 4, first.highWater());
    assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED, Outcome.QUARANTINED, Outcome.QUARANTINED),
        first.results().stream().map(RecordResult::result).toList());
    assertEquals("NOT_IN_VILLAGE", first.results().get(2).reason());
    assertEquals("ALREADY_ATTENDED", first.results().get(3).reason());

    // the same batch again: a replay, refused with the mark, nothing changes
    SyncRefused replay = assertThrows(SyncRefused.class, () -> apply(List.of(s1, a1, a2, a3)));
    assertEquals(Refusal.REPLAYED, replay.reason());
    assertEquals(hw + 4, replay.highWater());
    // a later batch before the one in between: a gap
    SyncRefused gap = assertThrows(SyncRefused.class, () -> apply(List.of(g2)));
    assertEquals(Refusal.GAP, gap.reason());
    // an overlapping batch: the known part answers DUPLICATE, the rest applies
    BatchAnswer second = apply(List.of(a3, a4, g1, g2));
    assertEquals(List.of(Outcome.DUPLICATE, Outcome.QUARANTINED, Outcome.APPLIED, Outcome.QUARANTINED),
        second.results().stream().map(RecordResult::result).toList());
    assertEquals("UNKNOWN_SESSION", second.results().get(1).reason());
    assertEquals("UNKNOWN_GUEST", second.results().get(3).reason());
    // a known number with another id: the station's log was rewritten
    SyncRefused reused = assertThrows(SyncRefused.class, () -> apply(List.of(attendance(hw + 7, s1.id(), villageCadre, 5),
        attendance(hw + 8, s1.id(), villageCadre, 5))));
    assertEquals(Refusal.SEQ_REUSED, reused.reason());

    try (Connection c = connect()) {
      assertEquals(7, one(c, "SELECT COUNT(*) FROM sync_inbox WHERE station_id = " + stationId + " AND seq > " + hw));
      assertEquals(2, one(c, "SELECT COUNT(*) FROM group_attendance WHERE session_id = '" + s1.id() + "'"));
      assertEquals(1, one(c, "SELECT COUNT(*) FROM group_attendance WHERE session_id = '" + s1.id() + "' AND cadre_id = " + outsider
          + " AND guest_username = '" + outsiderUsername + "'"), "the guest is routed to their own record");
      // an administrator routes the outsider's quarantined attendance... which is now a second attendance: still quarantined
      c.setAutoCommit(false);
      StationLink s = InboxApply.lock(c, stationId).orElseThrow();
      Verdict again = InboxApply.reapply(c, s, a2, outsider, 1, Instant.now());
      assertEquals(Quarantine.ALREADY_ATTENDED, again.reason());
      // and the unknown guest, routed to a village cadre who has not attended... a1 has: pick the outsider's colleague
      long another = one(c, "SELECT MAX(id) FROM cadre WHERE id <> " + outsider + " AND id <> " + villageCadre);
      Verdict routed = InboxApply.reapply(c, s, g2, another, 1, Instant.now());
      assertTrue(routed.applies(), String.valueOf(routed));
      c.commit();
      assertEquals("APPLIED", text(c, "SELECT state FROM sync_inbox WHERE record_id = '" + g2.id() + "'"));
      assertEquals(1, one(c, "SELECT COUNT(*) FROM group_attendance WHERE id = '" + g2.id() + "' AND cadre_id = " + another));
      assertEquals(3, one(c, "SELECT COUNT(*) FROM group_attendance WHERE session_id = '" + s1.id() + "' AND credit_state = 'PENDING'"));
    }
  }

  static String text(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void theStationsOutboxNumbersRecordsWithoutGapsAcrossARollback() throws SQLException {
    String url = "jdbc:h2:mem:outbox;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      OutboxStore.enrolled(c, "http://center", 1, "RS1", "站", "/1/", "k", Keys.encode(KEY.getPrivate()),
          Keys.encode(KEY.getPublic()), 40, Instant.now());
      JsonObject body = Json.createObjectBuilder().add("x", 1).build();
      assertEquals(41, OutboxStore.append(c, UUID.randomUUID().toString(), RecordKind.ATTENDANCE, body, Instant.now()),
          "a station enrolled again goes on after the center's mark");
      c.setAutoCommit(false);
      OutboxStore.append(c, UUID.randomUUID().toString(), RecordKind.ATTENDANCE, body, Instant.now());
      c.rollback();
      c.setAutoCommit(true);
      assertEquals(42, OutboxStore.append(c, UUID.randomUUID().toString(), RecordKind.ATTENDANCE, body, Instant.now()));
      assertEquals(43, OutboxStore.append(c, UUID.randomUUID().toString(), RecordKind.GROUP_SESSION, body, Instant.now()));
      assertEquals(3, OutboxStore.count(c, 40));
      assertEquals(List.of(41L, 42L), OutboxStore.waiting(c, 40, 2).stream().map(SyncRecord::seq).toList());
      OutboxStore.acknowledged(c, 42);
      assertEquals(1, OutboxStore.count(c, OutboxStore.self(c).orElseThrow().ackedSeq()));
      OutboxStore.acknowledged(c, 41);
      assertEquals(42, OutboxStore.self(c).orElseThrow().ackedSeq(), "an older mark never moves it back");
      OutboxStore.rewind(c, 40);
      assertEquals(3, OutboxStore.count(c, OutboxStore.self(c).orElseThrow().ackedSeq()), "a center behind us gets them again");
      List<Long> seqs = new ArrayList<>();
      OutboxStore.all(c).forEach(r -> seqs.add(r.seq()));
      assertEquals(List.of(41L, 42L, 43L), seqs);
      assertFalse(OutboxStore.all(c).get(0).bodyHash().isEmpty());
    }
  }
}
