package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Verified study time through REST against the running platform, whose heartbeat interval the test
 * sets to 2 s: a real course made by the instructor, a cadre who studies it, every refused heartbeat,
 * a second tab, completion, the record with its reasons, and the credits it earned.
 */
final class StudyChecks {

  private final Api api;
  private long clientClock;

  StudyChecks(Api api) {
    this.api = api;
  }

  /** A published course of one TEXT lesson lasting {@code seconds}; answers {courseId, lessonId}. */
  long[] publishedCourse(String author, String title, int seconds, String credits) {
    long course = CatalogChecks.courseId(api.post("api/courses", author, "{\"title\":\"" + title
        + "\",\"teacher\":\"王教授\",\"category\":\"党性教育\",\"summary\":\"<p>测试课程</p>\",\"credits\":" + credits
        + ",\"attentionChecks\":false}").expect(201));
    long lesson = api.post("api/courses/" + course + "/lessons", author, "{\"title\":\"第一讲\",\"kind\":\"TEXT\","
        + "\"lengthSeconds\":" + seconds + ",\"body\":\"<p>学习内容</p>\"}").expect(201).json().getJsonNumber("id").longValue();
    api.post("api/courses/" + course + "/publish", author, "").expect(200);
    return new long[] {course, lesson};
  }

  void run() throws InterruptedException {
    // the demo instructor account is locked by the lock-out test; the center authors courses too
    String teacher = api.token("admin");
    long[] ids = publishedCourse(teacher, "学时核验测试课", 6, "1.0");
    long lesson = ids[1];
    String cadre = api.token("cadre");
    assertEquals(409, api.post("api/study/sessions", cadre, open(lesson)).expectProblem(409).status(),
        "a lesson of a course the cadre is not enrolled in is refused");
    api.post("api/courses/" + ids[0] + "/enrolment", cadre, "").expect(200);
    api.post("api/study/sessions", cadre, open(999_999_999)).expectProblem(404);

    JsonObject started = api.post("api/study/sessions", cadre, open(lesson)).expect(201).json();
    String session = started.getString("sessionId");
    int interval = started.getInt("heartbeatSeconds");
    assertEquals(2, interval, "the test platform beats every 2 s");
    badBodiesAreRefusedWithTheirFields(cadre, session);

    pause(interval);
    JsonObject first = beat(cadre, session, 1, true).expect(200).json();
    assertEquals("COUNTED", first.getString("reason"));
    assertTrue(first.getInt("counted") >= 1 && first.getInt("counted") <= 3, first.toString());
    refusedHeartbeats(cadre, session);

    pause(interval);
    JsonObject hidden = beat(cadre, session, 3, false).expect(200).json();
    assertEquals("HIDDEN", hidden.getString("reason"));
    assertEquals(0, hidden.getInt("counted"));

    // a second tab (or device) takes over; the first stops at its next heartbeat
    String second = api.post("api/study/sessions", cadre, open(lesson)).expect(201).json().getString("sessionId");
    pause(interval);
    assertEquals("study.superseded", type(beat(cadre, session, 4, true).expectProblem(409)));
    int seq = 0;
    JsonObject last = null;
    for (int i = 0; i < 6; i++) {
      pause(interval);
      last = beat(cadre, second, ++seq, true).expect(200).json();
    }
    assertEquals(6, last.getInt("lessonCounted"), "never more than the lesson's length: " + last);
    assertEquals("LENGTH_REACHED", last.getString("reason"));
    api.post("api/study/sessions/" + second + "/end", cadre, "{}").expect(204);
    api.post("api/study/sessions/" + second + "/end", cadre, "{}").expectProblem(409);

    JsonObject record = api.get("api/study/lessons/" + lesson, cadre).expect(200).json();
    assertEquals(6, record.getInt("countedSeconds"));
    assertNotNull(record.get("completedAt"));
    Map<String, Integer> reasons = record.getJsonArray("sessions").stream()
        .flatMap(s -> s.asJsonObject().getJsonArray("segments").stream())
        .map(JsonObject.class::cast)
        .collect(Collectors.toMap(s -> s.getString("reason"), s -> s.getInt("seconds"), Integer::sum));
    assertTrue(reasons.containsKey("HIDDEN") && reasons.containsKey("COUNTED") && reasons.containsKey("LENGTH_REACHED"),
        reasons.toString());
    assertEquals(2, record.getJsonArray("sessions").size());
    assertFalse(record.getJsonArray("sessions").getJsonObject(1).getString("status").equals("ACTIVE"));
  }

  private void badBodiesAreRefusedWithTheirFields(String cadre, String session) {
    var missing = api.post("api/study/sessions/" + session + "/beats", cadre, "{}").expectProblem(422);
    assertEquals(Map.of("idleSeconds", "field.required", "sentAt", "field.required", "seq", "field.required",
        "visible", "field.required"), missing.fieldErrors());
    var negative = api.post("api/study/sessions/" + session + "/beats", cadre,
        "{\"seq\":0,\"sentAt\":1,\"visible\":true,\"idleSeconds\":-1}").expectProblem(422);
    assertEquals(Map.of("idleSeconds", "field.tooSmall", "seq", "field.tooSmall"), negative.fieldErrors());
    api.post("api/study/sessions/" + session + "/beats", cadre, "{\"seq\": ").expectProblem(400);
    assertEquals(Map.of("clientTime", "field.required", "lessonId", "field.required"),
        api.post("api/study/sessions", cadre, "{}").expectProblem(422).fieldErrors());
  }

  private void refusedHeartbeats(String cadre, String session) {
    assertEquals("study.replayed", type(beat(cadre, session, 1, true).expectProblem(409)));
    assertEquals("study.tooFrequent", type(beat(cadre, session, 2, true).expectProblem(429)));
    var future = api.post("api/study/sessions/" + session + "/beats", cadre,
        beatJson(2, clientClock + 3_600_000, true)).expectProblem(422);
    assertEquals(Map.of("sentAt", "study.fromFuture"), future.fieldErrors());
    assertEquals("study.outOfOrder", type(api.post("api/study/sessions/" + session + "/beats", cadre,
        beatJson(2, clientClock - 60_000, true)).expectProblem(409)));
    // another cadre cannot report on this session, nor learn that it exists
    String other = api.token("c000002");
    beat(other, session, 2, true).expectProblem(404);
    api.post("api/study/sessions/" + session + "/end", other, "{}").expectProblem(404);
    beat(cadre, "no-such-session", 2, true).expectProblem(404);
  }

  private String open(long lesson) {
    clientClock = System.currentTimeMillis();
    return "{\"lessonId\":" + lesson + ",\"clientTime\":" + clientClock + "}";
  }

  private Api.Reply beat(String token, String session, int seq, boolean visible) {
    clientClock = System.currentTimeMillis();
    return api.post("api/study/sessions/" + session + "/beats", token, beatJson(seq, clientClock, visible));
  }

  private static String beatJson(int seq, long sentAt, boolean visible) {
    return "{\"seq\":" + seq + ",\"sentAt\":" + sentAt + ",\"visible\":" + visible + ",\"idleSeconds\":3}";
  }

  private static String type(Api.Reply reply) {
    return reply.json().getString("type").substring("urn:lms:problem:".length());
  }

  private static void pause(int seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000L + 150);
  }
}
