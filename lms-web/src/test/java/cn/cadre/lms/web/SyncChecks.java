package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.sync.protocol.Batch;
import cn.cadre.lms.sync.protocol.Bundle;
import cn.cadre.lms.sync.protocol.Keys;
import cn.cadre.lms.sync.protocol.RecordKind;
import cn.cadre.lms.sync.protocol.Signed;
import cn.cadre.lms.sync.protocol.SyncRecord;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The center's sync inbox over HTTP on the running platform (MariaDB, demo data), as a station
 * talks to it: enrolment, signed batches applied once, every refusal (unknown station, bad
 * signature, malformed, replay, gap, revoked), quarantine with its fix and its rejection, bundles
 * whole and truncated, master data, credits booked for the attendance, and scope. A Lieshan
 * village's station is used, so the browser checks' Suixi stations stay untouched.
 */
final class SyncChecks {

  private final Api api;
  private final String admin;
  private final KeyPair key = Keys.generate();
  private long stationId;
  private String station;
  private long villageCadre;
  private long seq;

  SyncChecks(Api api) {
    this.api = api;
    this.admin = api.token("admin");
  }

  /** A Lieshan village cadre and their village's receiving station, enrolled with a fresh key. */
  void enrol() {
    JsonObject cadre = villageCadre("340604");
    villageCadre = cadre.getJsonNumber("id").longValue();
    station = "RS" + cadre.getString("path").split("/")[4];
    stationId = api.get("api/stations?q=" + station, admin).expect(200).json().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("id").longValue();

    // bad codes and keys are refused on their fields; the code works once
    assertEquals("sync.field.code", enrol("AAAA-BBBB-CCCC-DDDD", Keys.encode(key.getPublic())).expectProblem(422).fieldErrors().get("code"));
    String code = api.post("api/stations/" + stationId + "/enrolment-code", admin, "").expect(200).json().getString("code");
    assertEquals("sync.field.publicKey", enrol(code, "bm90IGEga2V5").expectProblem(422).fieldErrors().get("publicKey"));
    JsonObject enrolled = enrol(code.toLowerCase(), Keys.encode(key.getPublic())).expect(200).json();
    assertEquals(station, enrolled.getString("stationCode"));
    assertEquals(Keys.keyId(key.getPublic()), enrolled.getString("keyId"));
    seq = enrolled.getJsonNumber("highWater").longValue();
    enrol(code, Keys.encode(Keys.generate().getPublic())).expectProblem(422);
    // a sub-center cannot issue codes for another county's station, nor see it; a cadre neither
    api.post("api/stations/" + stationId + "/enrolment-code", api.token("suixi"), "").expectProblem(404);
    api.get("api/stations/" + stationId, api.token("suixi")).expectProblem(404);
    api.post("api/stations/" + stationId + "/enrolment-code", api.token("cadre"), "").expectProblem(404);
    // and the station's own API is not the center's
    api.get("api/station/state", admin).expectProblem(404);
  }

  /** The first cadre of the first village of a county that has one, walking the tree as the tree page does. */
  JsonObject villageCadre(String countyCode) {
    long city = api.get("api/org/roots", admin).expect(200).array().getJsonObject(0).getJsonNumber("id").longValue();
    long county = children(city).stream().filter(o -> countyCode.equals(o.getString("code"))).findFirst().orElseThrow()
        .getJsonNumber("id").longValue();
    for (JsonObject township : children(county)) {
      for (JsonObject village : children(township.getJsonNumber("id").longValue())) {
        var items = api.get("api/cadres?node=" + village.getJsonNumber("id").longValue() + "&size=1", admin).expect(200).json()
            .getJsonArray("items");
        if (!items.isEmpty()) {
          return items.getJsonObject(0);
        }
      }
    }
    throw new AssertionError("no village cadre in county " + countyCode);
  }

  private List<JsonObject> children(long node) {
    return api.get("api/org/nodes/" + node + "/children", admin).expect(200).array().stream().map(JsonValue::asJsonObject).toList();
  }

  private Api.Reply enrol(String code, String publicKey) {
    return api.post("api/sync/enrol", null, Json.createObjectBuilder().add("code", code).add("publicKey", publicKey).build().toString());
  }

