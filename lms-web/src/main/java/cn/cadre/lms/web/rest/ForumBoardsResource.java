package cn.cadre.lms.web.rest;

import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.forums.boundary.Boards;
import cn.cadre.lms.forums.boundary.Moderation;
import cn.cadre.lms.forums.boundary.Threads;
import cn.cadre.lms.forums.control.BoardCard;
import cn.cadre.lms.forums.control.BoardDraft;
import cn.cadre.lms.forums.control.ForumRecords;
import cn.cadre.lms.forums.control.PostDraft;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.entity.BoardKind;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The forums' boards (网上论坛): the boards a reader sees, opening one, its moderators and its threads. */
@ApplicationScoped
@Path("forums/boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForumBoardsResource {

  @Inject Boards boards;
  @Inject Threads threads;
  @Inject Moderation moderation;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /**
   * A board: kind CITY (path optional: the center's root), COUNTY (path of the county), UNIT (path
   * of the unit), COURSE (courseId) or SPECIAL_CLASS (classId); moderators are usernames.
   */
  public static class BoardInput {
    @NotNull(message = "field.required")
    public BoardKind kind;

    @NotBlank(message = "field.required")
    @Size(max = 80, message = "field.tooLong")
    public String name;

    @Size(max = 500, message = "field.tooLong")
    public String description;

    public String path;
    public Long courseId;
    public Long classId;

    @Size(max = 20, message = "field.tooLarge")
    public List<String> moderators;
  }

  /** The usernames named as a board's moderators (replacing those named before). */
  public static class ModeratorsInput {
    @NotNull(message = "field.required")
    @Size(max = 20, message = "field.tooLarge")
    public List<String> usernames;
  }

  /** A new thread: its title (plain text) and first post (HTML, sanitised), with uploaded files. */
  public static class ThreadInput {
    @NotBlank(message = "field.required")
    @Size(max = 120, message = "field.tooLong")
    public String title;

    @NotBlank(message = "field.required")
    @Size(max = 20000, message = "field.tooLong")
    public String body;

    @Size(max = 5, message = "field.tooLarge")
    public List<String> attachmentIds;
  }

  @GET
  @Operation(summary = "The boards the caller may read, with thread and unread-thread counts")
  public List<BoardCard> list() {
    return boards.list(me.get());
  }

  @POST
  @Operation(summary = "Open a board: the center any, a sub-center within its county, a liaison for its unit")
  public Response create(BoardInput in) {
    Bodies.valid(validator, in);
    BoardCard b = boards.create(me.get(),
        new BoardDraft(in.kind, in.name, in.description, in.path, in.courseId, in.classId, in.moderators));
    return Response.created(URI.create("forums/boards/" + b.id())).entity(b).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A board; 404 when the caller may not read it")
  public BoardCard get(@PathParam("id") long id) {
    return boards.get(me.get(), id);
  }

  @PUT
  @Path("{id}/moderators")
  @Operation(summary = "Name a board's moderators beside the staff of its audience (those who may open the board)")
  public BoardCard moderators(@PathParam("id") long id, ModeratorsInput in) {
    Bodies.valid(validator, in);
    return boards.nameModerators(me.get(), id, in.usernames);
  }

  @GET
  @Path("{id}/threads")
  @Operation(summary = "A page of the board's threads: pinned first, then by last activity, each marked unread or not")
  public Page<ThreadCard> threads(@PathParam("id") long id, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return boards.threads(me.get(), id, Bodies.intParam("page", page, 0, 0, 100_000),
        Bodies.intParam("size", size, 20, 1, 100));
  }

  @POST
  @Path("{id}/threads")
  @Operation(summary = "Start a thread; 422 for a missing or oversized title or body, 429 when posting too often")
  public Response start(@PathParam("id") long id, ThreadInput in) {
    Bodies.valid(validator, in);
    ThreadCard t = threads.start(me.get(), id, in.title, new PostDraft(in.body, null, in.attachmentIds));
    return Response.created(URI.create("forums/threads/" + t.id())).entity(t).build();
  }

  @GET
  @Path("{id}/moderation")
  @Operation(summary = "The board's moderation record, newest first: for its moderators")
  public List<ForumRecords.Moderation> log(@PathParam("id") long id) {
    return moderation.log(me.get(), id);
  }
}
