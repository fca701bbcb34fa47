package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.courses.boundary.Assignments;
import cn.cadre.lms.courses.entity.Audience;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Required courses: a course made required for a year's audience with a deadline. */
@ApplicationScoped
@Path("assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

  @Inject Assignments assignments;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** audience RANK (rank and path), PATH (path), SPECIAL_CLASS (classId); path defaults to my scope. */
  public static class AssignmentInput {
    @NotNull(message = "field.required")
    public Long courseId;

    public Integer year;

    @NotNull(message = "field.required")
    public Audience audience;

    public Rank rank;
    public String path;
    public Long classId;

    @NotNull(message = "field.required")
    public LocalDate dueOn;
  }

  @POST
  @Operation(summary = "Make a published course required for a year's audience within the caller's manage scope")
  public Response assign(AssignmentInput in) {
    Bodies.valid(validator, in);
    int year = in.year == null ? ChinaTime.today().getYear() : in.year;
    var a = assignments.assign(me.get(), in.courseId, year, in.audience, in.rank, in.path, in.classId, in.dueOn);
    return Response.created(URI.create("assignments/" + a.id())).entity(CourseViews.AssignmentView.of(a)).build();
  }

  @GET
  @Operation(summary = "A year's assignments within the caller's manage scope, optionally for one course")
  public List<CourseViews.AssignmentView> list(@QueryParam("year") String year, @QueryParam("course") String course) {
    int y = Bodies.intParam("year", year, ChinaTime.today().getYear(), 2000, 2100);
    return assignments.list(me.get(), y, Bodies.longParam("course", course)).stream()
        .map(CourseViews.AssignmentView::of).toList();
  }
}
