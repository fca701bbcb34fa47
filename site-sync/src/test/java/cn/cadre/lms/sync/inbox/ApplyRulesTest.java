package cn.cadre.lms.sync.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.sync.protocol.RecordKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The apply rules, each on its own: what applies, and each reason a record is quarantined for. */
class ApplyRulesTest {

  static final String VILLAGE = "/340600/340621/340621100/340621100201/";
  static final SessionFacts SESSION = new SessionFacts("s", 7, LocalDateTime.of(2026, 11, 29, 9, 0), LocalDateTime.of(2026, 11, 29, 10, 30));

  static Verdict attend(Optional<SessionFacts> s, Long cadre, String path, boolean guest, boolean routed, int minutes, boolean already) {
    return ApplyRules.attendance(7, VILLAGE, s, cadre, Optional.ofNullable(path), guest, routed, minutes, already);
  }

  @Test
  void aVillageCadresAttendanceApplies() {
    assertTrue(attend(Optional.of(SESSION), 5L, VILLAGE + "u9/", false, false, 90, false).applies());
  }

  @Test
  void eachBrokenRuleQuarantinesWithItsReason() {
    assertEquals(Quarantine.UNKNOWN_SESSION, attend(Optional.empty(), 5L, VILLAGE, false, false, 30, false).reason());
    var foreign = new SessionFacts("s", 8, SESSION.startsAt(), SESSION.endsAt());
    assertEquals(Quarantine.UNKNOWN_SESSION, attend(Optional.of(foreign), 5L, VILLAGE, false, false, 30, false).reason());
    assertEquals(Quarantine.UNKNOWN_CADRE, attend(Optional.of(SESSION), 5L, null, false, false, 30, false).reason());
    assertEquals(Quarantine.UNKNOWN_GUEST, attend(Optional.of(SESSION), null, null, true, false, 30, false).reason());
    assertEquals(Quarantine.NOT_IN_VILLAGE, attend(Optional.of(SESSION), 5L, "/340600/340603/u1/", false, false, 30, false).reason());
    assertEquals(Quarantine.BAD_VALUE, attend(Optional.of(SESSION), 5L, VILLAGE, false, false, 91, false).reason());
    assertEquals(Quarantine.ALREADY_ATTENDED, attend(Optional.of(SESSION), 5L, VILLAGE, false, false, 30, true).reason());
  }

  @Test
  void aGuestFromElsewhereAndAnAdministratorsRoutingApply() {
    assertTrue(attend(Optional.of(SESSION), 5L, "/340600/340603/u1/", true, false, 30, false).applies());
    assertTrue(attend(Optional.of(SESSION), 5L, "/340600/340603/u1/", false, true, 30, false).applies());
  }

  @Test
  void aStationsStudySessionIsCheckedLikeItsCadreAndLesson() {
    String elsewhere = "/340600/340603/u1/";
    assertTrue(ApplyRules.study(VILLAGE, Optional.of(VILLAGE + "u9/"), 3L, 3, false).applies());
    assertEquals(Quarantine.UNKNOWN_CADRE, ApplyRules.study(VILLAGE, Optional.empty(), 3L, 3, false).reason());
    assertEquals(Quarantine.NOT_IN_VILLAGE, ApplyRules.study(VILLAGE, Optional.of(elsewhere), 3L, 3, false).reason());
    assertEquals(Quarantine.UNKNOWN_COURSE, ApplyRules.study(VILLAGE, Optional.of(VILLAGE), 4L, 3, false).reason());
    assertEquals(Quarantine.UNKNOWN_COURSE, ApplyRules.study(VILLAGE, Optional.of(VILLAGE), null, 3, false).reason());
    assertEquals(Quarantine.BAD_VALUE, ApplyRules.study(VILLAGE, Optional.of(VILLAGE), 3L, 3, true).reason());
    ApplyRules.StudyBody[] out = new ApplyRules.StudyBody[1];
    var ok = Json.createObjectBuilder().add("cadreId", 1).add("courseId", 2).add("lessonId", 3).add("seconds", 60).add("day", "2026-11-29");
    assertTrue(ApplyRules.studyShape(ok.build(), out).applies());
    assertEquals(60, out[0].seconds());
    assertEquals(Quarantine.BAD_VALUE, ApplyRules.studyShape(ok.add("seconds", 0).build(), out).reason());
    assertEquals(Quarantine.BAD_VALUE, ApplyRules.studyShape(ok.add("seconds", 60).add("day", "today").build(), out).reason());
    assertEquals(Quarantine.BAD_VALUE, ApplyRules.studyShape(Json.createObjectBuilder().add("seconds", 5).build(), out).reason());
  }

