package cn.cadre.lms.web.rest;

import cn.cadre.lms.courses.control.MediaStore;
import cn.cadre.lms.gardens.boundary.GardenPosts;
import cn.cadre.lms.gardens.boundary.GardenReactions;
import cn.cadre.lms.gardens.control.PostDraft;
import cn.cadre.lms.gardens.control.PostView;
import cn.cadre.lms.gardens.entity.PostKind;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A garden's posts: read them, write reflections, reading lists and links, share files, comment,
 * like and feature. Files are sent as the request body itself (type in Content-Type, name and title
 * in the query), like lesson media.
 */
@ApplicationScoped
@Path("gardens/{gardenId}/posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GardenPostsResource {

  @Inject GardenPosts posts;
  @Inject GardenReactions reactions;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** A post; body is HTML and is sanitised. Items only for a reading list, url only for a link. */
  public static class PostInput {
    @NotNull(message = "field.required")
    public PostKind kind;

    public String title;

    @Size(max = 20000, message = "field.tooLong")
    public String body;

    public Long courseId;
    public String url;
    public List<ItemInput> items;
    public Long version;

    PostDraft draft() {
      return new PostDraft(kind, title, body, courseId, url,
          items == null ? List.of() : items.stream().map(i -> new PostDraft.Item(i.label, i.url, i.courseId)).toList());
    }
  }

  /** A reading list's entry: a label, and a web link or a course id, or neither. */
  public static class ItemInput {
    public String label;
    public String url;
    public Long courseId;
  }

  /** A comment: plain text or light HTML (sanitised). */
  public static class CommentInput {
    @NotNull(message = "field.required")
    @Size(max = 2000, message = "field.tooLong")
    public String body;
  }

  public static class FeatureInput {
    @NotNull(message = "field.required")
    public Boolean featured;
  }

  @GET
  @Operation(summary = "The garden's posts, featured reflections first, then newest; page from 1, size up to 50")
  public PostView.Page list(@PathParam("gardenId") long gardenId, @QueryParam("kind") String kind,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return posts.list(me.get(), gardenId, Bodies.enumParam("kind", kind, PostKind.class),
        Bodies.intParam("page", page, 1, 1, 100_000), Bodies.intParam("size", size, 20, 1, 50));
  }

  @POST
  @Operation(summary = "Write a reflection, a reading list or a link as a member of the garden (403 for readers who are not members)")
  public Response write(@PathParam("gardenId") long gardenId, PostInput input) {
    Bodies.valid(validator, input);
    PostView view = posts.write(me.get(), gardenId, input.draft());
    return Response.created(URI.create("gardens/" + gardenId + "/posts/" + view.id())).entity(view).build();
  }

  @POST
  @Path("files")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Share a file (pdf, png, jpeg, mp4, webm, checked by its bytes, up to lms.media.max-bytes) as a resource")
  public Response share(@PathParam("gardenId") long gardenId, @QueryParam("title") String title,
      @QueryParam("name") String name, @QueryParam("note") String note, @HeaderParam("Content-Type") String type,
      @HeaderParam("Content-Length") String length, InputStream body) {
    // a declared length over the limit is refused before a byte is read
    Long declared = Bodies.longParam("Content-Length", length);
    if (declared != null && declared > posts.maxBytes()) {
      throw GardenPosts.asFieldError(MediaStore.tooLarge(posts.maxBytes()));
    }
    PostView view = posts.share(me.get(), gardenId, title, note, name, type, body);
    return Response.created(URI.create("gardens/" + gardenId + "/posts/" + view.id())).entity(view).build();
  }

  @GET
  @Path("{postId}")
  @Operation(summary = "A post with its comments and likes; 404 when its garden is not visible")
  public PostView get(@PathParam("gardenId") long gardenId, @PathParam("postId") long postId) {
    return posts.detail(me.get(), gardenId, postId);
  }

  @PUT
  @Path("{postId}")
  @Operation(summary = "The author edits a post (same kind; a shared file stays); send the version read")
  public PostView revise(@PathParam("gardenId") long gardenId, @PathParam("postId") long postId, PostInput input) {
    Bodies.valid(validator, input);
    return posts.revise(me.get(), gardenId, postId, input.draft(), input.version);
  }

  @DELETE
  @Path("{postId}")
  @Operation(summary = "Remove a post with its comments and likes: its author or a keeper of the garden")
  public Response remove(@PathParam("gardenId") long gardenId, @PathParam("postId") long postId) {
    posts.remove(me.get(), gardenId, postId);
    return Response.noContent().build();
  }

  @GET
  @Path("{postId}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a shared resource's file, for whoever reads the garden")
  public Response file(@PathParam("gardenId") long gardenId, @PathParam("postId") long postId) {
    var opened = posts.file(me.get(), gardenId, postId);
    StreamingOutput bytes = out -> Files.copy(opened.path(), out);
    return Response.ok(bytes, opened.file().contentType())
        .header("Content-Length", opened.file().sizeBytes())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "inline; filename*=UTF-8''"
            + URLEncoder.encode(opened.file().name(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }

  @POST
  @Path("{postId}/comments")
  @Operation(summary = "Comment on a post, as anyone who reads the garden")
  public Response comment(@PathParam("gardenId") long gardenId, @PathParam("postId") long postId, CommentInput input) {
    Bodies.valid(validator, input);
    var view = reactions.comment(me.get(), gardenId, postId, input.body);
    return Response.status(201).entity(view).build();
  }

  @POST
  @Path("{postId}/like")
  @Operation(summary = "Like a post, or take the caller's like back (one like per person; not one's own post)")
  public PostView.LikeState like(@PathParam("gardenId") long gardenId, @PathParam("postId") long postId) {
    return reactions.toggleLike(me.get(), gardenId, postId);
  }

  @PUT
  @Path("{postId}/featured")
  @Operation(summary = "Feature a reflection as one of the garden's best (精华), or unmark it: keepers only")
  public PostView feature(@PathParam("gardenId") long gardenId, @PathParam("postId") long postId, FeatureInput input) {
    Bodies.valid(validator, input);
    return reactions.feature(me.get(), gardenId, postId, input.featured);
  }
}
