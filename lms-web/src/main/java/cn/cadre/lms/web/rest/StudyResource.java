package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.Deadlocks;
import cn.cadre.lms.tracking.boundary.StudyTracker.Started;
import cn.cadre.lms.tracking.boundary.Heartbeats;
import cn.cadre.lms.tracking.boundary.StudyTracker;
import cn.cadre.lms.tracking.control.Beat;
import cn.cadre.lms.tracking.control.LessonRecord;
import cn.cadre.lms.tracking.control.Verdict;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Verified study time: the lesson player opens a study session, reports heartbeats, and ends it;
 * the server alone decides which seconds count and says why the rest did not.
 */
@ApplicationScoped
@Path("study")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudyResource {

  @Inject StudyTracker tracker;
  @Inject Heartbeats heartbeats;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** The lesson to open and the player's clock (epoch ms), against which later heartbeats are judged. */
  public static class OpenInput {
    @NotNull(message = "field.required")
    public Long lessonId;

    @NotNull(message = "field.required")
    public Long clientTime;
  }

  /** One heartbeat; see the OpenAPI description of the endpoint. */
  public static class BeatInput {
    @NotNull(message = "field.required")
    @Min(value = 1, message = "field.tooSmall")
    public Integer seq;

    @NotNull(message = "field.required")
    public Long sentAt;

    @NotNull(message = "field.required")
    public Boolean visible;

    @NotNull(message = "field.required")
    @Min(value = 0, message = "field.tooSmall")
    public Integer idleSeconds;

    @Min(value = 0, message = "field.tooSmall")
    @Max(value = 360_000, message = "field.tooLarge")
    public Double position;

    public boolean playing;

    @Size(max = 12, message = "field.tooLong")
    public String attentionAnswer;

    Beat beat() {
      return new Beat(seq, sentAt, visible, idleSeconds, position, playing, attentionAnswer);
    }
  }

  @POST
  @Path("sessions")
  @Operation(summary = "Open a lesson for study: the caller's other open lesson, in any tab or device, stops counting."
      + " 404 for a lesson the caller cannot see, 409 when not enrolled in its course")
  public Response open(OpenInput body) {
    Bodies.valid(validator, body);
    // many cadres opening lessons at once (superseding their last ones) can meet in the database's
    // locks; the one it rolls back opens again instead of answering 500
    Started started = Deadlocks.retried(() -> tracker.open(me.get(), body.lessonId, body.clientTime));
    return Response.created(URI.create("study/sessions/" + started.sessionId())).entity(started).build();
  }

  @POST
  @Path("sessions/{id}/beats")
  @Operation(summary = "Report a heartbeat (every heartbeatSeconds): seq 1, 2, 3...; sentAt the player's clock;"
      + " visible = the page stayed visible since the last beat; idleSeconds since the last input; position"
      + " and playing for video. Answers how many seconds counted and why. 409 replayed, out of order,"
      + " superseded or ended; 422 from the future; 429 too frequent; 404 another cadre's session")
  public Verdict beat(@PathParam("id") String id, BeatInput body) {
    Bodies.valid(validator, body);
    return heartbeats.beat(me.get(), id, body.beat());
  }

  @POST
  @Path("sessions/{id}/end")
  @Operation(summary = "Leave the lesson: the session's verified time is stored and credited at once")
  public Response end(@PathParam("id") String id) {
    tracker.end(me.get(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("lessons/{lessonId}")
  @Operation(summary = "The caller's verified time on a lesson: what counted, and every stretch's verdict")
  public LessonRecord record(@PathParam("lessonId") long lessonId) {
    return tracker.record(me.get(), lessonId);
  }
}
