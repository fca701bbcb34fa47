package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.sync.outbox.GroupStudy;
import cn.cadre.lms.sync.outbox.GroupStudy.AttendanceDraft;
import cn.cadre.lms.sync.outbox.GroupStudy.CourseRow;
import cn.cadre.lms.sync.outbox.GroupStudy.RosterRow;
import cn.cadre.lms.sync.outbox.GroupStudy.SessionDraft;
import cn.cadre.lms.sync.outbox.GroupStudy.SessionRow;
import cn.cadre.lms.sync.outbox.StationState;
import cn.cadre.lms.sync.outbox.StationSync;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The station's own page, for its operator: the sync state (records waiting, last success, the
 * last error in words), "sync now" and a bundle for a USB stick; recording a group session and who
 * attended it. Everything is stored at the station first and works with the center unreachable.
 */
@Named
@ViewScoped
public class StationBean implements Serializable {

  @Inject GroupStudy study;
  @Inject StationSync sync;
  @Inject CurrentActor current;

  private boolean operates;
  private StationState state;
  private List<SessionRow> sessions = List.of();
  private List<RosterRow> roster = List.of();
  private List<CourseRow> courses = List.of();
  private final SessionForm draft = new SessionForm();
  private final Map<String, AttendanceForm> attendance = new HashMap<>();

  /** The new-session form: strings as typed, checked by GroupStudy. */
  public static class SessionForm implements Serializable {
    private String kind = "COURSE";
    private Long courseId;
    private String title;
    private String startsAt = GroupStudy.defaultStart().toString();
    private String endsAt = GroupStudy.defaultStart().plusMinutes(90).toString();

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public Long getCourseId() {
      return courseId;
    }

    public void setCourseId(Long courseId) {
      this.courseId = courseId;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getStartsAt() {
      return startsAt;
    }

    public void setStartsAt(String startsAt) {
      this.startsAt = startsAt;
    }

    public String getEndsAt() {
      return endsAt;
    }

    public void setEndsAt(String endsAt) {
      this.endsAt = endsAt;
    }
  }

  /** One session's attendance form: a roster cadre, or (no cadre chosen) a guest; minutes default to the whole session. */
  public static class AttendanceForm implements Serializable {
    private Long cadreId;
    private String guestUsername;
    private String guestName;
    private Integer minutes;

    public Long getCadreId() {
      return cadreId;
    }

    public void setCadreId(Long cadreId) {
      this.cadreId = cadreId;
    }

    public String getGuestUsername() {
      return guestUsername;
    }

    public void setGuestUsername(String guestUsername) {
      this.guestUsername = guestUsername;
    }

    public String getGuestName() {
      return guestName;
    }

    public void setGuestName(String guestName) {
      this.guestName = guestName;
    }

    public Integer getMinutes() {
      return minutes;
    }

    public void setMinutes(Integer minutes) {
      this.minutes = minutes;
    }
  }

  public void load() {
    try {
      roster = study.roster(current.get());
      courses = study.courses(current.get());
      sessions = study.sessions(current.get());
      sessions.forEach(s -> attendance.putIfAbsent(s.id(), new AttendanceForm()));
      state = sync.state();
      operates = true;
    } catch (LmsException e) {
      operates = false;
      PageMessages.show("station", e);
    }
  }

  /** One cycle now; the state panel then shows the outcome, and a message says it in words. */
  public void syncNow() {
    try {
      study.roster(current.get());
      state = sync.syncNow();
      if (state.lastErrorKey() == null) {
        PageMessages.info("stationPage.synced", state.waiting());
      } else {
        PageMessages.error(state.lastErrorKey());
      }
    } catch (LmsException e) {
      PageMessages.show("station", e);
    }
  }

  /** The waiting records as a bundle file, for a USB stick to the center. */
  public StreamedContent getBundle() {
    study.roster(current.get());
    byte[] file = sync.bundle();
    String code = state == null || state.stationCode() == null ? "station" : state.stationCode();
    return DefaultStreamedContent.builder().name(code + "-bundle.txt").contentType("text/plain")
        .contentLength((long) file.length).stream(() -> new ByteArrayInputStream(file)).build();
  }

  public void createSession() {
    try {
      study.createSession(current.get(), new SessionDraft(draft.kind, "COURSE".equals(draft.kind) ? draft.courseId : null,
          draft.title, draft.startsAt, draft.endsAt));
      PageMessages.info("stationPage.sessionSaved");
      draft.title = null;
      load();
    } catch (LmsException e) {
      for (FieldProblem f : e.fields()) {
        PageMessages.field("session:" + ("courseId".equals(f.field()) ? "course" : f.field()), f.key(), f.args());
      }
      if (e.fields().isEmpty()) {
        PageMessages.error(e.key(), e.args());
      }
    }
  }

  /** Records one attendance; its problems show next to that session's own inputs, whose ids differ per row. */
  public void attend(String sessionId) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    String button = UIComponent.getCurrentComponent(ctx).getClientId(ctx);
    String row = button.substring(0, button.lastIndexOf(UINamingContainer.getSeparatorChar(ctx)) + 1);
    AttendanceForm f = attendance.computeIfAbsent(sessionId, k -> new AttendanceForm());
    boolean guest = f.cadreId == null;
    try {
      var added = study.attend(current.get(), sessionId,
          new AttendanceDraft(f.cadreId, guest ? f.guestUsername : null, guest ? f.guestName : null, f.minutes));
      PageMessages.info("stationPage.attended", added.name(), added.minutes());
      attendance.put(sessionId, new AttendanceForm());
      load();
    } catch (LmsException e) {
      e.fields().forEach(p -> PageMessages.field(row + p.field(), p.key(), p.args()));
      if (e.fields().isEmpty()) {
        PageMessages.error(e.key(), e.args());
      }
    }
  }

  /** A session's length in minutes: the attendance default. */
  public long length(SessionRow s) {
    return Duration.between(s.startsAt(), s.endsAt()).toMinutes();
  }

  /** When a session ran, as the operator typed it (China time): "2026-11-29 09:00–10:30". */
  public String when(SessionRow s) {
    String start = s.startsAt().toLocalDate() + " " + s.startsAt().toLocalTime();
    return start + "–" + (s.endsAt().toLocalDate().equals(s.startsAt().toLocalDate()) ? s.endsAt().toLocalTime() : s.endsAt().toString().replace('T', ' '));
  }

  public String courseTitle(Long courseId) {
    return courseId == null ? "" : courses.stream().filter(c -> c.id() == courseId).map(CourseRow::title).findFirst().orElse("#" + courseId);
  }

  public boolean isOperates() {
    return operates;
  }

  public StationState getState() {
    return state;
  }

  public List<SessionRow> getSessions() {
    return sessions;
  }

  public List<RosterRow> getRoster() {
    return roster;
  }

  public List<CourseRow> getCourses() {
    return courses;
  }

  public SessionForm getDraft() {
    return draft;
  }

  public Map<String, AttendanceForm> getAttendance() {
    return attendance;
  }
}
