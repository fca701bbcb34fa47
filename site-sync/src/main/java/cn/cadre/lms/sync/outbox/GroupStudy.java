package cn.cadre.lms.sync.outbox;

import static cn.cadre.lms.sync.protocol.SyncJson.JSON;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.sync.config.SyncConfig;
import cn.cadre.lms.sync.inbox.ApplyRules;
import cn.cadre.lms.sync.protocol.RecordKind;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What a station operator does at the station: group sessions and who attended them. Each is
 * stored locally and, in the same transaction, as a numbered record in the outbox, so nothing made
 * at the station can be lost between the two. Works with the center unreachable.
 */
@Stateless
public class GroupStudy {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject SyncConfig config;

  public record SessionDraft(String kind, Long courseId, String title, String startsAt, String endsAt) {}

  public record AttendanceDraft(Long cadreId, String guestUsername, String guestName, Integer minutes) {}

  public record SessionRow(String id, String kind, Long courseId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
      String recordedBy, int attendees, int minutes, List<AttendeeRow> attendance) {}

  public record AttendeeRow(String id, Long cadreId, String name, boolean guest, int minutes) {}

  public record RosterRow(long cadreId, String name, String unitName, String post) {}

  public record CourseRow(long id, String title, BigDecimal credits) {}

  public SessionRow createSession(Actor actor, SessionDraft d) {
    SelfRow self = operator(actor);
    List<FieldProblem> problems = new ArrayList<>();
    String kind = d.kind() == null ? "" : d.kind().strip();
    if (!kind.equals("COURSE") && !kind.equals("BROADCAST")) {
      problems.add(new FieldProblem("kind", "station.field.kind"));
    }
    String title = d.title() == null ? "" : d.title().strip();
    LocalDateTime starts = time(d.startsAt(), "startsAt", problems);
    LocalDateTime ends = time(d.endsAt(), "endsAt", problems);
    if (starts != null && ends != null) {
      long minutes = Duration.between(starts, ends).toMinutes();
      if (minutes < 1) {
        problems.add(new FieldProblem("endsAt", "station.field.endsBeforeStart"));
      } else if (minutes > ApplyRules.MAX_SESSION_MINUTES) {
        problems.add(new FieldProblem("endsAt", "station.field.tooLong", ApplyRules.MAX_SESSION_MINUTES));
      }
    }
    try (Connection c = dataSource.getConnection()) {
      if (kind.equals("COURSE")) {
        CourseRow course = d.courseId() == null ? null : courses(c).stream().filter(x -> x.id() == d.courseId()).findFirst().orElse(null);
        if (course == null) {
          problems.add(new FieldProblem("courseId", "station.field.course"));
        } else if (title.isEmpty()) {
          title = course.title();
        }
      }
      if (title.isEmpty() || title.length() > 120) {
        problems.add(new FieldProblem("title", "station.field.title"));
      }
      if (!problems.isEmpty()) {
        throw LmsException.invalid(problems);
      }
      String id = UUID.randomUUID().toString();
      JsonObjectBuilder body = JSON.createObjectBuilder().add("kind", kind);
      if (kind.equals("COURSE")) {
        body.add("courseId", d.courseId());
      }
      JsonObject json = body.add("title", title).add("startsAt", starts.toString()).add("endsAt", ends.toString())
          .add("recordedBy", actor.username()).build();
      Instant now = config.now();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO group_session (id, station_id, kind, course_id, title,"
          + " starts_at, ends_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setLong(2, self.stationId());
        ps.setString(3, kind);
        if (kind.equals("COURSE")) {
          ps.setLong(4, d.courseId());
        } else {
          ps.setNull(4, Types.BIGINT);
        }
        ps.setString(5, title);
        ps.setTimestamp(6, Timestamp.valueOf(starts));
        ps.setTimestamp(7, Timestamp.valueOf(ends));
        ps.setString(8, actor.username());
        ps.setTimestamp(9, OutboxStore.utc(now));
        ps.executeUpdate();
      }
      OutboxStore.append(c, id, RecordKind.GROUP_SESSION, json, now);
      return session(c, id);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public AttendeeRow attend(Actor actor, String sessionId, AttendanceDraft d) {
    SelfRow self = operator(actor);
    try (Connection c = dataSource.getConnection()) {
      SessionRow s = session(c, sessionId);
      List<FieldProblem> problems = new ArrayList<>();
      boolean guest = d.cadreId() == null;
      String name = null;
      if (guest) {
        if (blank(d.guestUsername()) || d.guestUsername().strip().length() > 40) {
          problems.add(new FieldProblem("guestUsername", "station.field.guestUsername"));
        }
        if (blank(d.guestName()) || d.guestName().strip().length() > 40) {
          problems.add(new FieldProblem("guestName", "station.field.guestName"));
        }
        name = d.guestName() == null ? null : d.guestName().strip();
      } else {
        name = roster(c, self).stream().filter(r -> r.cadreId() == d.cadreId()).map(RosterRow::name).findFirst().orElse(null);
        if (name == null) {
          problems.add(new FieldProblem("cadreId", "station.field.cadre"));
        } else if (s.attendance().stream().anyMatch(a -> d.cadreId().equals(a.cadreId()))) {
          problems.add(new FieldProblem("cadreId", "station.field.alreadyAttended"));
        }
      }
      int sessionMinutes = (int) Duration.between(s.startsAt(), s.endsAt()).toMinutes();
      int minutes = d.minutes() == null ? sessionMinutes : d.minutes();
      if (minutes < 1 || minutes > sessionMinutes) {
        problems.add(new FieldProblem("minutes", "station.field.minutes", sessionMinutes));
      }
      // a guest is one account: the same username twice in a session is the same person (two guests may share a name)
      if (guest && problems.isEmpty() && guestAttended(c, sessionId, d.guestUsername().strip())) {
        problems.add(new FieldProblem("guestUsername", "station.field.alreadyAttended"));
      }
      if (!problems.isEmpty()) {
        throw LmsException.invalid(problems);
      }
      String id = UUID.randomUUID().toString();
      JsonObjectBuilder body = JSON.createObjectBuilder().add("sessionId", sessionId);
      if (guest) {
        body.add("username", d.guestUsername().strip()).add("name", name);
      } else {
        body.add("cadreId", d.cadreId());
      }
      JsonObject json = body.add("minutes", minutes).build();
      Instant now = config.now();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO group_attendance (id, session_id, cadre_id, guest_username,"
          + " guest_name, minutes, study_day, credit_state, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'LOCAL', ?)")) {
        ps.setString(1, id);
        ps.setString(2, sessionId);
        if (guest) {
          ps.setNull(3, Types.BIGINT);
          ps.setString(4, d.guestUsername().strip());
          ps.setString(5, name);
        } else {
          ps.setLong(3, d.cadreId());
          ps.setNull(4, Types.VARCHAR);
          ps.setNull(5, Types.VARCHAR);
        }
        ps.setInt(6, minutes);
        ps.setDate(7, java.sql.Date.valueOf(s.startsAt().toLocalDate()));
        ps.setTimestamp(8, OutboxStore.utc(now));
        ps.executeUpdate();
      }
      OutboxStore.append(c, id, guest ? RecordKind.GUEST_ATTENDANCE : RecordKind.ATTENDANCE, json, now);
      return new AttendeeRow(id, guest ? null : d.cadreId(), name, guest, minutes);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<SessionRow> sessions(Actor actor) {
    operator(actor);
    try (Connection c = dataSource.getConnection()) {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM group_session ORDER BY starts_at DESC, recorded_at DESC LIMIT 100");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      List<SessionRow> out = new ArrayList<>();
      for (String id : ids) {
        out.add(session(c, id));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<RosterRow> roster(Actor actor) {
    SelfRow self = operator(actor);
    try (Connection c = dataSource.getConnection()) {
      return roster(c, self);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<CourseRow> courses(Actor actor) {
    operator(actor);
    try (Connection c = dataSource.getConnection()) {
      return courses(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<OutboxStore.OutboxRow> outbox(Actor actor) {
    operator(actor);
    try (Connection c = dataSource.getConnection()) {
      return OutboxStore.all(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The station's own row, when the caller operates this station; 403 otherwise, 404 at the center. */
  SelfRow operator(Actor actor) {
    config.requireStation();
    SelfRow self;
    try (Connection c = dataSource.getConnection()) {
      self = OutboxStore.self(c).orElseThrow(() -> LmsException.conflict("problem.station.notEnrolled"));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    boolean operates = actor.grants().stream()
        .anyMatch(g -> g.role() == Role.STATION_OPERATOR && self.villagePath().startsWith(g.path()));
    if (!operates) {
      throw LmsException.forbidden();
    }
    return self;
  }

  private static boolean guestAttended(Connection c, String sessionId, String username) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM group_attendance WHERE session_id = ? AND cadre_id IS NULL AND guest_username = ?")) {
      ps.setString(1, sessionId);
      ps.setString(2, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static List<RosterRow> roster(Connection c, SelfRow self) throws SQLException {
    List<RosterRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.name, u.name, c.post FROM cadre c JOIN unit u ON u.id = c.unit_id"
        + " WHERE c.path LIKE ? AND c.status = 'SERVING' ORDER BY c.name, c.id")) {
      ps.setString(1, self.villagePath() + "%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RosterRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  private static List<CourseRow> courses(Connection c) throws SQLException {
    List<CourseRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, title, credits FROM course WHERE status = 'PUBLISHED' ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new CourseRow(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)));
      }
    }
    return out;
  }

  private static SessionRow session(Connection c, String id) throws SQLException {
    List<AttendeeRow> attendance = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.cadre_id, COALESCE(c.name, a.guest_name), a.minutes"
        + " FROM group_attendance a LEFT JOIN cadre c ON c.id = a.cadre_id WHERE a.session_id = ? ORDER BY a.recorded_at, a.id")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long cadre = rs.getLong(2);
          boolean guest = rs.wasNull();
          attendance.add(new AttendeeRow(rs.getString(1), guest ? null : cadre, rs.getString(3), guest, rs.getInt(4)));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, course_id, title, starts_at, ends_at, recorded_by"
        + " FROM group_session WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw LmsException.notFound("session");
        }
        long course = rs.getLong(3);
        Long courseId = rs.wasNull() ? null : course;
        return new SessionRow(rs.getString(1), rs.getString(2), courseId, rs.getString(4), rs.getTimestamp(5).toLocalDateTime(),
            rs.getTimestamp(6).toLocalDateTime(), rs.getString(7), attendance.size(),
            attendance.stream().mapToInt(AttendeeRow::minutes).sum(), attendance);
      }
    }
  }

  private static LocalDateTime time(String text, String field, List<FieldProblem> problems) {
    if (blank(text)) {
      problems.add(new FieldProblem(field, "field.required"));
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).withSecond(0).withNano(0);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "station.field.time"));
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Today in China, the day a new session defaults to. */
  public static LocalDateTime defaultStart() {
    return ChinaTime.today().atTime(9, 0);
  }
}
