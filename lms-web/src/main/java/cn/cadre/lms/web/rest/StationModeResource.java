package cn.cadre.lms.web.rest;

import cn.cadre.lms.sync.outbox.GroupStudy;
import cn.cadre.lms.sync.outbox.OutboxStore;
import cn.cadre.lms.sync.outbox.StationState;
import cn.cadre.lms.sync.outbox.StationSync;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A village station's own API (station mode only; 404 at the center): its sync state, group
 * sessions and attendance, the outbox, and bundles for a station without a link.
 */
@ApplicationScoped
@Path("station")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationModeResource {

  @Inject GroupStudy study;
  @Inject StationSync sync;
  @Inject CurrentActor me;

  /** A new group session: kind COURSE (courseId) or BROADCAST, title, start and end (yyyy-MM-ddTHH:mm, China time). */
  public static class SessionInput {
    public String kind;
    public Long courseId;
    public String title;
    public String startsAt;
    public String endsAt;
  }

  /** An attendance: a roster cadre by id, or a guest by username and name; minutes default to the whole session. */
  public static class AttendanceInput {
    public Long cadreId;
    public String guestUsername;
    public String guestName;
    public Integer minutes;
  }

  @GET
  @Path("state")
  @Operation(summary = "The station's sync state: enrolled, records waiting, last attempt, last success, last error")
  public StationState state() {
    study.roster(me.get());
    return sync.state();
  }

  @POST
  @Path("sync")
  @Operation(summary = "Sync now: push the waiting records, then pull master data. Answers the state; when the center"
      + " cannot be reached the state's lastError says why")
  public StationState syncNow() {
    study.roster(me.get());
    return sync.syncNow();
  }

  @GET
  @Path("roster")
  @Operation(summary = "The village's serving cadres, as the center last sent them")
  public List<GroupStudy.RosterRow> roster() {
    return study.roster(me.get());
  }

  @GET
  @Path("courses")
  @Operation(summary = "The published courses offered at the station, for a course viewing")
  public List<GroupStudy.CourseRow> courses() {
    return study.courses(me.get());
  }

  @GET
  @Path("sessions")
  @Operation(summary = "The station's group sessions, newest first, with their attendance")
  public List<GroupStudy.SessionRow> sessions() {
    return study.sessions(me.get());
  }

  @POST
  @Path("sessions")
  @Operation(summary = "Record a group session; 422 with the fields at fault")
  public Response create(SessionInput in) {
    SessionInput b = in == null ? new SessionInput() : in;
    var row = study.createSession(me.get(), new GroupStudy.SessionDraft(b.kind, b.courseId, b.title, b.startsAt, b.endsAt));
    return Response.status(201).entity(row).build();
  }

  @POST
  @Path("sessions/{id}/attendance")
  @Operation(summary = "Record who attended a session: a roster cadre, or a guest from elsewhere (routed at the"
      + " center); 422 with the fields at fault")
  public Response attend(@PathParam("id") String id, AttendanceInput in) {
    AttendanceInput b = in == null ? new AttendanceInput() : in;
    var row = study.attend(me.get(), id, new GroupStudy.AttendanceDraft(b.cadreId, b.guestUsername, b.guestName, b.minutes));
    return Response.status(201).entity(row).build();
  }

  @GET
  @Path("outbox")
  @Operation(summary = "Every record the station made, in order, with the SHA-256 of its body and the center's result")
  public List<OutboxStore.OutboxRow> outbox() {
    return study.outbox(me.get());
  }

  @GET
  @Path("bundle")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(summary = "The waiting records as a bundle file of signed batches, for a station without a link")
  public Response bundle() {
    study.roster(me.get());
    return Response.ok(sync.bundle()).header("Content-Disposition", "attachment; filename=\"station-bundle.txt\"").build();
  }
}
