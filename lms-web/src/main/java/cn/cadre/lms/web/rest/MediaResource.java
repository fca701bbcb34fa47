package cn.cadre.lms.web.rest;

import cn.cadre.lms.courses.boundary.Media;
import cn.cadre.lms.courses.control.ByteRange;
import cn.cadre.lms.courses.control.MediaStore;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Lesson files and covers. Uploads send the file itself as the body (its type in Content-Type,
 * its name in ?name=); downloads honour a single HTTP Range so a video seeks without fetching the
 * whole file.
 */
@ApplicationScoped
@Path("media")
public class MediaResource {

  @Inject Media media;
  @Inject CurrentActor me;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Upload an mp4, webm, pdf, png or jpeg (checked by its bytes) up to lms.media.max-bytes")
  public Response upload(@QueryParam("name") String name, @HeaderParam("Content-Type") String type,
      @HeaderParam("Content-Length") String length, InputStream body) {
    refuseDeclaredOver(length, media.maxBytes());
    var file = media.upload(me.get(), name, type, body);
    return Response.created(URI.create("media/" + file.id())).entity(CourseViews.MediaView.of(file)).build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a file, whole or one byte range (206, 416 past the end), if a course using it is visible")
  public Response download(@PathParam("id") String id, @HeaderParam("Range") String range) {
    return serve(media.open(me.get(), id), range);
  }

  /** A declared length over the limit is refused before a byte is read (forum attachments too). */
  static void refuseDeclaredOver(String contentLength, long maxBytes) {
    Long declared = Bodies.longParam("Content-Length", contentLength);
    if (declared != null && declared > maxBytes) {
      throw MediaStore.tooLarge(maxBytes);
    }
  }

  /** A stored file, whole or the one byte range asked for; forum attachments are served the same way. */
  static Response serve(Media.Opened opened, String range) {
    long size = opened.file().sizeBytes();
    Optional<ByteRange> part;
    try {
      part = ByteRange.parse(range, size);
    } catch (ByteRange.Unsatisfiable e) {
      return Response.status(416).header("Content-Range", "bytes */" + size).header("Accept-Ranges", "bytes").build();
    }
    long first = part.map(ByteRange::first).orElse(0L);
    long length = part.map(ByteRange::length).orElse(size);
    StreamingOutput bytes = out -> copy(opened.path(), first, length, out);
    Response.ResponseBuilder r = Response.status(part.isPresent() ? 206 : 200).entity(bytes)
        .type(opened.file().contentType())
        .header("Accept-Ranges", "bytes")
        .header("Content-Length", length)
        .header("ETag", "\"" + opened.file().sha256() + "\"")
        .header("Cache-Control", "private, max-age=86400")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "inline; filename*=UTF-8''"
            + URLEncoder.encode(opened.file().name(), StandardCharsets.UTF_8).replace("+", "%20"));
    part.ifPresent(p -> r.header("Content-Range", p.contentRange()));
    return r.build();
  }

  private static void copy(java.nio.file.Path path, long first, long length, OutputStream out)
      throws java.io.IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      var sink = Channels.newChannel(out);
      long done = 0;
      while (done < length) {
        long n = ch.transferTo(first + done, length - done, sink);
        if (n <= 0) {
          break;
        }
        done += n;
      }
    }
  }
}