  static Verdict session(JsonObject body) {
    return ApplyRules.sessionShape(body, new ApplyRules.SessionBody[1]);
  }

  static jakarta.json.JsonObjectBuilder good() {
    return Json.createObjectBuilder().add("kind", "BROADCAST").add("title", "收看").add("startsAt", "2026-11-29T09:00")
        .add("endsAt", "2026-11-29T10:00").add("recordedBy", "operator");
  }

  @Test
  void aGroupSessionsShapeIsChecked() {
    ApplyRules.SessionBody[] out = new ApplyRules.SessionBody[1];
    assertTrue(ApplyRules.sessionShape(good().build(), out).applies());
    assertNull(out[0].courseId(), "a broadcast has no course");
    assertEquals(Quarantine.BAD_VALUE, session(good().add("kind", "PARTY").build()).reason());
    assertEquals(Quarantine.BAD_VALUE, session(good().add("kind", "COURSE").build()).reason(), "a course viewing names its course");
    assertEquals(Quarantine.BAD_VALUE, session(good().add("endsAt", "2026-11-29T08:00").build()).reason());
    assertEquals(Quarantine.BAD_VALUE, session(good().add("endsAt", "2026-11-30T09:01").build()).reason(), "over 12 hours");
    assertEquals(Quarantine.BAD_VALUE, session(good().add("startsAt", "9 o'clock").build()).reason());
    assertEquals(Quarantine.BAD_VALUE, session(good().add("title", "").build()).reason());
    assertEquals(Quarantine.BAD_VALUE, session(good().add("recordedBy", "").build()).reason());
  }

  @Test
  void anAttendancesShapeIsChecked() {
    ApplyRules.AttendanceBody[] out = new ApplyRules.AttendanceBody[1];
    String sid = "0b0e1c2d-0000-4000-8000-000000000001";
    var ok = Json.createObjectBuilder().add("sessionId", sid).add("cadreId", 5).add("minutes", 30).build();
    assertTrue(ApplyRules.attendanceShape(RecordKind.ATTENDANCE, ok, out).applies());
    assertEquals(5L, out[0].cadreId());
    var noMinutes = Json.createObjectBuilder().add("sessionId", sid).add("cadreId", 5).build();
    assertEquals(Quarantine.BAD_VALUE, ApplyRules.attendanceShape(RecordKind.ATTENDANCE, noMinutes, out).reason());
    var zero = Json.createObjectBuilder().add("sessionId", sid).add("cadreId", 5).add("minutes", 0).build();
    assertEquals(Quarantine.BAD_VALUE, ApplyRules.attendanceShape(RecordKind.ATTENDANCE, zero, out).reason());
    var guestNoName = Json.createObjectBuilder().add("sessionId", sid).add("username", "c000001").add("minutes", 5).build();
    assertEquals(Quarantine.BAD_VALUE, ApplyRules.attendanceShape(RecordKind.GUEST_ATTENDANCE, guestNoName, out).reason());
    var noSession = Json.createObjectBuilder().add("cadreId", 5).add("minutes", 5).build();
    assertEquals(Quarantine.BAD_VALUE, ApplyRules.attendanceShape(RecordKind.ATTENDANCE, noSession, out).reason());
  }
}
