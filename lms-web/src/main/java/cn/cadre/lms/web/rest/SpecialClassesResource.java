package cn.cadre.lms.web.rest;

import cn.cadre.lms.courses.boundary.Assignments;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Special online classes (专题班): named groups of cadres that assignments can target. */
@ApplicationScoped
@Path("special-classes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpecialClassesResource {

  @Inject Assignments assignments;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** A class's name, study period and member cadre ids (all within the caller's scope). */
  public static class ClassInput {
    @NotBlank(message = "field.required")
    @Size(max = 80, message = "field.tooLong")
    public String name;

    @NotNull(message = "field.required")
    public LocalDate startsOn;

    @NotNull(message = "field.required")
    public LocalDate endsOn;

    @NotNull(message = "field.required")
    @Size(min = 1, max = 5000, message = "field.invalid")
    public List<Long> members;
  }

  @POST
  @Operation(summary = "Create a special class of cadres within the caller's manage scope")
  public Response create(ClassInput in) {
    Bodies.valid(validator, in);
    var c = assignments.createClass(me.get(), in.name, in.startsOn, in.endsOn, in.members);
    return Response.created(URI.create("special-classes/" + c.id())).entity(CourseViews.ClassView.of(c)).build();
  }

  @GET
  @Operation(summary = "The special classes within the caller's manage scope")
  public List<CourseViews.ClassView> list() {
    return assignments.classes(me.get()).stream().map(CourseViews.ClassView::of).toList();
  }
}
