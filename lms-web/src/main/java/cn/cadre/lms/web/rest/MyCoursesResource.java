package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.courses.boundary.Enrolments;
import cn.cadre.lms.courses.control.MyCourses;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The calling cadre's courses for a year. */
@ApplicationScoped
@Path("me/courses")
@Produces(MediaType.APPLICATION_JSON)
public class MyCoursesResource {

  @Inject Enrolments enrolments;
  @Inject CurrentActor me;

  @GET
  @Operation(summary = "My required courses due, courses in progress (lessons done, verified minutes) and completed")
  public MyCourses get(@QueryParam("year") String year) {
    return enrolments.myCourses(me.get(), Bodies.intParam("year", year, ChinaTime.today().getYear(), 2000, 2100));
  }
}
