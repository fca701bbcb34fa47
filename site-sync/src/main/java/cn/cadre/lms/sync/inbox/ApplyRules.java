package cn.cadre.lms.sync.inbox;

import cn.cadre.lms.sync.protocol.RecordKind;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The rules that decide whether a station's record applies at the center, as pure functions of the
 * record and the facts looked up for it (the JDBC is in {@link InboxApply}). A record that breaks a
 * rule is quarantined, never dropped: an administrator can fix and re-apply it.
 */
public final class ApplyRules {

  /** The longest group session the center believes: a working day. */
  public static final int MAX_SESSION_MINUTES = 12 * 60;

  private ApplyRules() {}

  /** A group session's fields as read from its body; a quarantine when one is missing or wrong. */
  public record SessionBody(String kind, Long courseId, String title, LocalDateTime startsAt, LocalDateTime endsAt, String recordedBy) {}

  /** An attendance's fields: a cadre of the village, or a guest named by username and name. */
  public record AttendanceBody(String sessionId, Long cadreId, String username, String name, int minutes) {}

  /** A study session's fields: the cadre, the course and lesson, the verified seconds and the day. */
  public record StudyBody(long cadreId, long courseId, long lessonId, int seconds, java.time.LocalDate day) {}

  public static Verdict studyShape(JsonObject body, StudyBody[] out) {
    Long cadre = whole(body, "cadreId");
    Long course = whole(body, "courseId");
    Long lesson = whole(body, "lessonId");
    Long seconds = whole(body, "seconds");
    if (cadre == null || course == null || lesson == null) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "cadreId, courseId and lessonId are required");
    }
    if (seconds == null || seconds < 1 || seconds > MAX_SESSION_MINUTES * 60L) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "seconds must be 1.." + MAX_SESSION_MINUTES * 60);
    }
    java.time.LocalDate day;
    try {
      day = java.time.LocalDate.parse(String.valueOf(text(body, "day")));
    } catch (DateTimeParseException e) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "day must be a date like 2026-11-29");
    }
    out[0] = new StudyBody(cadre, course, lesson, seconds.intValue(), day);
    return Verdict.APPLY;
  }

  /** Whether a station's study session applies: a village cadre, a lesson of that course, not applied before. */
  public static Verdict study(String villagePath, Optional<String> cadrePath, Long lessonCourse, long courseId, boolean known) {
    if (cadrePath.isEmpty()) {
      return Verdict.quarantine(Quarantine.UNKNOWN_CADRE, "no such cadre");
    }
    if (!cadrePath.get().startsWith(villagePath)) {
      return Verdict.quarantine(Quarantine.NOT_IN_VILLAGE, "the cadre is not one of the station's village");
    }
    if (lessonCourse == null || lessonCourse != courseId) {
      return Verdict.quarantine(Quarantine.UNKNOWN_COURSE, "no lesson of course " + courseId + " by that id");
    }
    if (known) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "this study session was recorded already");
    }
    return Verdict.APPLY;
  }

  public static Verdict sessionShape(JsonObject body, SessionBody[] out) {
    String kind = text(body, "kind");
    if (!"COURSE".equals(kind) && !"BROADCAST".equals(kind)) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "kind must be COURSE or BROADCAST");
    }
    Long courseId = whole(body, "courseId");
    if ("COURSE".equals(kind) && courseId == null) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "a course session names its course");
    }
    String title = text(body, "title");
    if (title == null || title.isBlank() || title.length() > 120) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "title must be 1..120 characters");
    }
    LocalDateTime starts = time(body, "startsAt");
    LocalDateTime ends = time(body, "endsAt");
    if (starts == null || ends == null) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "startsAt and endsAt must be times like 2026-11-29T09:00");
    }
    if (!ends.isAfter(starts)) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "the session ends before it starts");
    }
    if (new SessionFacts("", 0, starts, ends).minutes() > MAX_SESSION_MINUTES) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "a session lasts at most " + MAX_SESSION_MINUTES + " minutes");
    }
    String by = Optional.ofNullable(text(body, "recordedBy")).orElse("");
    if (by.isBlank() || by.length() > 40) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "recordedBy must name the operator");
    }
    out[0] = new SessionBody(kind, "COURSE".equals(kind) ? courseId : null, title.strip(), starts, ends, by);
    return Verdict.APPLY;
  }

  public static Verdict attendanceShape(RecordKind kind, JsonObject body, AttendanceBody[] out) {
    String session = text(body, "sessionId");
    Long minutes = whole(body, "minutes");
    if (session == null || session.length() != 36) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "sessionId must name a session");
    }
    if (minutes == null || minutes < 1 || minutes > MAX_SESSION_MINUTES) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "minutes must be 1.." + MAX_SESSION_MINUTES);
    }
    if (kind == RecordKind.ATTENDANCE) {
      Long cadre = whole(body, "cadreId");
      if (cadre == null) {
        return Verdict.quarantine(Quarantine.BAD_VALUE, "cadreId is missing");
      }
      out[0] = new AttendanceBody(session.toLowerCase(), cadre, null, null, minutes.intValue());
      return Verdict.APPLY;
    }
    String username = text(body, "username");
    String name = text(body, "name");
    if (username == null || username.isBlank() || username.length() > 40 || name == null || name.isBlank() || name.length() > 40) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, "a guest is named by username and name (1..40 characters each)");
    }
    out[0] = new AttendanceBody(session.toLowerCase(), null, username.strip(), name.strip(), minutes.intValue());
    return Verdict.APPLY;
  }

  /**
   * Whether an attendance applies: its session is this station's and held, the cadre exists and
   * (unless an administrator routed it) lives under the village, stayed no longer than the session,
   * and is not recorded for it already.
   */
  public static Verdict attendance(long stationId, String villagePath, Optional<SessionFacts> session, Long cadreId,
      Optional<String> cadrePath, boolean guest, boolean routedByAdmin, int minutes, boolean alreadyAttended) {
    if (session.isEmpty() || session.get().stationId() != stationId) {
      return Verdict.quarantine(Quarantine.UNKNOWN_SESSION, "the center holds no applied session of this station by that id");
    }
    if (cadreId == null || cadrePath.isEmpty()) {
      return guest
          ? Verdict.quarantine(Quarantine.UNKNOWN_GUEST, "no cadre's account has that username")
          : Verdict.quarantine(Quarantine.UNKNOWN_CADRE, "no cadre " + cadreId);
    }
    if (!guest && !routedByAdmin && !cadrePath.get().startsWith(villagePath)) {
      return Verdict.quarantine(Quarantine.NOT_IN_VILLAGE, "cadre " + cadreId + " is not one of the station's village");
    }
    if (minutes > session.get().minutes()) {
      return Verdict.quarantine(Quarantine.BAD_VALUE, minutes + " minutes in a session of " + session.get().minutes());
    }
    if (alreadyAttended) {
      return Verdict.quarantine(Quarantine.ALREADY_ATTENDED, "cadre " + cadreId + " is recorded for this session already");
    }
    return Verdict.APPLY;
  }

  static String text(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }

  static Long whole(JsonObject o, String name) {
    return o.get(name) instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null;
  }

  static LocalDateTime time(JsonObject o, String name) {
    String t = text(o, name);
    try {
      return t == null ? null : LocalDateTime.parse(t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
