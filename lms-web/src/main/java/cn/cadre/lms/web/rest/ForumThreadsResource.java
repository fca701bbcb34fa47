package cn.cadre.lms.web.rest;

import cn.cadre.lms.forums.boundary.Moderation;
import cn.cadre.lms.forums.boundary.Threads;
import cn.cadre.lms.forums.control.PostDraft;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.control.ThreadDetail;
import cn.cadre.lms.forums.entity.ModerationAction;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A forum thread: reading it (which marks it read), replying and quoting, and its moderation. */
@ApplicationScoped
@Path("forums/threads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForumThreadsResource {

  @Inject Threads threads;
  @Inject Moderation moderation;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** A reply: HTML (sanitised), the post of this thread it quotes, and uploaded files. */
  public static class PostInput {
    @NotBlank(message = "field.required")
    @Size(max = 20000, message = "field.tooLong")
    public String body;

    public Long quotedPostId;

    @Size(max = 5, message = "field.tooLarge")
    public List<String> attachmentIds;
  }

  /** A moderator's action with its reason; boardId is the target of a MOVE. */
  public static class ModerationInput {
    @NotNull(message = "field.required")
    public ModerationAction action;

    @NotBlank(message = "field.required")
    @Size(max = 200, message = "field.tooLong")
    public String reason;

    public Long boardId;
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A page of the thread's posts (post= opens the page holding that post); marks them read")
  public ThreadDetail open(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("post") String post) {
    return threads.open(me.get(), id, Bodies.intParam("page", page, 0, 0, 100_000), Bodies.longParam("post", post));
  }

  @POST
  @Path("{id}/posts")
  @Operation(summary = "Reply, maybe quoting a post of the thread; 409 when the thread is locked, 429 when posting too often")
  public Response reply(@PathParam("id") long id, PostInput in) {
    Bodies.valid(validator, in);
    PostView p = threads.reply(me.get(), id, new PostDraft(in.body, in.quotedPostId, in.attachmentIds));
    return Response.created(URI.create("forums/posts/" + p.id())).entity(p).build();
  }

  @POST
  @Path("{id}/moderation")
  @Operation(summary = "Pin, unpin, lock, unlock, hide, unhide or move (boardId) the thread, with a reason; moderators only")
  public ThreadCard moderate(@PathParam("id") long id, ModerationInput in) {
    Bodies.valid(validator, in);
    return moderation.thread(me.get(), id, in.action, in.reason, in.boardId);
  }
}