  SyncRecord session(String title) {
    return new SyncRecord(++seq, UUID.randomUUID().toString(), RecordKind.GROUP_SESSION, Instant.now(), Json.createObjectBuilder()
        .add("kind", "BROADCAST").add("title", title).add("startsAt", "2026-11-20T09:00").add("endsAt", "2026-11-20T10:30")
        .add("recordedBy", "op").build());
  }

  SyncRecord attendance(String session, long cadre, int minutes) {
    return new SyncRecord(++seq, UUID.randomUUID().toString(), RecordKind.ATTENDANCE, Instant.now(), Json.createObjectBuilder()
        .add("sessionId", session).add("cadreId", cadre).add("minutes", minutes).build());
  }

  Signed signed(SyncRecord... records) {
    return Signed.of(Batch.of(station, Keys.keyId(key.getPublic()), 0, List.of(records)), key.getPrivate());
  }

  Api.Reply push(Signed s) {
    return api.postSigned("api/sync/batches", s.body(), station, s.signature());
  }

  /** Batches apply once and in order; every kind of bad batch is refused with its reason. */
  void batchesApplyOnceAndBadOnesAreRefused() {
    long outsider = api.get("api/me", api.token("xscadre")).expect(200).json().getJsonNumber("cadreId").longValue();
    SyncRecord s1 = session("收看全市干部大会直播");
    SyncRecord a1 = attendance(s1.id(), villageCadre, 90);
    SyncRecord a2 = attendance(s1.id(), outsider, 60);
    Signed first = signed(s1, a1, a2);
    JsonObject answer = push(first).expect(200).json();
    assertEquals(seq, answer.getJsonNumber("highWater").longValue());
    assertEquals(2, answer.getInt("applied"));
    assertEquals(1, answer.getInt("quarantined"));
    assertEquals("NOT_IN_VILLAGE", answer.getJsonArray("results").getJsonObject(2).getString("reason"));

    // the same batch again: refused as a replay, with the mark to resume from
    JsonObject replay = push(first).expectProblem(409).json();
    assertEquals("REPLAYED", replay.getString("reason"));
    assertEquals(seq, replay.getJsonNumber("highWater").longValue());
    // a later batch with one missing in between: a gap
    SyncRecord skipped = attendance(s1.id(), villageCadre, 5);
    SyncRecord later = attendance(s1.id(), villageCadre, 5);
    assertEquals("GAP", push(signed(later)).expectProblem(409).json().getString("reason"));
    seq -= 2;
    // one changed byte: the signature fails
    Signed good = signed(session("第二次"));
    byte[] tampered = new String(good.body(), StandardCharsets.UTF_8).replace("第二次", "第三次").getBytes(StandardCharsets.UTF_8);
    assertEquals("SIGNATURE", api.postSigned("api/sync/batches", tampered, station, good.signature()).expectProblem(403).json().getString("reason"));
    // signed by another key
    Signed foreign = Signed.of(Batch.of(station, Keys.keyId(key.getPublic()), 0, List.of(session("冒名"))), Keys.generate().getPrivate());
    seq--;
    assertEquals("SIGNATURE", push(foreign).expectProblem(403).json().getString("reason"));
    // an unknown station, no signature at all
    assertEquals("UNKNOWN_STATION", api.postSigned("api/sync/batches", good.body(), "RS000000000000", good.signature())
        .expectProblem(403).json().getString("reason"));
    assertEquals("SIGNATURE", api.postSigned("api/sync/batches", good.body(), station, null).expectProblem(403).json().getString("reason"));
    // signed but not a batch: malformed, with the field
    byte[] junk = "{\"station\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    Api.Reply malformed = api.postSigned("api/sync/batches", junk, station, Keys.sign(junk, key.getPrivate())).expectProblem(422);
    assertEquals("MALFORMED", malformed.json().getString("reason"));
    assertFalse(malformed.fieldErrors().isEmpty());
    // the good one still applies after all that
    assertEquals(1, push(good).expect(200).json().getInt("applied"));

    // the stations page's view: the records in order with their states, and the refusals
    var records = api.get("api/stations/" + stationId + "/records", admin).expect(200).array();
    assertEquals(4, records.size(), records.toString());
    assertEquals(List.of(s1.id(), a1.id(), a2.id()), records.stream().limit(3).map(v -> v.asJsonObject().getString("id")).toList());
    assertEquals("QUARANTINED", records.getJsonObject(2).getString("state"));
    var refusals = api.get("api/stations/" + stationId + "/refusals", admin).expect(200).array();
    var reasons = refusals.stream().map(v -> v.asJsonObject().getString("reason")).toList();
    assertTrue(reasons.containsAll(List.of("REPLAYED", "GAP", "SIGNATURE", "MALFORMED")), reasons.toString());

    // quarantine: a reject needs a reason; an administrator re-applies after naming the cadre
    long q = records.getJsonObject(2).getJsonNumber("seq").longValue();
    String path = "api/stations/" + stationId + "/records/" + q;
    assertEquals("sync.field.reason", api.post(path + "/reject", admin, "{\"reason\":\" \"}").expectProblem(422).fieldErrors().get("reason"));
    api.post(path + "/reapply", api.token("suixi"), "{}").expectProblem(404);
    JsonObject fixed = api.post(path + "/reapply", admin, "{\"cadreId\":" + outsider + "}").expect(200).json();
    assertEquals("APPLIED", fixed.getString("state"));
    api.post(path + "/reject", admin, "{\"reason\":\"重复\"}").expectProblem(409);

    // the attendance earns credits by the year's rules: 90 minutes at 45 a credit
    assertEquals("2.00", stationCredit(villageCadre, a1.id()));
    assertEquals("1.33", stationCredit(outsider, a2.id()));

    // online study a village cadre ran at the station: credited like online study; a lesson of
    // another course, or a cadre of another village, is quarantined
    var course = api.get("api/courses/1", admin).expect(200).json();
    long lesson = course.getJsonArray("lessons").getJsonObject(0).getJsonNumber("id").longValue();
    SyncRecord study = study(villageCadre, 1, lesson, 2700);
    SyncRecord wrongCourse = study(villageCadre, 2, lesson, 600);
    SyncRecord elsewhere = study(outsider, 1, lesson, 600);
    var studied = push(signed(study, wrongCourse, elsewhere)).expect(200).json().getJsonArray("results");
    assertEquals("APPLIED", studied.getJsonObject(0).getString("result"));
    assertEquals("UNKNOWN_COURSE", studied.getJsonObject(1).getString("reason"));
    assertEquals("NOT_IN_VILLAGE", studied.getJsonObject(2).getString("reason"));
    assertEquals("1.00", stationCredit(villageCadre, study.id()));
  }

