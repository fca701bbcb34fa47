package cn.cadre.lms.web.rest;

import cn.cadre.lms.forums.boundary.Moderation;
import cn.cadre.lms.forums.boundary.Posts;
import cn.cadre.lms.forums.boundary.Reports;
import cn.cadre.lms.forums.control.ForumRecords;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A forum post: editing with its history kept, hiding by moderators, and reports by readers. */
@ApplicationScoped
@Path("forums/posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForumPostsResource {

  @Inject Posts posts;
  @Inject Moderation moderation;
  @Inject Reports reports;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** The new body; title only for a thread's first post (left out keeps it); version as read. */
  public static class EditInput {
    @NotBlank(message = "field.required")
    @Size(max = 20000, message = "field.tooLong")
    public String body;

    @Size(max = 120, message = "field.tooLong")
    public String title;

    public Long version;
  }

  /** HIDE or UNHIDE, with the reason. */
  public static class PostModerationInput extends ForumThreadsResource.ModerationInput {}

  /** Why a reader reports the post. */
  public static class ReportInput {
    @NotBlank(message = "field.required")
    @Size(max = 200, message = "field.tooLong")
    public String reason;
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Edit a post: its author while the thread is open, its moderators always; the earlier version is kept")
  public PostView edit(@PathParam("id") long id, EditInput in) {
    Bodies.valid(validator, in);
    return posts.edit(me.get(), id, in.body, in.title, in.version);
  }

  @GET
  @Path("{id}/revisions")
  @Operation(summary = "Every earlier version of a post, oldest first: for its author and moderators")
  public List<ForumRecords.Revision> revisions(@PathParam("id") long id) {
    return posts.revisions(me.get(), id);
  }

  @POST
  @Path("{id}/moderation")
  @Operation(summary = "Hide or unhide one post, with a reason; moderators only")
  public PostView moderate(@PathParam("id") long id, PostModerationInput in) {
    Bodies.valid(validator, in);
    return moderation.post(me.get(), id, in.action, in.reason);
  }

  @POST
  @Path("{id}/reports")
  @Operation(summary = "Report a post to its moderators, with a reason; 409 while the caller's earlier report is open")
  public Response report(@PathParam("id") long id, ReportInput in) {
    Bodies.valid(validator, in);
    ForumRecords.ReportCard r = reports.report(me.get(), id, in.reason);
    return Response.created(URI.create("forums/reports/" + r.id())).entity(r).build();
  }
}
