package cn.cadre.lms.web.rest;

import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.forums.boundary.Mentions;
import cn.cadre.lms.forums.boundary.Reports;
import cn.cadre.lms.forums.control.ForumRecords;
import cn.cadre.lms.forums.entity.ReportStatus;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What comes to a person in the forums: open reports for moderators, and mentions of me. */
@ApplicationScoped
@Path("forums")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForumReportsResource {

  @Inject Reports reports;
  @Inject Mentions mentions;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** HIDDEN hides the reported post; DISMISSED leaves it. The note is kept with the decision. */
  public static class ResolutionInput {
    @NotNull(message = "field.required")
    public ReportStatus outcome;

    @Size(max = 200, message = "field.tooLong")
    public String note;
  }

  @GET
  @Path("reports")
  @Operation(summary = "The open reports of the boards the caller moderates, oldest first")
  public List<ForumRecords.ReportCard> open() {
    return reports.open(me.get());
  }

  @POST
  @Path("reports/{id}/resolution")
  @Operation(summary = "Resolve a report (and every open report of the same post): HIDDEN hides the post, DISMISSED keeps it")
  public ForumRecords.ReportCard resolve(@PathParam("id") long id, ResolutionInput in) {
    Bodies.valid(validator, in);
    return reports.resolve(me.get(), id, in.outcome, in.note);
  }

  @GET
  @Path("mentions")
  @Operation(summary = "The posts that name the caller as @username, newest first")
  public Page<ForumRecords.MentionCard> mentions(@QueryParam("page") String page, @QueryParam("size") String size) {
    return mentions.of(me.get(), Bodies.intParam("page", page, 0, 0, 100_000), Bodies.intParam("size", size, 20, 1, 100));
  }
}
