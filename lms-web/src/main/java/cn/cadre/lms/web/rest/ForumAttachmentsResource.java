package cn.cadre.lms.web.rest;

import cn.cadre.lms.forums.boundary.Posts;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Files carried by forum posts: uploaded first (the file itself as the body, its name in ?name=),
 * then named in the post's attachmentIds; served to whoever may read the post.
 */
@ApplicationScoped
@Path("forums/attachments")
public class ForumAttachmentsResource {

  @Inject Posts posts;
  @Inject CurrentActor me;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Upload a png, jpeg or pdf (checked by its bytes) up to lms.media.max-bytes; 415 otherwise")
  public Response upload(@QueryParam("name") String name, @HeaderParam("Content-Type") String type,
      @HeaderParam("Content-Length") String length, InputStream body) {
    MediaResource.refuseDeclaredOver(length, posts.maxBytes());
    PostView.Attachment a = posts.upload(me.get(), name, type, body);
    return Response.created(URI.create("forums/attachments/" + a.id())).entity(a).build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a post's file, whole or one byte range, if the caller may read the post")
  public Response download(@PathParam("id") String id, @HeaderParam("Range") String range) {
    return MediaResource.serve(posts.attachment(me.get(), id), range);
  }
}