  SyncRecord study(long cadre, long course, long lesson, int seconds) {
    return new SyncRecord(++seq, UUID.randomUUID().toString(), RecordKind.STUDY_TIME, Instant.now(), Json.createObjectBuilder()
        .add("cadreId", cadre).add("courseId", course).add("lessonId", lesson).add("seconds", seconds).add("day", "2026-11-21").build());
  }

  /** The STATION_SESSION entry booked for an attendance (the worker runs every second in the test server). */
  String stationCredit(long cadre, String attendance) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      for (JsonValue v : api.get("api/credits/cadres/" + cadre + "/entries?year=2026", admin).expect(200).array()) {
        JsonObject e = v.asJsonObject();
        if ("STATION_SESSION".equals(e.getString("sourceType")) && attendance.equals(e.getString("sourceRef", ""))) {
          return e.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString();
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no credit for attendance " + attendance + " within 30 s");
  }

  /** Bundles: a whole one applies, the same again changes nothing, a cut one is refused before anything applies. */
  void bundlesAndMasterData() {
    SyncRecord s = session("集中观看");
    Signed b1 = signed(s, attendance(s.id(), villageCadre, 30));
    Signed b2 = signed(session("再次观看"));
    byte[] file = Bundle.write(station, List.of(b1, b2));
    byte[] cut = Arrays.copyOf(file, file.length - 20);
    assertEquals("TRUNCATED", api.postFile("api/sync/bundles", admin, cut, "application/octet-stream").expectProblem(422)
        .json().getString("reason"));
    assertEquals(0, api.get("api/stations/" + stationId + "/records", admin).expect(200).array().stream()
        .filter(v -> v.asJsonObject().getString("id").equals(s.id())).count(), "nothing of a truncated bundle applies");
    api.postFile("api/sync/bundles", api.token("xiangshan"), file, "application/octet-stream").expectProblem(404);
    var report = api.postFile("api/sync/bundles", admin, file, "application/octet-stream").expect(200).json().getJsonArray("batches");
    assertEquals(2, report.getJsonObject(0).getInt("applied"));
    assertEquals(1, report.getJsonObject(1).getInt("applied"));
    var again = api.postFile("api/sync/bundles", admin, file, "application/octet-stream").expect(200).json().getJsonArray("batches");
    assertEquals("REPLAYED", again.getJsonObject(0).getString("refused"));
    assertEquals("REPLAYED", again.getJsonObject(1).getString("refused"));

    // master data: the village's slice, then "nothing new" as one small answer; a replayed request is refused
    JsonObject m1 = master(1, null).expect(200).json();
    assertTrue(m1.getBoolean("changed"));
    var cadres = m1.getJsonObject("data").getJsonArray("cadre");
    assertTrue(cadres.stream().anyMatch(v -> v.asJsonArray().getJsonNumber(0).longValue() == villageCadre));
    assertTrue(cadres.stream().allMatch(v -> v.asJsonArray().getString(8).startsWith("/340600/340604/")), "only the village's people");
    // the people: the village cadres' accounts and the village's operators, each grant's holder among them
    var people = m1.getJsonObject("data").getJsonArray("person");
    var grants = m1.getJsonObject("data").getJsonArray("role_grant");
    java.util.Set<Long> personIds = new java.util.HashSet<>();
    people.forEach(v -> personIds.add(v.asJsonArray().getJsonNumber(0).longValue()));
    assertTrue(people.stream().anyMatch(v -> !v.asJsonArray().isNull(7) && v.asJsonArray().getJsonNumber(7).longValue() == villageCadre),
        "the village cadre's account is sent");
    assertFalse(grants.isEmpty(), "the village operator's grant is sent");
    grants.forEach(v -> assertTrue(personIds.contains(v.asJsonArray().getJsonNumber(1).longValue()), "a grant's holder is sent: " + v));
    grants.forEach(v -> assertTrue(v.asJsonArray().getString(3).startsWith("/340600/340604/"), "only grants under the village: " + v));
    Api.Reply m2 = master(2, m1.getString("version")).expect(200);
    assertFalse(m2.json().getBoolean("changed"));
    assertFalse(m2.json().containsKey("data"));
    assertTrue(m2.body().length() < 200, m2.body());
    assertEquals("REPLAYED", master(2, m1.getString("version")).expectProblem(409).json().getString("reason"));
  }

  private Api.Reply master(long nonce, String version) {
    var b = Json.createObjectBuilder().add("station", station).add("nonce", nonce).add("backlog", 0);
    if (version == null) {
      b.addNull("version");
    } else {
      b.add("version", version);
    }
    byte[] body = b.build().toString().getBytes(StandardCharsets.UTF_8);
    return api.postSigned("api/sync/master", body, station, Keys.sign(body, key.getPrivate()));
  }

  /** A revoked station can neither push nor pull; its key stays listed with the reason. */
  void revokedStationsAreRefused() {
    assertEquals("sync.field.reason", api.post("api/stations/" + stationId + "/revoke", admin, "{}").expectProblem(422)
        .fieldErrors().get("reason"));
    assertFalse(api.post("api/stations/" + stationId + "/revoke", admin, "{\"reason\":\"电脑丢失\"}").expect(200).json().getBoolean("enrolled"));
    assertEquals("REVOKED", push(signed(session("吊销后"))).expectProblem(403).json().getString("reason"));
    assertEquals("REVOKED", master(9, null).expectProblem(403).json().getString("reason"));
    var keys = api.get("api/stations/" + stationId + "/keys", admin).expect(200).array();
    assertEquals("电脑丢失", keys.getJsonObject(0).getString("revokeReason"));
    api.post("api/stations/" + stationId + "/revoke", admin, "{\"reason\":\"again\"}").expectProblem(409);
  }

  static List<String> ids(List<SyncRecord> records) {
    List<String> out = new ArrayList<>();
    records.forEach(r -> out.add(r.id()));
    return out;
  }
}
